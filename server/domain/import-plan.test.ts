// SPDX-License-Identifier: EUPL-1.2
// The import's plan (issue 22): what changes per field in words, references by name as well as
// by id (also to objects new in the same import), choices by their label, and each row error as
// what it is, with its column's Dutch title.
import { describe, expect, it } from 'vitest';
import {
  buildDeelname,
  buildKnooppunt,
  buildOrganisatie,
  buildRegistry,
  entity,
} from '../../test/builders.ts';
import { cellsOf, VELDEN } from './fields.ts';
import { kolomTitel, kolommen, planImport, type ImportRij } from './import-plan.ts';
import type { EditableKind } from './model.ts';
import { indexRegistry } from './registry-index.ts';

const basis = buildRegistry({
  knooppunten: [
    entity(
      'kp-a',
      buildKnooppunt({
        naam: 'Casusoverleg',
        leeftijdMin: 18,
        leeftijdMax: 99,
        gemeenteIds: ['GM0001'],
        themaIds: ['thema-a', 'thema-b'],
      }),
    ),
    entity('kp-b', buildKnooppunt({ naam: 'Casusoverleg', regioId: 'regio-b' })),
  ],
  organisaties: [entity('org-a', buildOrganisatie())],
});
const view = indexRegistry({
  ...basis,
  regios: [
    ...basis.regios,
    { id: 'regio-b', naam: 'Regio B', soort: 'VEILIGHEIDSREGIO', zekerheid: 'bevestigd' },
  ],
});

let volgende = 2;
const rij = (kind: EditableKind, cellen: Record<string, string>): ImportRij => ({
  kind,
  blad: kind,
  rij: volgende++,
  cellen,
});
const opgeslagen = (id: string) => ({ id, ...cellsOf('knooppunt', view.knooppunten.get(id)!) });

describe('what an import changes, per field', () => {
  it('names each changed field by its label, with old and new values as people read them', () => {
    const plan = planImport(view, [
      rij('knooppunt', {
        ...opgeslagen('kp-a'),
        functie: 'meldpunt',
        leeftijdMin: '12',
        gemeenteIds: 'GM0002; gm0001',
        // Only the order differs: no change.
        themaIds: 'thema-b; thema-a',
      }),
    ]);
    expect(plan.fouten).toEqual([]);
    expect(plan.wijzigingen).toHaveLength(1);
    expect(plan.wijzigingen[0]!.velden).toEqual([
      { veld: 'Functie', oud: 'Overlegtafel', nieuw: 'Meldpunt' },
      { veld: 'Minimumleeftijd', oud: '18', nieuw: '12' },
      {
        veld: 'Werkgebied (gemeenten)',
        oud: 'Gemeente Een',
        nieuw: 'Gemeente Twee, Gemeente Een',
      },
    ]);
  });

  it('counts a row that only reorders a list as unchanged', () => {
    const plan = planImport(view, [
      rij('knooppunt', { ...opgeslagen('kp-a'), themaIds: 'thema-b; thema-a' }),
    ]);
    expect(plan).toMatchObject({ wijzigingen: [], ongewijzigd: 1, fouten: [] });
  });
});

describe('references by name', () => {
  it('takes a knooppunt and an organisatie by name, also one new in the same import', () => {
    const plan = planImport(view, [
      rij('organisatie', { naam: 'Buurtteam Zuid', type: 'OVERIG', privacykader: 'AVG' }),
      rij('deelname', {
        ...cellsOf('deelname', buildDeelname('x', 'y')),
        // The knooppunt's name is in two regions; the one of the import's knooppunten wins.
        knooppuntId: ' casusoverleg ',
        organisatieId: 'buurtteam zuid',
        grondslag: ' publieke  TAAK (6.1.e) ',
        rol: 'vaste deelnemer',
      }),
      rij('knooppunt', { ...opgeslagen('kp-b'), doel: 'Nieuw doel' }),
    ]);
    expect(plan.fouten).toEqual([]);
    const deelname = plan.wijzigingen.find((w) => w.kind === 'deelname')!;
    expect(deelname).toMatchObject({
      id: 'buurtteam-zuid--kp-b',
      naam: 'Buurtteam Zuid in Casusoverleg',
      gegevens: {
        organisatieId: 'buurtteam-zuid',
        knooppuntId: 'kp-b',
        grondslag: 'AVG_6_1_E_PUBLIEKE_TAAK',
        rol: 'VASTE_DEELNEMER',
      },
    });
  });

  it('reports a name that fits several objects, and an unknown organisatie, at their columns', () => {
    const plan = planImport(view, [
      rij('deelname', {
        ...cellsOf('deelname', buildDeelname('org-a', 'kp-a')),
        knooppuntId: 'Casusoverleg',
      }),
      rij('deelname', {
        ...cellsOf('deelname', buildDeelname('org-a', 'kp-a')),
        organisatieId: 'Stichting Onbekend',
      }),
    ]);
    expect(plan.wijzigingen).toEqual([]);
    expect(plan.fouten.map(({ kolom, melding }) => [kolom, melding])).toEqual([
      ['Knooppunt', '‘Casusoverleg’ is de naam van 2 knooppunten (kp-a, kp-b); vul het id in'],
      [
        'Organisatie',
        'Er is geen organisatie met het id of de naam ‘Stichting Onbekend’, in het register of in deze import',
      ],
    ]);
  });
});

describe('row errors, each as what it is', () => {
  it('reports an unknown gemeente, an impossible date and an unknown choice in one row', () => {
    const plan = planImport(view, [
      rij('knooppunt', {
        ...opgeslagen('kp-a'),
        id: '',
        naam: 'Nieuwe tafel',
        functie: 'TAFEL',
        geldigVanaf: '2026-02-31',
        gemeenteIds: 'GM9999',
      }),
    ]);
    expect(plan.fouten.map(({ kolom, melding }) => [kolom, melding])).toEqual([
      [
        'Werkgebied (gemeenten)',
        'Er is geen gemeente ‘GM9999’: vul de CBS-code (zoals GM0400) of de naam van de gemeente in',
      ],
      ['Functie', 'Functie kent de waarde ‘TAFEL’ niet; kies Meldpunt of Overlegtafel'],
      [
        'Bestaat vanaf',
        'Bestaat vanaf moet een bestaande datum zijn: 31 februari 2026 bestaat niet',
      ],
    ]);
  });

  it('leaves a choice that fits several values as typed, for the message', () => {
    const plan = planImport(view, [
      rij('knooppunt', { ...opgeslagen('kp-a'), wettelijkeBasis: 'geregeld' }),
    ]);
    expect(plan.fouten.map((f) => f.kolom)).toEqual(['Wettelijke basis']);
    expect(plan.fouten[0]!.melding).toContain('‘geregeld’');
  });
});

describe('column titles', () => {
  it('gives every column of a sheet its own title', () => {
    for (const kind of Object.keys(VELDEN) as EditableKind[]) {
      const titels = kolommen(kind).map((pad) => kolomTitel(kind, pad).toLowerCase());
      expect(new Set(titels).size).toBe(titels.length);
    }
  });
});
