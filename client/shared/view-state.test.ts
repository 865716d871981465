// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNCTIE, SAMENSTELLING, WERKPROCES, WETTELIJKE_BASIS } from './labels.ts';
import {
  kaartUrl,
  parseViewState,
  serializeViewState,
  urlMeldingen,
  type ViewState,
} from './view-state.ts';

const token = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
const codes = (labels: Record<string, string>) => fc.subarray(Object.keys(labels));
const ids = fc.array(fc.string({ minLength: 1 }), { maxLength: 3 });
const viewState: fc.Arbitrary<ViewState> = fc.record({
  regio: fc.option(token, { nil: null }),
  indeling: fc.constantFrom('OVERZICHT' as const, 'STROOM' as const),
  organisaties: fc.boolean(),
  weergave: fc.constantFrom('kaart' as const, 'lijst' as const),
  selectie: fc.option(fc.string({ minLength: 1 }), { nil: null }),
  naast: fc.option(fc.string({ minLength: 1 }), { nil: null }),
  routes: fc.constantFrom(null, 'UIT' as const, 'IN' as const),
  route: fc.option(fc.nat({ max: 999 }), { nil: null }),
  stappen: fc.constantFrom(1 as const, 2 as const, 3 as const),
  filters: fc.record({
    functie: codes(FUNCTIE),
    werkproces: codes(WERKPROCES),
    wettelijkeBasis: codes(WETTELIJKE_BASIS),
    samenstelling: codes(SAMENSTELLING),
    thema: ids,
    organisatie: ids,
    gemeente: ids,
    leeftijd: fc.constantFrom(null, 'jeugd' as const, 'ouderen' as const),
  }),
  peildatum: fc.option(
    fc
      .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  ),
  beeindigd: fc.boolean(),
  landelijk: fc.boolean(),
  groepering: fc.constantFrom(null, 'gemeente' as const, 'thema' as const, 'functie' as const),
  dicht: ids,
  focus: fc.constantFrom(null, 1 as const, 2 as const, 3 as const),
  organisatieKeuze: fc.option(fc.string({ minLength: 1 }), { nil: null }),
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
    const state = parseViewState('?indeling=RANDOM&weergave=x&leeftijd=baby&routes=OPZIJ&route=x');
    expect(state).toMatchObject({
      indeling: 'OVERZICHT',
      weergave: 'kaart',
      regio: null,
      routes: null,
      route: null,
      filters: { leeftijd: null },
    });
  });

  it('keeps only known codes in the enum filters; ids it cannot check pass', () => {
    const state = parseViewState(
      '?functie=NEE&functie=MELDPUNT&samenstelling=toString&thema=wat-dan-ook',
    );
    expect(state.filters).toMatchObject({
      functie: ['MELDPUNT'],
      samenstelling: [],
      thema: ['wat-dan-ook'],
    });
  });

  it('groups only by a grouping the map has', () => {
    expect(parseViewState('?groepering=thema').groepering).toBe('thema');
    expect(parseViewState('?groepering=toString').groepering).toBeNull();
    expect(urlMeldingen('?groepering=wijk')).toEqual([
      'De groepering ‘wijk’ in de link bestaat niet; de kaart is niet gegroepeerd.',
    ]);
  });

  it('applies only a date that exists', () => {
    expect(parseViewState('?peildatum=2026-02-31').peildatum).toBeNull();
    expect(parseViewState('?peildatum=2028-02-29').peildatum).toBe('2028-02-29');
  });
});

describe('urlMeldingen', () => {
  it('says in Dutch, by its label, which part of the link was left out and what is shown', () => {
    expect(urlMeldingen('?functie=NEE')).toEqual([
      'De filter ‘Functie’ in de link kent de waarde ‘NEE’ niet; die filter is weggelaten.',
    ]);
    expect(urlMeldingen('?wettelijkeBasis=WET&wettelijkeBasis=WETTELIJK_GEREGELD')).toEqual([
      'De filter ‘Wettelijke basis’ in de link kent de waarde ‘WET’ niet; die waarde is weggelaten.',
    ]);
    expect(urlMeldingen('?peildatum=2026-02-31')).toEqual([
      'De datum in de link (31 februari 2026) bestaat niet; de kaart toont vandaag.',
    ]);
    expect(urlMeldingen('?stappen=7')).toEqual([
      'Het aantal stappen ‘7’ in de link kan niet; de routes tonen alleen directe routes (1 stap).',
    ]);
    expect(parseViewState('?stappen=7').stappen).toBe(1);
    expect(urlMeldingen('?peildatum=gisteren')).toEqual([
      'De datum in de link (‘gisteren’) is geen datum; de kaart toont vandaag.',
    ]);
    expect(urlMeldingen('?indeling=RANDOM&weergave=x&leeftijd=baby')).toEqual([
      'De filter ‘Doelgroep (leeftijd)’ in de link kent de waarde ‘baby’ niet; die filter is weggelaten.',
      'De indeling ‘RANDOM’ in de link bestaat niet; de kaart toont de indeling ‘Overzicht’.',
      'De weergave ‘x’ in de link bestaat niet; de pagina toont de kaart.',
    ]);
  });

  it('has nothing to say about a link the page wrote itself', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        expect(urlMeldingen(serializeViewState(state))).toEqual([]);
      }),
    );
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
