// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FILTER_KEYS,
  kaartUrl,
  parseViewState,
  serializeViewState,
  type ViewState,
} from './view-state.ts';

const token = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
const viewState: fc.Arbitrary<ViewState> = fc.record({
  regio: fc.option(token, { nil: null }),
  indeling: fc.constantFrom('OVERZICHT' as const, 'STROOM' as const),
  organisaties: fc.boolean(),
  weergave: fc.constantFrom('kaart' as const, 'lijst' as const),
  selectie: fc.option(fc.string({ minLength: 1 }), { nil: null }),
  naast: fc.option(fc.string({ minLength: 1 }), { nil: null }),
  routes: fc.constantFrom(null, 'UIT' as const, 'IN' as const),
  route: fc.option(fc.nat({ max: 999 }), { nil: null }),
  filters: fc.record({
    ...Object.fromEntries(
      FILTER_KEYS.map((k) => [k, fc.array(fc.string({ minLength: 1 }), { maxLength: 3 })]),
    ),
    leeftijd: fc.constantFrom(null, 'jeugd' as const, 'ouderen' as const),
  }) as fc.Arbitrary<ViewState['filters']>,
  peildatum: fc.option(
    fc
      .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  ),
  beeindigd: fc.boolean(),
});

describe('view state in the URL', () => {
  it('round-trips every state', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        expect(parseViewState(serializeViewState(state))).toEqual(state);
      }),
    );
  });

  it('falls back to defaults for unknown values', () => {
    const state = parseViewState('?indeling=RANDOM&weergave=x&leeftijd=baby');
    expect(state).toMatchObject({
      indeling: 'OVERZICHT',
      weergave: 'kaart',
      regio: null,
      filters: { leeftijd: null },
    });
  });
});

describe('kaartUrl', () => {
  it('links into the map with only what differs from the default view', () => {
    expect(kaartUrl({ regio: 'ZVH-NHN', selectie: 'veilig-thuis' })).toBe(
      '/?regio=ZVH-NHN&selectie=veilig-thuis',
    );
    expect(
      kaartUrl({ regio: 'ZVH-NHN', filters: { thema: ['schulden'], gemeente: ['GM0361'] } }),
    ).toBe('/?regio=ZVH-NHN&thema=schulden&gemeente=GM0361');
    expect(kaartUrl({ regio: null, filters: { organisatie: ['a', 'b'] } })).toBe(
      '/?organisatie=a&organisatie=b',
    );
  });
});
