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
      { field: 'input.naam', message: 'mag niet leeg zijn' },
    ]);
  });

  it('refuses oversize text and names the field', () => {
    const [issue] = issues(() => parseKnooppunt(buildKnooppunt({ doel: 'x'.repeat(5001) })));
    expect(issue?.field).toBe('input.doel');
    expect(issue?.message).toMatch(/5000/);
  });

  it('refuses an unknown enum value, a bad date and an inverted age range', () => {
    const found = issues(() =>
      parseKnooppunt({
        ...buildKnooppunt(),
        functie: 'LOKET',
        geverifieerdOp: '31-01-2024',
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
