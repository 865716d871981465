// SPDX-License-Identifier: EUPL-1.2
// What is wrong with input, as sentences a person reads: B1 Dutch, naming the field by the label
// the form shows (fields.ts), never a key, a code or Zod's English. Every message is the label
// and what is wrong with it: "Naam mag niet leeg zijn". A schema's own checks (refine) give only
// the second part ("mag niet voor ‘Bestaat vanaf’ liggen"); the label is put in front here.
import type { z } from 'zod';
import { labelsVan } from './enum-labels.ts';
import type { FieldIssue } from './errors.ts';
import type { Veld } from './fields.ts';
import { bestaandeDatum, datumInWoorden, inDatumvorm } from './kalender.ts';
import { aantal, opsomming } from './taal.ts';

/** What a message needs of a field. */
export type VeldInfo = Pick<Veld, 'pad' | 'label' | 'soort' | 'waarden'>;

/** The parts of a list item (a law with its article, a knooppunt with a reason). */
const ONDERDELEN: Record<string, Pick<VeldInfo, 'label' | 'soort'>> = {
  wetId: { label: 'Wet', soort: 'ref' },
  artikel: { label: 'Artikel', soort: 'tekst' },
  knooppuntId: { label: 'Knooppunt', soort: 'ref' },
  reden: { label: 'Reden', soort: 'tekst' },
};

interface Onderwerp {
  /** How the message names the field: "Naam", "Reden bij Aanpalende knooppunten (nummer 2)". */
  naam: string;
  soort?: VeldInfo['soort'];
  waarden?: readonly string[];
}

/** The field a path in the input points at, named by its label. */
function onderwerp(velden: readonly VeldInfo[], path: readonly PropertyKey[]): Onderwerp {
  const sleutels = path.filter((p): p is string => typeof p === 'string');
  for (let n = sleutels.length; n > 0; n--) {
    const veld = velden.find((v) => v.pad === sleutels.slice(0, n).join('.'));
    if (!veld) continue;
    const index = path.find((p): p is number => typeof p === 'number');
    if (index === undefined) return { naam: veld.label, soort: veld.soort, waarden: veld.waarden };
    const nummer = `${veld.label} (nummer ${index + 1})`;
    const onderdeel = ONDERDELEN[String(sleutels[n])];
    if (onderdeel) return { naam: `${onderdeel.label} bij ${nummer}`, soort: onderdeel.soort };
    return {
      naam: nummer,
      soort: veld.soort === 'keuzes' ? 'keuze' : 'ref',
      waarden: veld.waarden,
    };
  }
  // A group of fields as a whole, e.g. "convenant" for "Convenant: status" and the rest.
  const groep = velden.find(
    (v) => sleutels[0] !== undefined && v.pad.startsWith(`${sleutels[0]}.`),
  );
  return { naam: groep ? groep.label.split(':')[0]! : 'De invoer' };
}

/** A value quoted in a message: short, on one line. */
const waarde = (input: unknown): string => {
  const tekst = (typeof input === 'string' ? input : JSON.stringify(input)).replace(/\s+/g, ' ');
  return `‘${tekst.length > 40 ? `${tekst.slice(0, 39)}…` : tekst}’`;
};

/** ", niet ‘twaalf’": what was given instead, when something was. */
const niet = (input: unknown): string =>
  input === undefined || input === null || input === '' ? '' : `, niet ${waarde(input)}`;

/** A date that is not a day: in the right form but not in the calendar, or not a date at all. */
function datumMelding(naam: string, input: unknown): string {
  return typeof input === 'string' && inDatumvorm(input) && !bestaandeDatum(input)
    ? `${naam} moet een bestaande datum zijn: ${datumInWoorden(input)} bestaat niet`
    : `${naam} moet een echte datum zijn (bijvoorbeeld 31-12-2026)${niet(input)}`;
}

/** A value of the wrong kind for its field. */
export function vormMelding(o: Onderwerp, input: unknown): string {
  switch (o.soort) {
    case 'getal':
      return `${o.naam} moet een heel getal zijn${niet(input)}`;
    case 'datum':
      return datumMelding(o.naam, input);
    case 'janee':
    case 'janeeLeeg':
      return `${o.naam} moet ja of nee zijn${niet(input)}`;
    case 'keuze':
      return keuzeMelding(o, input);
    case 'keuzes':
    case 'refs':
    case 'wetten':
    case 'aanpalend':
      return `${o.naam} moet een lijst zijn`;
    default:
      return `${o.naam} moet tekst zijn`;
  }
}

function keuzeMelding(o: Onderwerp, input: unknown): string {
  if (input === undefined || input === null || input === '') return `${o.naam} is niet gekozen`;
  const labels = o.waarden ? labelsVan(o.waarden) : undefined;
  const keuzes = labels ? `; kies ${opsomming(Object.values(labels), 'of')}` : '';
  return `${o.naam} kent de waarde ${waarde(input)} niet${keuzes}`;
}

/** Fields a person can leave empty (a choice is "niet gekozen", a yes/no is never empty). */
const LEEG_TE_LATEN = new Set<VeldInfo['soort'] | undefined>([
  undefined,
  'tekst',
  'lang',
  'ref',
  'getal',
  'datum',
]);

/** One of Zod's findings as a sentence. */
function melding(issue: z.core.$ZodIssue, o: Onderwerp): string {
  switch (issue.code) {
    case 'custom':
      return `${o.naam} ${issue.message}`;
    case 'invalid_type':
      if ((issue.input === undefined || issue.input === null) && LEEG_TE_LATEN.has(o.soort))
        return `${o.naam} mag niet leeg zijn`;
      return vormMelding(issue.expected === 'int' ? { ...o, soort: 'getal' } : o, issue.input);
    case 'invalid_value':
      return keuzeMelding({ ...o, waarden: o.waarden ?? issue.values.map(String) }, issue.input);
    case 'invalid_format':
      return o.soort === 'datum' ? datumMelding(o.naam, issue.input) : vormMelding(o, issue.input);
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string')
        return n <= 1
          ? `${o.naam} mag niet leeg zijn`
          : `${o.naam} moet minstens ${aantal(n, 'teken', 'tekens')} lang zijn`;
      if (issue.origin === 'number')
        return n === 0 ? `${o.naam} mag niet negatief zijn` : `${o.naam} moet minstens ${n} zijn`;
      return `${o.naam} moet minstens ${aantal(n, 'onderdeel', 'onderdelen')} hebben`;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string')
        return `${o.naam} mag hoogstens ${aantal(n, 'teken', 'tekens')} lang zijn`;
      if (issue.origin === 'number') return `${o.naam} mag hoogstens ${n} zijn`;
      return `${o.naam} mag hoogstens ${aantal(n, 'onderdeel', 'onderdelen')} hebben`;
    }
    default:
      return `${o.naam} klopt niet`;
  }
}

/**
 * Zod's findings as field issues: the path in the input (prefix "input": "input.convenant.datum")
 * for the form to put the message at its field, and the message. The error must come from a
 * parse with `reportInput: true`, so a message can quote the value that was not understood.
 */
export function veldMeldingen(
  error: z.ZodError,
  velden: readonly VeldInfo[],
  prefix: string,
): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))]
      .join('')
      .replace(/^\./, ''),
    message: melding(issue, onderwerp(velden, issue.path)),
  }));
}
