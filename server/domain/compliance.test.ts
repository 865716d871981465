// SPDX-License-Identifier: EUPL-1.2
// Every rule of RULES.md firing on a description that lacks what it asks, and silent on a complete one.
import { describe, expect, it } from 'vitest';
import {
  buildDeelname,
  buildKnooppunt,
  buildOrganisatie,
  buildOverdracht,
  buildRegistry,
  entity,
} from '../../test/builders.ts';
import { exampleIndex } from '../../test/example-index.ts';
import { checkKnooppunt, RULES, verantwoording } from './compliance.ts';
import type { Deelname, Knooppunt, Organisatie, Overdracht, Registry } from './model.ts';
import { indexRegistry } from './registry-index.ts';

const VANDAAG = '2026-11-22';
const COMPLEET: Partial<Knooppunt> = {
  naam: 'Complete tafel',
  doel: 'Doel',
  maatschappelijkeOpgave: 'Opgave',
  aanmeldcriteria: 'Criteria',
  convenant: { status: 'VASTGESTELD', datum: '2025-01-01', geldigTot: null },
  dpia: { status: 'VASTGESTELD', datum: '2025-01-01', geldigTot: null },
  verwerkingsverantwoordelijkheid: 'EEN_PARTIJ',
  verwerkingsverantwoordelijkeId: 'gemeente',
  bewaartermijn: '2 jaar',
  bewaartermijnOnderbouwing: 'Onderbouwing',
  privacyverklaring: 'https://voorbeeld.invalid',
  informerenBetrokkenen: 'Brief',
  contactpuntRechten: 'privacy@voorbeeld.invalid',
  risicos: 'Stigmatisering',
  maatregelen: 'Dataminimalisatie',
  geverifieerdDoor: 'Redacteur',
  geverifieerdOp: '2026-06-01',
};
const goedeDeelname = (organisatieId: string, overrides: Partial<Deelname> = {}) =>
  entity(
    `d-${organisatieId}`,
    buildDeelname(organisatieId, 'k', {
      beroepsgeheim: false,
      beroepsgeheimRegeling: null,
      bijzondereGegevens: false,
      grondslag: 'AVG_6_1_E_PUBLIEKE_TAAK',
      ...overrides,
    }),
  );

interface Scenario {
  knooppunt?: Partial<Knooppunt>;
  deelnames?: Deelname[];
  organisaties?: Organisatie[];
  overdrachten?: Overdracht[];
}

function registry(s: Scenario = {}): Registry {
  return buildRegistry({
    knooppunten: [
      entity('k', buildKnooppunt({ ...COMPLEET, ...s.knooppunt })),
      entity(
        'm',
        buildKnooppunt({
          ...COMPLEET,
          naam: 'Meldpunt',
          functie: 'MELDPUNT',
          wettelijkeBasis: 'WETTELIJK_GEREGELD',
        }),
      ),
      entity(
        'casus',
        buildKnooppunt({
          ...COMPLEET,
          naam: 'Persoonsgerichte aanpak',
          werkproces: 'CASUSOVERLEG',
        }),
      ),
    ],
    organisaties: [
      entity(
        'gemeente',
        buildOrganisatie({ naam: 'Gemeente', type: 'GEMEENTE', beroepsgeheim: null }),
      ),
      entity(
        'politie',
        buildOrganisatie({
          naam: 'Politie',
          type: 'POLITIE',
          privacykader: 'WPG',
          beroepsgeheim: null,
        }),
      ),
      entity('ggz', buildOrganisatie({ naam: 'GGZ' })),
      entity(
        'corporatie',
        buildOrganisatie({ naam: 'Corporatie', type: 'WONINGCORPORATIE', beroepsgeheim: null }),
      ),
      ...(s.organisaties ?? []),
    ],
    deelnames: s.deelnames ?? [goedeDeelname('gemeente')],
    overdrachten: s.overdrachten ?? [
      entity('m-k', buildOverdracht('m', 'k', { aanmeldingDoor: 'KNOOPPUNT_ZELF' })),
    ],
  });
}

const regels = (s?: Scenario) => {
  const index = indexRegistry(registry(s));
  return checkKnooppunt(index, index.knooppunten.get('k')!, VANDAAG).map((f) => f.regel);
};

const FIRES: Record<string, Scenario> = {
  R01: { knooppunt: { doel: null } },
  R02: { knooppunt: { aanmeldcriteria: null } },
  R03: { deelnames: [goedeDeelname('gemeente', { taak: null })] },
  R04: { deelnames: [goedeDeelname('gemeente', { grondslag: 'AVG_6_1_A_TOESTEMMING' })] },
  R05: {
    deelnames: [goedeDeelname('politie', { grondslag: 'AVG_6_1_E_PUBLIEKE_TAAK' })],
    knooppunt: {},
  },
  R06: {
    deelnames: [goedeDeelname('politie', { grondslag: 'WPG' })],
    knooppunt: { convenant: { status: 'IN_VOORBEREIDING', datum: null, geldigTot: null } },
  },
  R07: { knooppunt: { dpia: { status: 'ONTBREEKT', datum: null, geldigTot: null } } },
  R08: {
    knooppunt: {
      verwerkingsverantwoordelijkheid: 'GEZAMENLIJK',
      verwerkingsverantwoordelijkeId: null,
      gezamenlijkeRegeling: false,
    },
  },
  R09: { deelnames: [goedeDeelname('gemeente', { bsn: true, verwerkingsbasisBijzonder: null })] },
  R10: {
    deelnames: [
      goedeDeelname('ggz', {
        grondslag: 'AVG_6_1_B_OVEREENKOMST',
        beroepsgeheim: true,
        beroepsgeheimRegeling: null,
      }),
    ],
  },
  R11: { deelnames: [goedeDeelname('corporatie', { noodzaak: null })] },
  R12: {
    overdrachten: [
      entity('m-k', buildOverdracht('m', 'k')),
      entity('k-casus', buildOverdracht('k', 'casus', { aanmeldingDoor: 'NIET_VASTGELEGD' })),
    ],
  },
  R13: {
    deelnames: [goedeDeelname('gemeente'), entity('d-casus', buildDeelname('gemeente', 'casus'))],
    overdrachten: [
      entity('m-k', buildOverdracht('m', 'k')),
      entity(
        'k-casus',
        buildOverdracht('k', 'casus', {
          aanmeldingDoor: 'PARTNER',
          aanmelderId: 'gemeente',
          informatie: null,
        }),
      ),
    ],
  },
  R14: { knooppunt: { bewaartermijnOnderbouwing: null } },
  R15: { knooppunt: { informerenBetrokkenen: null } },
  R16: { knooppunt: { contactpuntRechten: null } },
  R17: { overdrachten: [] },
  R18: { knooppunt: { werkproces: 'SIGNALERING' } },
  R19: { knooppunt: { werkproces: 'GROEPSAANPAK' } },
  R20: { knooppunt: { geverifieerdOp: '2025-11-21' } },
  R21: { knooppunt: { wettelijkeBasis: 'TAAK_VAN_EEN_PARTIJ', taakhouderId: null } },
  R22: { knooppunt: { risicos: null } },
};

describe('compliance checks', () => {
  it('find nothing in a complete description', () => {
    expect(regels()).toEqual([]);
  });

  it('cover every rule of RULES.md with a stable id, severity and source', () => {
    expect(RULES.map((r) => r.id)).toEqual(Object.keys(FIRES));
    for (const rule of RULES) expect(rule.bron).toMatch(/^H §|^H Bijlage/);
  });

  it.each(Object.entries(FIRES))(
    '%s fires on a description that lacks what it asks, and only that rule',
    (id, scenario) => {
      const found = regels(scenario);
      expect(found.length).toBeGreaterThan(0);
      expect(new Set(found.map((r) => r.split('.')[0]))).toEqual(new Set([id]));
    },
  );

  it('names the party or route a finding concerns, and says what is missing', () => {
    const index = indexRegistry(registry(FIRES['R04']));
    const [finding] = checkKnooppunt(index, index.knooppunten.get('k')!, VANDAAG);
    expect(finding).toMatchObject({
      regel: 'R04',
      ernst: 'FOUT',
      knooppuntId: 'k',
      organisatieId: 'gemeente',
      deelnameId: 'd-gemeente',
    });
    expect(finding!.melding).toContain('Gemeente neemt deel op grond van toestemming');
  });

  it('accepts what the handreiking allows: politie on WPG with a convenant, a named arrangement for secrecy, a verification within 12 months', () => {
    expect(regels({ deelnames: [goedeDeelname('politie', { grondslag: 'WPG' })] })).toEqual([]);
    expect(
      regels({
        deelnames: [
          goedeDeelname('ggz', {
            grondslag: 'AVG_6_1_B_OVEREENKOMST',
            beroepsgeheim: true,
            beroepsgeheimRegeling: 'CONFLICT_VAN_PLICHTEN',
          }),
        ],
      }),
    ).toEqual([]);
    expect(regels({ knooppunt: { geverifieerdOp: '2025-11-22' } })).toEqual([]);
    const convenantTot = (geldigTot: string) => ({
      deelnames: [goedeDeelname('politie', { grondslag: 'WPG' as const })],
      knooppunt: { convenant: { status: 'VASTGESTELD' as const, datum: '2024-01-01', geldigTot } },
    });
    expect(regels(convenantTot(VANDAAG))).toEqual([]);
    expect(regels(convenantTot('2026-11-21'))).toEqual(['R06']);
    const groep = {
      knooppunt: { werkproces: 'GROEPSAANPAK' as const, samenstelling: 'VAST' as const },
      deelnames: [goedeDeelname('gemeente'), entity('d-casus', buildDeelname('gemeente', 'casus'))],
      overdrachten: [
        entity('m-k', buildOverdracht('m', 'k')),
        entity(
          'k-casus',
          buildOverdracht('k', 'casus', { aanmeldingDoor: 'PARTNER', aanmelderId: 'gemeente' }),
        ),
      ],
    };
    expect(regels(groep)).toEqual([]);
  });
});

describe('verantwoording', () => {
  it('counts the findings per rule, knooppunt and organisation', () => {
    const index = exampleIndex();
    const v = verantwoording(index, index.knooppuntenOpNaam, VANDAAG);
    expect(v.perRegel).toHaveLength(22);
    expect(v.perRegel.reduce((s, r) => s + r.aantal, 0)).toBe(v.bevindingen.length);
    expect(v.perKnooppunt.reduce((s, k) => s + k.aantal, 0)).toBe(v.bevindingen.length);
    expect(v.perOrganisatie.reduce((s, o) => s + o.aantal, 0)).toBe(
      v.bevindingen.filter((f) => f.organisatieId).length,
    );
    // A realistic share: 19 of the 22 rules fire somewhere in the example region.
    expect(v.bevindingen).toHaveLength(227);
    expect(v.perRegel.filter((r) => r.aantal === 0).map((r) => r.regel.id)).toEqual([
      'R02',
      'R19',
      'R21',
    ]);
  });
});
