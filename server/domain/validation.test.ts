// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  buildDeelname,
  buildKnooppunt,
  buildOrganisatie,
  buildOverdracht,
} from '../../test/builders.ts';
import { ValidationError } from './errors.ts';
import {
  naamSleutel,
  parseDeelname,
  parseKnooppunt,
  parseOrganisatie,
  parseOverdracht,
} from './validation.ts';

function issues(fn: () => unknown): { field: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('knooppunt validation', () => {
  it('accepts a valid description and normalises blank text to null', () => {
    const parsed = parseKnooppunt(buildKnooppunt({ naam: '  Testtafel  ', doel: '   ' }));
    expect(parsed.naam).toBe('Testtafel');
    expect(parsed.doel).toBeNull();
  });

  it('names the field of an empty name', () => {
    expect(issues(() => parseKnooppunt(buildKnooppunt({ naam: '  ' })))).toEqual([
      { field: 'input.naam', message: 'Naam mag niet leeg zijn' },
    ]);
  });

  it('refuses oversize text and names the field', () => {
    const [issue] = issues(() => parseKnooppunt(buildKnooppunt({ doel: 'x'.repeat(5001) })));
    expect(issue?.field).toBe('input.doel');
    expect(issue?.message).toBe('Doel mag hoogstens 5.000 tekens lang zijn');
  });

  it('refuses an unknown enum value, a bad date and an inverted age range', () => {
    const found = issues(() =>
      parseKnooppunt({
        ...buildKnooppunt(),
        functie: 'LOKET',
        geverifieerdOp: '2024-31-01',
        geverifieerdDoor: 'X',
      }),
    );
    expect(found.map((i) => i.field).sort()).toEqual(['input.functie', 'input.geverifieerdOp']);
    expect(
      issues(() => parseKnooppunt(buildKnooppunt({ leeftijdMin: 30, leeftijdMax: 12 })))[0]?.field,
    ).toBe('input.leeftijdMax');
  });

  it('refuses duplicate references and inconsistent typology fields', () => {
    const found = issues(() =>
      parseKnooppunt(
        buildKnooppunt({
          themaIds: ['thema-a', 'thema-a'],
          taakhouderId: 'org',
          verwerkingsverantwoordelijkeId: 'org',
        }),
      ),
    );
    expect(found.map((i) => i.field).sort()).toEqual([
      'input.taakhouderId',
      'input.themaIds',
      'input.verwerkingsverantwoordelijkeId',
    ]);
  });

  it('keeps exclusions, and refuses a signal that is both meant and excluded, by the labels', () => {
    expect(
      parseKnooppunt(buildKnooppunt({ uitsluitingen: ['ACUUT_GEVAAR'] })).uitsluitingen,
    ).toEqual(['ACUUT_GEVAAR']);
    const found = issues(() =>
      parseKnooppunt(
        buildKnooppunt({ signalen: ['ACUUT_GEVAAR'], uitsluitingen: ['ACUUT_GEVAAR'] }),
      ),
    );
    expect(found).toEqual([
      {
        field: 'input.uitsluitingen',
        message: 'Uitgesloten signalen noemt ook wat bij ‘Signalen’ staat: ‘Er is acuut gevaar’',
      },
    ]);
  });

  it('stores a valid but weak description as it is (flagging is the compliance checks’ job)', () => {
    const weak = parseKnooppunt(
      buildKnooppunt({
        dpia: { status: 'ONTBREEKT', datum: null, geldigTot: null },
        convenant: { status: 'ONBEKEND', datum: null, geldigTot: null },
      }),
    );
    expect(weak.dpia.status).toBe('ONTBREEKT');
  });
});

describe('messages: Dutch, naming the field by the label the form shows', () => {
  const melding = (input: object) =>
    issues(() => parseKnooppunt({ ...buildKnooppunt(), ...input })).map((i) => i.message);

  it('for text, numbers, choices and yes/no', () => {
    expect(melding({ naam: 'x'.repeat(201) })).toEqual(['Naam mag hoogstens 200 tekens lang zijn']);
    expect(melding({ leeftijdMin: 1.5 })).toEqual([
      'Minimumleeftijd moet een heel getal zijn, niet ‘1.5’',
    ]);
    expect(melding({ leeftijdMax: -1 })).toEqual(['Maximumleeftijd mag niet negatief zijn']);
    expect(melding({ functie: 'LOKET' })).toEqual([
      'Functie kent de waarde ‘LOKET’ niet; kies Meldpunt of Overlegtafel',
    ]);
    expect(melding({ samenstelling: undefined })).toEqual(['Samenstelling is niet gekozen']);
    expect(melding({ gezamenlijkeRegeling: 'ja' })).toEqual([
      'Regeling gezamenlijke verantwoordelijkheid (art. 26 AVG) moet ja of nee zijn, niet ‘ja’',
    ]);
  });

  it('for dates: a wrong form, and a day that does not exist', () => {
    expect(melding({ geldigTot: 'eind 2026' })).toEqual([
      'Bestaat tot en met moet een echte datum zijn (bijvoorbeeld 31-12-2026), niet ‘eind 2026’',
    ]);
    expect(melding({ geldigTot: '2026-02-31' })).toEqual([
      'Bestaat tot en met moet een bestaande datum zijn: 31 februari 2026 bestaat niet',
    ]);
    expect(
      melding({ dpia: { status: 'VASTGESTELD', datum: '31-02-2026', geldigTot: null } }),
    ).toEqual([
      'DPIA: vastgesteld op moet een bestaande datum zijn: 31 februari 2026 bestaat niet',
    ]);
    expect(parseKnooppunt({ ...buildKnooppunt(), geldigTot: '31-12-2026' }).geldigTot).toBe(
      '2026-12-31',
    );
  });

  it('for lists and their items, and for checks across fields', () => {
    expect(melding({ themaIds: ['a', 'a'] })).toEqual(["Thema's noemt iets twee keer"]);
    expect(melding({ signalen: ['GROEP', 'RUZIE'] })[0]).toMatch(
      /^Signalen \(nummer 2\) kent de waarde ‘RUZIE’ niet; kies /,
    );
    expect(melding({ aanpalend: [{ knooppuntId: 'k', reden: ' ' }] })).toEqual([
      'Reden bij Aanpalende knooppunten (nummer 1) mag niet leeg zijn',
    ]);
    expect(melding({ wetten: [{ wetId: '', artikel: null }] })).toEqual([
      'Wet bij Wetten en artikelen (nummer 1) mag niet leeg zijn',
    ]);
    expect(melding({ leeftijdMin: 30, leeftijdMax: 12 })).toEqual([
      'Maximumleeftijd mag niet lager zijn dan ‘Minimumleeftijd’',
    ]);
    expect(melding({ geldigVanaf: '2030-01-01', geldigTot: '2020-01-01' })).toEqual([
      'Bestaat tot en met mag niet voor ‘Bestaat vanaf’ liggen',
    ]);
    expect(melding({ taakhouderId: 'org' })).toEqual([
      'Taakhouder kan alleen worden ingevuld als de wettelijke basis ‘Taak van één partij’ is (§2.5)',
    ]);
  });

  it('never shows a key, a code or English, whatever is missing', () => {
    for (const [kind, parse] of [
      ['knooppunt', parseKnooppunt],
      ['organisatie', parseOrganisatie],
      ['deelname', parseDeelname],
      ['overdracht', parseOverdracht],
    ] as const) {
      for (const { message } of issues(() => parse({}))) {
        expect(message, kind).toMatch(/^[A-Z]/);
        expect(message, kind).not.toMatch(/[a-z][A-Z]|[A-Z]{2,}_|\b(Invalid|expected|received)\b/);
      }
    }
  });
});

describe('other kinds', () => {
  it('accepts consent as grondslag (R04 flags it later)', () => {
    expect(
      parseDeelname(buildDeelname('o', 'k', { grondslag: 'AVG_6_1_A_TOESTEMMING' })).grondslag,
    ).toBe('AVG_6_1_A_TOESTEMMING');
  });

  it('refuses a beroepsgeheim arrangement for a party without professional secrecy', () => {
    expect(
      issues(() => parseDeelname(buildDeelname('o', 'k', { beroepsgeheim: false })))[0]?.field,
    ).toBe('input.beroepsgeheimRegeling');
  });

  it('refuses an overdracht to itself and an aanmelder without PARTNER', () => {
    const found = issues(() => parseOverdracht(buildOverdracht('a', 'a', { aanmelderId: 'org' })));
    expect(found.map((i) => i.field).sort()).toEqual(['input.aanmelderId', 'input.naarId']);
  });

  it('refuses an organisation without a name, with a custom prefix', () => {
    expect(
      issues(() => parseOrganisatie(buildOrganisatie({ naam: '' }), 'organisatie:x'))[0]?.field,
    ).toBe('organisatie:x.naam');
  });

  it('makes names unique per region regardless of case and spacing', () => {
    expect(naamSleutel('r', ' Veilig  Thuis ')).toBe(naamSleutel('r', 'veilig thuis'));
    expect(naamSleutel('r', 'Veilig Thuis')).not.toBe(naamSleutel('s', 'Veilig Thuis'));
  });
});
