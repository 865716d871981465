// SPDX-License-Identifier: EUPL-1.2
// A new problem for the region (H §2.3: fragmentation; §2.6 questions for bestuurders): before a
// new table is founded, which existing overlegtafels come closest, and what would they need to take
// it on — the problem in their criteria, a wider werkgebied, other age limits, other partijen.
// Only tables of the same werkproces: a group problem goes to a groepsaanpak, and a groepsaanpak
// does not take up individual casework (H Bijlage 1.3: "Een typisch risico bij groepsaanpakken is
// dat groepsgerichte en individuele aanpakken door elkaar gaan lopen"). A problem that has no thema
// yet is named freely and compared on signals, doelgroep and werkgebied only.
import { SIGNAAL_BIJZIN } from './casus-matching.ts';
import { ENUM_LABELS } from './enum-labels.ts';
import { filterKnooppunten, leeftijdPast } from './knooppunt-filter.ts';
import type { Knooppunt, OrganisatieType, Signaal } from './model.ts';
import { VAKGEBIED } from './organisation-view.ts';
import type { RegistryIndex } from './registry-index.ts';
import { aantal, inZin, opsomming } from './taal.ts';

export interface NieuwProbleem {
  /** Null when the problem has no thema yet: then `naam` names it. */
  themaId: string | null;
  naam: string | null;
  /** A group problem (groepsaanpak); null: derived from the thema (groepsthema). */
  groep: boolean | null;
  signalen: readonly Signaal[];
  leeftijd: { van: number | null; tot: number | null } | null;
  /** The werkgebied the problem is in; empty: the whole region. */
  gemeenteIds: readonly string[];
}

export interface Kandidaat {
  knooppunt: Knooppunt;
  /** 0..1. */
  score: number;
  alGedekt: string[];
  nodig: string[];
}

/** Types that are one organisation with its own name, written with capitals in a sentence. */
const EIGENNAMEN: ReadonlySet<OrganisatieType> = new Set([
  'OPENBAAR_MINISTERIE',
  'VEILIG_THUIS',
  'RAAD_VOOR_DE_KINDERBESCHERMING',
]);
/** "GGD, LVB-zorg, Veilig Thuis en zorg- en veiligheidshuis" (domain review §9 item 4). */
const soortenInZin = (types: readonly OrganisatieType[]): string =>
  opsomming(types.map((t) => inZin(ENUM_LABELS.OrganisatieType[t], EIGENNAMEN.has(t))));

/** Organisation types whose field includes the thema: the partijen a table on it needs. */
const typesVoor = (themaId: string): OrganisatieType[] =>
  (Object.entries(VAKGEBIED) as [OrganisatieType, string[]][])
    .filter(([, themas]) => themas.includes(themaId))
    .map(([type]) => type);

/**
 * A thema of group problems: a groepsaanpak takes it up and no casusoverleg does (e.g. problematische
 * jeugdgroepen; Bijlage 1.3). The registry itself says so, without a list to keep up to date.
 */
export function isGroepsthema(index: RegistryIndex, themaId: string): boolean {
  const werkprocessen = new Set(
    (index.knooppuntenVanThema.get(themaId) ?? []).map((k) => k.werkproces),
  );
  return werkprocessen.has('GROEPSAANPAK') && !werkprocessen.has('CASUSOVERLEG');
}

export function nieuwProbleem(
  index: RegistryIndex,
  regioId: string,
  probleem: NieuwProbleem,
  max = 5,
): Kandidaat[] {
  const regioGemeenten = (index.gemeentenVanRegio.get(regioId) ?? []).map((g) => g.id);
  const gemeenten = probleem.gemeenteIds.length > 0 ? probleem.gemeenteIds : regioGemeenten;
  const { themaId } = probleem;
  const themaNaam = themaId ? index.themas.get(themaId)?.naam : undefined;
  const naam = (themaNaam ? inZin(themaNaam) : probleem.naam?.trim()) || 'het probleem';
  const groep = probleem.groep ?? (themaId !== null && isGroepsthema(index, themaId));
  const nodigeTypes = themaId ? typesVoor(themaId) : [];
  const gemeenteNaam = (id: string) => index.gemeenten.get(id)?.naam ?? id;

  return filterKnooppunten(index, { regioIds: [regioId] })
    .filter((k) => k.functie === 'OVERLEGTAFEL' && (k.werkproces === 'GROEPSAANPAK') === groep)
    .map((k) => {
      const alGedekt: string[] = [
        groep ? 'werkt met groepen (groepsaanpak)' : 'werkt met casussen van één persoon of gezin',
      ];
      const nodig: string[] = [];
      const heeftThema = themaId !== null && k.themaIds.includes(themaId);
      if (heeftThema) alGedekt.push(`pakt ${naam} al op`);
      else nodig.push(`${naam} opnemen in doel en aanmeldcriteria`);

      // Without a thema, the signals say what kind of casus it is (H §2.6, IBD).
      const signalen = probleem.signalen.filter((s) => k.signalen.includes(s));
      if (themaId === null && signalen.length > 0)
        alGedekt.push(
          `is bedoeld voor casussen waarin ${opsomming(signalen.map((s) => SIGNAAL_BIJZIN[s]))}`,
        );

      const binnen = gemeenten.filter((g) => k.gemeenteIds.includes(g));
      const buiten = gemeenten.filter((g) => !k.gemeenteIds.includes(g));
      if (binnen.length > 0)
        alGedekt.push(
          buiten.length === 0
            ? 'werkt al in het hele gebied'
            : `werkt al in ${binnen.length} van de ${aantal(gemeenten.length, 'gemeente', 'gemeenten')}`,
        );
      if (buiten.length > 0)
        nodig.push(
          `werkgebied uitbreiden met ${buiten.length > 5 ? aantal(buiten.length, 'gemeente', 'gemeenten') : opsomming(buiten.map(gemeenteNaam))}`,
        );

      const doelgroep = probleem.leeftijd === null || leeftijdPast(k, probleem.leeftijd);
      if (probleem.leeftijd && doelgroep) alGedekt.push('de doelgroep past');
      if (!doelgroep) nodig.push('de leeftijdsgrenzen van de doelgroep aanpassen');

      const aanwezig = new Set(
        (index.deelnamesVanKnooppunt.get(k.id) ?? []).map(
          (d) => index.organisaties.get(d.organisatieId)?.type,
        ),
      );
      const ontbrekend = nodigeTypes.filter((t) => !aanwezig.has(t));
      const aanwezigeNodige = nodigeTypes.length - ontbrekend.length;
      if (aanwezigeNodige > 0)
        alGedekt.push(
          ontbrekend.length === 0
            ? 'alle benodigde soorten partijen nemen al deel'
            : `${aanwezigeNodige} van de ${nodigeTypes.length} benodigde soorten partijen ${aanwezigeNodige === 1 ? 'neemt' : 'nemen'} al deel`,
        );
      if (ontbrekend.length > 0) nodig.push(`partijen toevoegen: ${soortenInZin(ontbrekend)}`);

      const gebied = binnen.length / gemeenten.length;
      const score =
        themaId === null
          ? 0.4 *
              (probleem.signalen.length === 0 ? 0 : signalen.length / probleem.signalen.length) +
            0.4 * gebied +
            0.2 * Number(doelgroep)
          : 0.3 * Number(heeftThema) +
            0.3 * gebied +
            0.1 * Number(doelgroep) +
            0.3 * (nodigeTypes.length === 0 ? 1 : aanwezigeNodige / nodigeTypes.length);
      return { knooppunt: k, score: Math.round(score * 100) / 100, alGedekt, nodig };
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.nodig.length - b.nodig.length ||
        a.knooppunt.naam.localeCompare(b.knooppunt.naam, 'nl'),
    )
    .slice(0, max);
}
