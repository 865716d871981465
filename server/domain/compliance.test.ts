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
import { checkOverdracht } from './overdracht-checks.ts';
import {
  CONVENANT_ONDERWERPEN,
  type Deelname,
  type Knooppunt,
  type Organisatie,
  type Overdracht,
  type Registry,
} from './model.ts';
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
  noodzaakSamenwerking: 'De problemen hangen samen; geen partij lost ze alleen op.',
  proportionaliteit: 'Ernstige overlast; alleen casussen die aan de criteria voldoen.',
  verderGebruik: 'ALLEEN_AFGESPROKEN_DOEL',
  gegevensAanmelding: ['IDENTIFICATIE', 'AANMELDREDEN'],
  gegevensTriage: ['IDENTIFICATIE', 'BETROKKEN_PARTIJEN', 'PROBLEEMGEBIEDEN'],
  gegevensCasusoverleg: ['IDENTIFICATIE', 'PROBLEEMGEBIEDEN', 'PLAN_VAN_AANPAK'],
  gegevensAfsluiting: ['IDENTIFICATIE', 'VOORTGANG'],
  functionarisGegevensbescherming: 'fg@voorbeeld.invalid',
  fgBetrokkenBijDpia: true,
  autorisatiePerCasus: true,
  toegangLogging: true,
  datalekkenprocedure: true,
  informerenMoment: 'NA_TRIAGE',
  informerenInhoud: ['GEGEVENS', 'PARTIJEN', 'DOEL', 'NOODZAAK', 'RECHTEN'],
  convenantOnderwerpen: [...CONVENANT_ONDERWERPEN],
  faseringVastgelegd: true,
  vernietigingBijNietPassend: true,
  terugvalEnVerlenging: 'Terugval binnen een jaar: de partner meldt opnieuw aan.',
  evaluatieGepland: '2027-03-01',
  privacyAuditGepland: '2027-06-01',
  typeRisicoAfspraken: true,
  geheimhoudingsverklaring: true,
};
const goedeDeelname = (organisatieId: string, overrides: Partial<Deelname> = {}) =>
  entity(
    `d-${organisatieId}`,
    buildDeelname(organisatieId, 'k', {
      beroepsgeheim: false,
      beroepsgeheimRegeling: null,
      bijzondereGegevens: false,
      grondslag: 'AVG_6_1_E_PUBLIEKE_TAAK',
      noodzaak: 'Nodig voor de eigen taak.',
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
    deelnames: [
      goedeDeelname('gemeente'),
      goedeDeelname('politie', { grondslag: 'AVG_6_1_E_PUBLIEKE_TAAK' }),
    ],
    knooppunt: {},
  },
  R06: {
    deelnames: [goedeDeelname('gemeente'), goedeDeelname('politie', { grondslag: 'WPG' })],
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
  R11: {
    deelnames: [goedeDeelname('gemeente'), goedeDeelname('corporatie', { noodzaak: null })],
  },
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
  R23: { knooppunt: { verderGebruik: 'VERENIGBAAR_GETOETST', verderGebruikToelichting: null } },
  R24: { deelnames: [goedeDeelname('gemeente', { noodzaak: null })] },
  R25: { knooppunt: { proportionaliteit: null } },
  R26: { knooppunt: { gegevensTriage: [] } },
  R27: { knooppunt: { fgBetrokkenBijDpia: false } },
  R28: { knooppunt: { datalekkenprocedure: null } },
  R29: { knooppunt: { informerenMoment: 'NA_CASUSOVERLEG' } },
  R30: { knooppunt: { convenantOnderwerpen: ['DOEL', 'GRONDSLAGEN'] } },
  R31: { knooppunt: { vernietigingBijNietPassend: null } },
  R32: { knooppunt: { evaluatieGepland: '2026-11-21' } },
  R33: {
    knooppunt: { typeRisicoAfspraken: null, signalen: ['HUISELIJK_GEWELD_OF_KINDERMISHANDELING'] },
  },
  R34: { knooppunt: { geheimhoudingsverklaring: null } },
  R35: { deelnames: [goedeDeelname('politie', { grondslag: 'WPG' })] },
  R36: {
    organisaties: [
      entity(
        'raad',
        buildOrganisatie({
          naam: 'Raad voor de Kinderbescherming',
          type: 'RAAD_VOOR_DE_KINDERBESCHERMING',
          beroepsgeheim: null,
        }),
      ),
    ],
    deelnames: [goedeDeelname('raad')],
  },
  R37: { knooppunt: { werkproces: 'MELDPUNT' } },
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
    expect(
      regels({
        deelnames: [goedeDeelname('gemeente'), goedeDeelname('politie', { grondslag: 'WPG' })],
      }),
    ).toEqual([]);
    expect(
      regels({
        deelnames: [
          goedeDeelname('ggz', {
            grondslag: 'AVG_6_1_B_OVEREENKOMST',
            beroepsgeheim: true,
            beroepsgeheimRegeling: 'TOESTEMMING',
          }),
        ],
      }),
    ).toEqual([]);
    expect(regels({ knooppunt: { geverifieerdOp: '2025-11-22' } })).toEqual([]);
    const convenantTot = (geldigTot: string) => ({
      deelnames: [
        goedeDeelname('gemeente'),
        goedeDeelname('politie', { grondslag: 'WPG' as const }),
      ],
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
    expect(v.perRegel).toHaveLength(37);
    expect(v.perRegel.reduce((s, r) => s + r.aantal, 0)).toBe(v.bevindingen.length);
    expect(v.perKnooppunt.reduce((s, k) => s + k.aantal, 0)).toBe(v.bevindingen.length);
    expect(v.perOrganisatie.reduce((s, o) => s + o.aantal, 0)).toBe(
      v.bevindingen.filter((f) => f.organisatieId).length,
    );
    // A realistic share: 32 of the 37 rules fire somewhere in the example region. Most of the
    // findings are R23–R37: the example describes little of the privacy analysis yet.
    expect(v.bevindingen).toHaveLength(702);
    expect(v.perRegel.filter((r) => r.aantal === 0).map((r) => r.regel.id)).toEqual([
      'R02',
      'R05',
      'R19',
      'R21',
      'R37',
    ]);
  });
});

/** The findings for knooppunt k, with their severity and message. */
const bevindingen = (s?: Scenario) => {
  const index = indexRegistry(registry(s));
  return checkKnooppunt(index, index.knooppunten.get('k')!, VANDAAG);
};
const EIGEN = (regel: string) => (s?: Scenario) =>
  bevindingen(s).filter((f) => f.regel.split('.')[0] === regel);

describe('what the domain review found wrong (issue 18), against the handreiking', () => {
  it('R03: care in the voluntary framework rests on the behandelovereenkomst, not on an article of law (H §3.3)', () => {
    const ggz = (overrides: Partial<Deelname>) =>
      EIGEN('R03')({
        deelnames: [goedeDeelname('ggz', { beroepsgeheimRegeling: 'TOESTEMMING', ...overrides })],
      });
    expect(
      ggz({ grondslag: 'AVG_6_1_B_OVEREENKOMST', wetten: [{ wetId: 'wet-a', artikel: null }] }),
    ).toEqual([]);
    // A statutory task still needs its article, and any party needs a task.
    expect(ggz({ grondslag: 'AVG_6_1_E_PUBLIEKE_TAAK', wetten: [] })).toHaveLength(1);
    expect(ggz({ grondslag: 'AVG_6_1_B_OVEREENKOMST', taak: null })).toHaveLength(1);
  });

  it('R05: 6.1.e fits care in verplichte zorg (H §3.3), the Reclassering is on 6.1.e, not the WJSG (H §3.3)', () => {
    expect(
      EIGEN('R05')({
        deelnames: [
          goedeDeelname('ggz', {
            taak: 'Uitvoering zorgmachtiging',
            grondslag: 'AVG_6_1_E_PUBLIEKE_TAAK',
            beroepsgeheimRegeling: 'TOESTEMMING',
          }),
        ],
      }),
    ).toEqual([]);
    const reclassering = (grondslag: Deelname['grondslag'], privacykader: 'AVG' | 'WJSG') =>
      EIGEN('R05')({
        organisaties: [
          entity(
            'rn',
            buildOrganisatie({
              naam: 'Reclassering',
              type: 'RECLASSERING',
              privacykader,
              beroepsgeheim: null,
            }),
          ),
        ],
        deelnames: [goedeDeelname('rn', { grondslag })],
      });
    expect(reclassering('AVG_6_1_E_PUBLIEKE_TAAK', 'AVG')).toEqual([]);
    expect(reclassering('WJSG', 'WJSG')[0]?.melding).toContain(
      'Verwacht: publieke taak (art. 6 lid 1 sub e AVG)',
    );
  });

  it('R05: a party without an explicit task cannot rest on vitaal belang, a restgrondslag (H §3.3)', () => {
    const [f] = EIGEN('R05')({
      deelnames: [goedeDeelname('corporatie', { grondslag: 'AVG_6_1_D_VITAAL_BELANG' })],
    });
    expect(f?.melding).toContain('vitaal belang (art. 6 lid 1 sub d AVG)');
    expect(f?.melding).toContain('restgrondslag');
  });

  it('R05: the privacykader and the grondslag agree, and a message names labels, never codes (H §3.1 (3))', () => {
    const [f] = EIGEN('R05')({
      organisaties: [
        entity(
          'pol-avg',
          buildOrganisatie({ naam: 'Politie', type: 'POLITIE', beroepsgeheim: null }),
        ),
      ],
      deelnames: [goedeDeelname('pol-avg', { grondslag: 'WPG' })],
    });
    expect(f?.melding).toBe(
      'Politie valt onder de AVG, maar de grondslag is de Wet politiegegevens. Privacykader en grondslag horen bij elkaar te passen.',
    );
    const [code] = EIGEN('R05')({
      deelnames: [goedeDeelname('politie', { grondslag: 'AVG_6_1_E_PUBLIEKE_TAAK' })],
    });
    expect(code?.melding).not.toMatch(/[A-Z]+_[A-Z0-9_]+/);
  });

  it('R06: a fout where the politie takes part structurally, attention where it only informs (H §3.8 fn 15)', () => {
    const zonderConvenant = (rol: Deelname['rol']) =>
      EIGEN('R06')({
        deelnames: [goedeDeelname('politie', { grondslag: 'WPG', rol })],
        knooppunt: { convenant: { status: 'ONTBREEKT', datum: null, geldigTot: null } },
      }).map((f) => f.ernst);
    expect(zonderConvenant('VASTE_DEELNEMER')).toEqual(['FOUT']);
    expect(zonderConvenant('INFORMANT')).toEqual(['AANDACHT']);
  });

  it('R10: the stappenplan: toestemming first; conflict van plichten or a noodsituatie is never a standing arrangement (H §4.5)', () => {
    const ggz = (regeling: Deelname['beroepsgeheimRegeling']) =>
      EIGEN('R10')({
        deelnames: [
          goedeDeelname('ggz', {
            grondslag: 'AVG_6_1_B_OVEREENKOMST',
            beroepsgeheim: true,
            beroepsgeheimRegeling: regeling,
          }),
        ],
      });
    expect(ggz('TOESTEMMING')).toEqual([]);
    expect(ggz('WETTELIJK_MELDRECHT')).toEqual([]);
    expect(ggz('CONFLICT_VAN_PLICHTEN')[0]?.melding).toContain('per casus');
    expect(ggz('NOODSITUATIE')[0]?.melding).toContain('Noodsituatie of vitaal belang');
    expect(ggz(null)[0]?.melding).toContain('eerst toestemming');
    // The organisation's secrecy counts even where the deelname forgets it.
    expect(
      EIGEN('R10')({
        deelnames: [
          goedeDeelname('ggz', { grondslag: 'AVG_6_1_B_OVEREENKOMST', beroepsgeheim: false }),
        ],
      }),
    ).toHaveLength(1);
  });

  it('R10: Veilig Thuis at its own meldpunt needs no secrecy arrangement (H §4.3 fase 4)', () => {
    const vt = entity(
      'vt',
      buildOrganisatie({ naam: 'Veilig Thuis', type: 'VEILIG_THUIS', beroepsgeheim: 'Wmo 2015' }),
    );
    const eigen = (verwerkingsverantwoordelijkeId: string) =>
      EIGEN('R10')({
        organisaties: [vt],
        knooppunt: { functie: 'MELDPUNT', werkproces: 'MELDPUNT', verwerkingsverantwoordelijkeId },
        deelnames: [goedeDeelname('vt', { beroepsgeheim: true, beroepsgeheimRegeling: null })],
      });
    expect(eigen('vt')).toEqual([]);
    expect(eigen('gemeente')).toHaveLength(1);
  });

  it('R11: a statutory obligation (Wgs) satisfies it; free text without a provision of law does not (H §3.3)', () => {
    const corporatie = (overrides: Partial<Deelname>) =>
      EIGEN('R11')({ deelnames: [goedeDeelname('corporatie', overrides)] });
    expect(
      corporatie({
        taak: 'Signaal betalingsachterstand',
        wetten: [{ wetId: 'wet-a', artikel: 'art. 3a' }],
        grondslag: 'AVG_6_1_C_WETTELIJKE_VERPLICHTING',
        noodzaak: null,
      }),
    ).toEqual([]);
    expect(
      corporatie({ taak: 'Melden van zorgen', wetten: [], noodzaak: 'Ziet overlast als eerste' }),
    ).toHaveLength(1);
  });

  it('R14: a statutory retention term is known, and a description that contradicts it is a fout (H §3.2 (5))', () => {
    const vtMeldpunt = (bewaartermijn: string | null) =>
      EIGEN('R14')({
        organisaties: [
          entity(
            'vt',
            buildOrganisatie({ naam: 'Veilig Thuis', type: 'VEILIG_THUIS', beroepsgeheim: null }),
          ),
        ],
        knooppunt: {
          functie: 'MELDPUNT',
          werkproces: 'MELDPUNT',
          verwerkingsverantwoordelijkeId: 'vt',
          bewaartermijn,
        },
      });
    expect(vtMeldpunt('5 jaar na afsluiting').map((f) => [f.regel, f.ernst])).toEqual([
      ['R14.wet', 'FOUT'],
    ]);
    expect(vtMeldpunt('5 jaar na afsluiting')[0]!.melding).toContain('ten minste 20 jaar');
    expect(vtMeldpunt('20 jaar na afsluiting van het dossier')).toEqual([]);
    expect(vtMeldpunt(null)[0]!.melding).toContain('20 jaar');
  });

  it('R17: a table where partners report directly says so in its aanmeldcriteria (IBD; H §2.4)', () => {
    expect(
      EIGEN('R17')({
        overdrachten: [],
        knooppunt: { aanmeldcriteria: 'Aanmelding door de deelnemende partners.' },
      }),
    ).toEqual([]);
    expect(EIGEN('R17')({ overdrachten: [] })).toHaveLength(1);
  });
});

describe('the example region, corrected after the domain review §7', () => {
  const index = exampleIndex();
  const v = verantwoording(index, index.knooppuntenOpNaam, VANDAAG);
  const van = (knooppuntId: string, regel: string) =>
    v.bevindingen.filter((f) => f.knooppuntId === knooppuntId && f.regel.startsWith(regel));

  it('keeps Veilig Thuis dossiers the statutory 20 years (H §3.2 (5))', () => {
    expect(van('veilig-thuis', 'R14')).toEqual([]);
    expect(index.knooppunten.get('veilig-thuis')!.bewaartermijn).toMatch(/20 jaar/);
  });

  it('puts the Reclassering and the PI under the AVG on 6.1.e (H §3.3)', () => {
    for (const id of ['reclassering', 'pi']) {
      expect(index.organisaties.get(id)!.privacykader).toBe('AVG');
      for (const d of index.deelnamesVanOrganisatie.get(id) ?? [])
        expect(d.grondslag).toBe('AVG_6_1_E_PUBLIEKE_TAAK');
    }
  });

  it('does not tell the woningcorporaties their Wgs signals cannot be exchanged, and types Vroegsignalering as a meldpunt (H §3.3, Bijlage 1.1)', () => {
    expect(van('vroegsignalering-schulden', 'R11')).toEqual([]);
    expect(van('vroegsignalering-schulden', 'R18')).toEqual([]);
    expect(index.knooppunten.get('vroegsignalering-schulden')!.werkproces).toBe('MELDPUNT');
  });

  it('has a care or social partner at the radicalisering table, which is reachable (H §2.1)', () => {
    const types = (index.deelnamesVanKnooppunt.get('radicalisering-casusoverleg') ?? []).map(
      (d) => index.organisaties.get(d.organisatieId)!.type,
    );
    expect(types).toEqual(expect.arrayContaining(['GEMEENTE', 'GGZ']));
    expect(van('radicalisering-casusoverleg', 'R17')).toEqual([]);
  });

  it('uses the college, not art. 172 Gemeentewet, for a gemeente; Wzd only for involuntary care; OGGZ as a Wmo task', () => {
    for (const d of index.deelnames.values()) {
      const o = index.organisaties.get(d.organisatieId)!;
      if (o.type === 'GEMEENTE')
        expect(d.wetten.some((w) => w.wetId === 'gemeentewet' && w.artikel === 'art. 172')).toBe(
          false,
        );
      expect(d.wetten.some((w) => w.wetId === 'wzd')).toBe(false);
      expect(d.wetten.some((w) => w.wetId === 'wpg-ggd')).toBe(false);
    }
  });

  it('makes no conflict van plichten a standing arrangement, and informs clients without an open-ended exception (H §4.5, §4.4)', () => {
    expect(
      [...index.deelnames.values()].filter(
        (d) => d.beroepsgeheimRegeling === 'CONFLICT_VAN_PLICHTEN',
      ),
    ).toEqual([]);
    for (const k of index.knooppunten.values())
      expect(k.informerenBetrokkenen ?? '').not.toContain('ernstig belemmert');
  });

  it('types the centrale toegang as the task of one party, not as wettelijk geregeld (H §2.5)', () => {
    const k = index.knooppunten.get('centrale-toegang-opvang')!;
    expect([k.wettelijkeBasis, k.taakhouderId]).toEqual([
      'TAAK_VAN_EEN_PARTIJ',
      'gemeente-alkmaar',
    ]);
  });
});

describe('the requirements of ch. 2–5 that R23–R37 check', () => {
  const meldingen = (s: Scenario, regel: string) =>
    bevindingen(s)
      .filter((f) => f.regel === regel)
      .map((f) => f.melding);

  it('R26: a meldpunt has no casusoverleg phase to describe (H §4.2); a tafel does (H §4.3)', () => {
    const zonderOverleg = { gegevensCasusoverleg: [] };
    expect(meldingen({ knooppunt: zonderOverleg }, 'R26')).toEqual([
      'Niet vastgelegd welke soorten gegevens nodig zijn in de fase ‘casusoverleg en monitoring’.',
    ]);
    expect(meldingen({ knooppunt: { ...zonderOverleg, functie: 'MELDPUNT' } }, 'R26')).toEqual([]);
  });

  it('R29: informing may wait only on an art. 23 ground, for a while, with a moment to reconsider (H §4.4)', () => {
    const uitstel = { informerenUitzonderingen: ['STRAFBARE_FEITEN' as const] };
    expect(meldingen({ knooppunt: uitstel }, 'R29')).toHaveLength(1);
    expect(
      meldingen({ knooppunt: { ...uitstel, uitzonderingHeroverweging: 'Elke maand' } }, 'R29'),
    ).toEqual([]);
    expect(meldingen({ knooppunt: { informerenInhoud: ['DOEL'] } }, 'R29')).toEqual([
      'De betrokkene hoort niet: welke persoonsgegevens worden verwerkt, door welke partijen, waarom de verwerking nodig is en welke rechten de betrokkene heeft.',
    ]);
  });

  it('R24 names the party whose participation is not explained (H §3.4 b)', () => {
    expect(meldingen(FIRES['R24']!, 'R24')).toEqual([
      'Gemeente: niet beschreven waarom deelname van deze partij nodig is.',
    ]);
  });

  it('R35 concerns overlegtafels; R30 asks for a convenant or protocol when there is none (H §2.1, §3.8)', () => {
    const alleenPolitie = FIRES['R35']!.deelnames!;
    expect(
      meldingen({ deelnames: alleenPolitie, knooppunt: { functie: 'MELDPUNT' } }, 'R35'),
    ).toEqual([]);
    const geen = { status: 'ONTBREEKT' as const, datum: null, geldigTot: null };
    expect(
      meldingen({ knooppunt: { convenant: geen, privacyprotocol: geen } }, 'R30'),
    ).toHaveLength(1);
  });

  it('R32: a planned date today or later passes; one in the past asks for the next (H §4.1 (7))', () => {
    expect(meldingen({ knooppunt: { privacyAuditGepland: VANDAAG } }, 'R32')).toEqual([]);
    expect(meldingen({ knooppunt: { privacyAuditGepland: null } }, 'R32')).toEqual([
      'Er is geen privacy-audit gepland.',
    ]);
  });
});

describe('R10 on a route: the receiving table (H §4.5)', () => {
  it('names all grounds in the stappenplan order, and leaves out the meldpunt’s own party', () => {
    const vt = entity(
      'vt',
      buildOrganisatie({ naam: 'Veilig Thuis', type: 'VEILIG_THUIS', beroepsgeheim: 'Wmo 2015' }),
    );
    const naar = (verwerkingsverantwoordelijkeId: string) => {
      const index = indexRegistry(
        registry({
          organisaties: [vt],
          knooppunt: {
            functie: 'MELDPUNT',
            werkproces: 'MELDPUNT',
            verwerkingsverantwoordelijkeId,
          },
          deelnames: [goedeDeelname('vt', { beroepsgeheim: true })],
          overdrachten: [entity('m-k', buildOverdracht('m', 'k'))],
        }),
      );
      return checkOverdracht(index, index.overdrachten.get('m-k')!).filter(
        (b) => b.regel === 'R10.ontvanger',
      );
    };
    expect(naar('vt')).toEqual([]);
    const [b] = naar('gemeente');
    expect(b?.melding).toContain('eerst met toestemming');
    expect(b?.melding).toContain('noodsituatie');
  });
});
