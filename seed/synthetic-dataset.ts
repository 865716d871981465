// SPDX-License-Identifier: EUPL-1.2
// SYNTHETISCHE DATA for benchmarks: a national-size registry over all 342 gemeenten and the 31
// zorg- en veiligheidshuisregio's, about 10,000 knooppunten by default. Deterministic for a given
// seed. Names say "synthetisch"; nothing here describes a real arrangement. Descriptions are
// complete or incomplete in realistic proportions, so the analyses have the same work to do as on
// a real inventory.
import { ONBESCHREVEN_KNOOPPUNT } from '../server/domain/model.ts';
import type {
  DeelnameGegevens,
  Functie,
  Gemeente,
  Grondslag,
  KnooppuntGegevens,
  NewEntity,
  OrganisatieGegevens,
  OrganisatieType,
  OverdrachtGegevens,
  OverdrachtSoort,
  Privacykader,
  Referentiedata,
  Rol,
  Samenstelling,
  Schaal,
  Signaal,
  Werkproces,
  WettelijkeBasis,
} from '../server/domain/model.ts';

export interface SyntheticOptions {
  /** Total number of knooppunten, spread over the regions by their number of gemeenten. */
  knooppunten?: number;
  /** Only these regions (default: every zorg- en veiligheidshuisregio). */
  regioIds?: readonly string[];
  seed?: number;
}

/** mulberry32: a small, fast, seedable PRNG; Math.random cannot be seeded. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const sample = <T>(xs: readonly T[], n: number): T[] => {
    const copy = [...xs];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, Math.min(n, copy.length));
  };
  return { chance: (p: number) => next() < p, int, pick, sample };
}

/** Organisation types present in every region, with their privacy framework and secrecy. */
const REGIONALE_PARTIJEN: [OrganisatieType, string, Privacykader, string | null][] = [
  ['OPENBAAR_MINISTERIE', 'Openbaar Ministerie', 'WJSG', null],
  ['GGZ', 'GGZ-aanbieder', 'AVG', 'Medisch beroepsgeheim (Wgbo)'],
  ['VERSLAVINGSZORG', 'Verslavingszorg-aanbieder', 'AVG', 'Medisch beroepsgeheim (Wgbo)'],
  ['RECLASSERING', 'Reclasseringsorganisatie', 'WJSG', null],
  [
    'VEILIG_THUIS',
    'Veilig Thuis',
    'AVG',
    'Geheimhoudingsplicht Veilig Thuis (art. 4.2.3 Wmo 2015)',
  ],
  ['RAAD_VOOR_DE_KINDERBESCHERMING', 'Raad voor de Kinderbescherming', 'AVG', null],
  [
    'GECERTIFICEERDE_INSTELLING',
    'Gecertificeerde instelling',
    'AVG',
    'Geheimhoudingsplicht jeugdhulpverlener (Jeugdwet)',
  ],
  ['JONGERENWERK', 'Jongerenwerk', 'AVG', null],
  ['SCHULDHULPVERLENING', 'Schuldhulpverlening', 'AVG', null],
  ['HUISARTS', 'Huisartsenkring', 'AVG', 'Medisch beroepsgeheim (Wgbo)'],
  ['PENITENTIAIRE_INRICHTING', 'Penitentiaire Inrichting', 'WJSG', null],
  ['GGD', 'GGD-regio', 'AVG', 'Medisch beroepsgeheim (Wgbo)'],
  ['ZORG_EN_VEILIGHEIDSHUIS', 'Zorg- en Veiligheidshuis', 'AVG', null],
  ['MAATSCHAPPELIJKE_OPVANG', 'Maatschappelijke opvang', 'AVG', null],
  ['LVB_ZORG', 'LVB-zorgaanbieder', 'AVG', 'Beroepsgeheim zorgverlener (Wgbo)'],
  ['ONDERWIJS', 'Samenwerkingsverband passend onderwijs', 'AVG', null],
];

/** Kinds of knooppunt, after the examples of handreiking §2.5 and bijlage 1. */
interface Soort {
  naam: string;
  functie: Functie;
  werkproces: Werkproces;
  wettelijkeBasis: WettelijkeBasis;
  samenstelling: Samenstelling;
  schaal: Schaal;
  themas: string[];
  signalen: Signaal[];
  /** Signals it is not for, as its criteria say (uitsluitingen). */
  uitsluitingen?: Signaal[];
  /** Organisation types that typically take part; the first holds the task where there is one. */
  partijen: OrganisatieType[];
  gewicht: number;
}

const SOORTEN: Soort[] = [
  {
    naam: 'Meldpunt zorg en overlast',
    functie: 'MELDPUNT',
    werkproces: 'MELDPUNT',
    wettelijkeBasis: 'TAAK_VAN_EEN_PARTIJ',
    samenstelling: 'VAST',
    schaal: 'SUBREGIONAAL',
    themas: ['verward-gedrag', 'woonoverlast', 'zorgmijding'],
    signalen: ['IMPACT_OP_OMGEVING'],
    uitsluitingen: ['ACUUT_GEVAAR', 'HUISELIJK_GEWELD_OF_KINDERMISHANDELING'],
    partijen: ['GEMEENTE', 'GGD', 'GGZ', 'POLITIE'],
    gewicht: 3,
  },
  {
    naam: 'Meldpunt huiselijk geweld',
    functie: 'MELDPUNT',
    werkproces: 'MELDPUNT',
    wettelijkeBasis: 'WETTELIJK_GEREGELD',
    samenstelling: 'VAST',
    schaal: 'REGIONAAL',
    themas: ['huiselijk-geweld'],
    signalen: ['HUISELIJK_GEWELD_OF_KINDERMISHANDELING', 'ACUUT_GEVAAR'],
    partijen: ['VEILIG_THUIS', 'POLITIE', 'RAAD_VOOR_DE_KINDERBESCHERMING'],
    gewicht: 1,
  },
  {
    naam: 'Meldpunt Wvggz',
    functie: 'MELDPUNT',
    werkproces: 'MELDPUNT',
    wettelijkeBasis: 'WETTELIJK_GEREGELD',
    samenstelling: 'VAST',
    schaal: 'SUBREGIONAAL',
    themas: ['psychische-problematiek', 'verward-gedrag'],
    // Not for an acute crisis: that goes to the crisisdienst or 112 (H §2.3).
    signalen: ['IMPACT_OP_OMGEVING'],
    uitsluitingen: ['ACUUT_GEVAAR'],
    partijen: ['GEMEENTE', 'GGD', 'GGZ'],
    gewicht: 2,
  },
  {
    naam: 'Signaleringsoverleg',
    functie: 'OVERLEGTAFEL',
    werkproces: 'SIGNALERING',
    wettelijkeBasis: 'NIET_EXPLICIET',
    samenstelling: 'VAST',
    schaal: 'LOKAAL',
    themas: ['woonoverlast', 'schulden', 'zorgmijding'],
    signalen: ['MEERDERE_PROBLEMEN'],
    partijen: ['GEMEENTE', 'WIJKTEAM', 'WONINGCORPORATIE', 'POLITIE', 'SCHULDHULPVERLENING'],
    gewicht: 4,
  },
  {
    naam: 'Casusoverleg multiproblematiek',
    functie: 'OVERLEGTAFEL',
    werkproces: 'CASUSOVERLEG',
    wettelijkeBasis: 'NIET_EXPLICIET',
    samenstelling: 'WISSELEND',
    schaal: 'LOKAAL',
    themas: ['verward-gedrag', 'verslaving', 'schulden', 'woonoverlast'],
    signalen: ['MEERDERE_PROBLEMEN', 'SAMENWERKING_NODIG', 'IMPACT_OP_OMGEVING'],
    partijen: ['GEMEENTE', 'WIJKTEAM', 'GGZ', 'VERSLAVINGSZORG', 'POLITIE', 'WONINGCORPORATIE'],
    gewicht: 6,
  },
  {
    naam: 'Complexe casuïstiek ZVH',
    functie: 'OVERLEGTAFEL',
    werkproces: 'CASUSOVERLEG',
    wettelijkeBasis: 'NIET_EXPLICIET',
    samenstelling: 'WISSELEND',
    schaal: 'REGIONAAL',
    themas: ['verward-gedrag', 'recidive', 'huiselijk-geweld', 'psychische-problematiek'],
    signalen: ['MEERDERE_PROBLEMEN', 'CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG', 'SAMENWERKING_NODIG'],
    partijen: [
      'ZORG_EN_VEILIGHEIDSHUIS',
      'POLITIE',
      'OPENBAAR_MINISTERIE',
      'GGZ',
      'RECLASSERING',
      'GEMEENTE',
    ],
    gewicht: 2,
  },
  {
    naam: 'Nazorg ex-gedetineerden',
    functie: 'OVERLEGTAFEL',
    werkproces: 'CASUSOVERLEG',
    wettelijkeBasis: 'TAAK_VAN_EEN_PARTIJ',
    samenstelling: 'VAST',
    schaal: 'SUBREGIONAAL',
    themas: ['recidive', 'dakloosheid'],
    signalen: ['MEERDERE_PROBLEMEN'],
    partijen: ['GEMEENTE', 'PENITENTIAIRE_INRICHTING', 'RECLASSERING', 'MAATSCHAPPELIJKE_OPVANG'],
    gewicht: 2,
  },
  {
    naam: 'Jeugdgroepenoverleg',
    functie: 'OVERLEGTAFEL',
    werkproces: 'GROEPSAANPAK',
    wettelijkeBasis: 'NIET_EXPLICIET',
    samenstelling: 'VAST',
    schaal: 'LOKAAL',
    themas: ['jeugdgroepen', 'jeugdcriminaliteit'],
    signalen: ['GROEP', 'CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG'],
    partijen: ['GEMEENTE', 'POLITIE', 'JONGERENWERK', 'OPENBAAR_MINISTERIE', 'ONDERWIJS'],
    gewicht: 3,
  },
  {
    naam: 'Top-X aanpak',
    functie: 'OVERLEGTAFEL',
    werkproces: 'CASUSOVERLEG',
    wettelijkeBasis: 'NIET_EXPLICIET',
    samenstelling: 'VAST',
    schaal: 'SUBREGIONAAL',
    themas: ['high-impact-crime', 'recidive'],
    signalen: ['CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG', 'ERNSTIG_LOKAAL_VEILIGHEIDSPROBLEEM'],
    partijen: ['BURGEMEESTER', 'POLITIE', 'OPENBAAR_MINISTERIE', 'RECLASSERING', 'GEMEENTE'],
    gewicht: 2,
  },
  {
    naam: 'Overleg bemoeizorg',
    functie: 'OVERLEGTAFEL',
    werkproces: 'CASUSOVERLEG',
    wettelijkeBasis: 'TAAK_VAN_EEN_PARTIJ',
    samenstelling: 'VAST',
    schaal: 'SUBREGIONAAL',
    themas: ['zorgmijding', 'psychische-problematiek', 'dakloosheid'],
    signalen: ['MEERDERE_PROBLEMEN'],
    partijen: ['GGD', 'GGZ', 'MAATSCHAPPELIJKE_OPVANG', 'WONINGCORPORATIE'],
    gewicht: 2,
  },
  {
    naam: 'Casusoverleg radicalisering',
    functie: 'OVERLEGTAFEL',
    werkproces: 'CASUSOVERLEG',
    wettelijkeBasis: 'NIET_EXPLICIET',
    samenstelling: 'VAST',
    schaal: 'REGIONAAL',
    themas: ['radicalisering'],
    signalen: ['ERNSTIG_LOKAAL_VEILIGHEIDSPROBLEEM'],
    partijen: ['BURGEMEESTER', 'POLITIE', 'OPENBAAR_MINISTERIE', 'GEMEENTE'],
    gewicht: 1,
  },
  {
    naam: 'Mensenhandeloverleg',
    functie: 'OVERLEGTAFEL',
    werkproces: 'CASUSOVERLEG',
    wettelijkeBasis: 'NIET_EXPLICIET',
    samenstelling: 'WISSELEND',
    schaal: 'REGIONAAL',
    themas: ['mensenhandel', 'ondermijning'],
    signalen: ['CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG'],
    partijen: ['GEMEENTE', 'POLITIE', 'OPENBAAR_MINISTERIE', 'GGD'],
    gewicht: 1,
  },
  {
    naam: 'Jeugdbeschermingstafel',
    functie: 'OVERLEGTAFEL',
    werkproces: 'CASUSOVERLEG',
    wettelijkeBasis: 'WETTELIJK_GEREGELD',
    samenstelling: 'WISSELEND',
    schaal: 'REGIONAAL',
    themas: ['jeugdbescherming', 'huiselijk-geweld'],
    signalen: ['HUISELIJK_GEWELD_OF_KINDERMISHANDELING'],
    partijen: [
      'RAAD_VOOR_DE_KINDERBESCHERMING',
      'GECERTIFICEERDE_INSTELLING',
      'VEILIG_THUIS',
      'GEMEENTE',
    ],
    gewicht: 2,
  },
  {
    naam: 'LVB-casusoverleg',
    functie: 'OVERLEGTAFEL',
    werkproces: 'CASUSOVERLEG',
    wettelijkeBasis: 'NIET_EXPLICIET',
    samenstelling: 'WISSELEND',
    schaal: 'SUBREGIONAAL',
    themas: ['lvb', 'schulden'],
    signalen: ['MEERDERE_PROBLEMEN', 'SAMENWERKING_NODIG'],
    partijen: ['LVB_ZORG', 'WIJKTEAM', 'GEMEENTE', 'SCHULDHULPVERLENING'],
    gewicht: 1,
  },
];
const GEWICHT_TOTAAL = SOORTEN.reduce((sum, s) => sum + s.gewicht, 0);

const GRONDSLAG_VOOR: Record<Privacykader, Grondslag> = {
  AVG: 'AVG_6_1_E_PUBLIEKE_TAAK',
  WPG: 'WPG',
  WJSG: 'WJSG',
};
const ROLLEN: Rol[] = ['VASTE_DEELNEMER', 'VASTE_DEELNEMER', 'OP_AFROEP', 'ADVISEUR', 'INFORMANT'];

/** The number of knooppunten per region, in proportion to its gemeenten, summing to the total. */
function spread(
  total: number,
  regios: { id: string; gemeenten: Gemeente[] }[],
): Map<string, number> {
  const gemeenten = regios.reduce((sum, r) => sum + r.gemeenten.length, 0);
  const result = new Map<string, number>();
  let assigned = 0;
  regios.forEach((r, i) => {
    const n =
      i === regios.length - 1
        ? total - assigned
        : Math.round((total * r.gemeenten.length) / gemeenten);
    result.set(r.id, n);
    assigned += n;
  });
  return result;
}

/**
 * Generates organisaties, knooppunten, deelnames and overdrachten for the chosen regions of the
 * given reference data, in an order that satisfies every reference. Ids start with "syn-".
 */
export function generateSyntheticDataset(
  referentiedata: Referentiedata,
  options: SyntheticOptions = {},
): NewEntity[] {
  const random = prng(options.seed ?? 1);
  const regios = referentiedata.regios
    .filter(
      (r) => r.soort === 'ZORG_EN_VEILIGHEIDSHUIS' && (options.regioIds?.includes(r.id) ?? true),
    )
    .map((r) => ({
      id: r.id,
      naam: r.naam,
      gemeenten: referentiedata.gemeenten.filter((g) => g.regioIds.includes(r.id)),
    }))
    .filter((r) => r.gemeenten.length > 0);
  const aantallen = spread(options.knooppunten ?? 10_000, regios);
  const items: NewEntity[] = [];

  for (const regio of regios) {
    const p = (s: string) => `syn-${regio.id.toLowerCase()}-${s}`;
    // Organisations: per gemeente a gemeente, a wijkteam, and one basisteam and corporatie per three.
    const perType = new Map<OrganisatieType, string[]>();
    const organisaties = new Map<string, OrganisatieGegevens>();
    const addOrg = (id: string, gegevens: OrganisatieGegevens) => {
      items.push({ kind: 'organisatie', id, gegevens });
      organisaties.set(id, gegevens);
      perType.set(gegevens.type, [...(perType.get(gegevens.type) ?? []), id]);
    };
    regio.gemeenten.forEach((g, i) => {
      addOrg(p(`gemeente-${g.id}`), {
        naam: `Gemeente ${g.naam} (synthetisch, ${regio.id})`,
        type: 'GEMEENTE',
        privacykader: 'AVG',
        beroepsgeheim: null,
      });
      addOrg(p(`wijkteam-${g.id}`), {
        naam: `Sociaal wijkteam ${g.naam} (synthetisch, ${regio.id})`,
        type: 'WIJKTEAM',
        privacykader: 'AVG',
        beroepsgeheim: null,
      });
      if (i % 3 === 0) {
        addOrg(p(`burgemeester-${g.id}`), {
          naam: `Burgemeester ${g.naam} (synthetisch, ${regio.id})`,
          type: 'BURGEMEESTER',
          privacykader: 'AVG',
          beroepsgeheim: null,
        });
        addOrg(p(`politie-${g.id}`), {
          naam: `Politie basisteam ${g.naam} (synthetisch, ${regio.id})`,
          type: 'POLITIE',
          privacykader: 'WPG',
          beroepsgeheim: null,
        });
        addOrg(p(`corporatie-${g.id}`), {
          naam: `Woningcorporatie ${g.naam} (synthetisch, ${regio.id})`,
          type: 'WONINGCORPORATIE',
          privacykader: 'AVG',
          beroepsgeheim: null,
        });
      }
    });
    for (const [type, naam, privacykader, beroepsgeheim] of REGIONALE_PARTIJEN) {
      addOrg(p(type.toLowerCase()), {
        naam: `${naam} ${regio.naam} (synthetisch)`,
        type,
        privacykader,
        beroepsgeheim,
      });
    }

    // Knooppunten: kinds by weight; werkgebied by schaal.
    const knooppunten: { id: string; soort: Soort; functie: Functie }[] = [];
    const aantal = aantallen.get(regio.id) ?? 0;
    for (let n = 1; n <= aantal; n++) {
      let r = random.int(1, GEWICHT_TOTAAL);
      const soort = SOORTEN.find((s) => (r -= s.gewicht) <= 0)!;
      const gemeenteIds =
        soort.schaal === 'REGIONAAL'
          ? regio.gemeenten.map((g) => g.id)
          : random
              .sample(regio.gemeenten, soort.schaal === 'LOKAAL' ? 1 : random.int(2, 5))
              .map((g) => g.id);
      const taakhouder =
        soort.wettelijkeBasis === 'TAAK_VAN_EEN_PARTIJ'
          ? ((perType.get(soort.partijen[0]!) ?? [])[0] ?? null)
          : null;
      const beschreven = random.chance(0.7);
      const id = p(`k${n}`);
      const gegevens: KnooppuntGegevens = {
        ...ONBESCHREVEN_KNOOPPUNT,
        naam: `${soort.naam} ${n} (synthetisch)`,
        regioId: regio.id,
        functie: soort.functie,
        werkproces: soort.werkproces,
        wettelijkeBasis: soort.wettelijkeBasis,
        samenstelling: soort.samenstelling,
        schaal: soort.schaal,
        themaIds: random.sample(soort.themas, random.int(1, soort.themas.length)),
        gemeenteIds,
        signalen: soort.signalen,
        uitsluitingen: soort.uitsluitingen ?? [],
        wetten: [],
        aanpalend: [],
        taakhouderId: taakhouder,
        belegdBijId: taakhouder ?? (perType.get('GEMEENTE') ?? [])[0] ?? null,
        doel: beschreven ? `Synthetisch doel van ${soort.naam.toLowerCase()}.` : null,
        aanmeldcriteria: beschreven
          ? `Synthetische aanmeldcriteria: ${soort.signalen.join(', ').toLowerCase()}.`
          : null,
        convenant: beschreven
          ? { status: 'VASTGESTELD', datum: '2024-01-01', geldigTot: null }
          : { status: 'ONBEKEND', datum: null, geldigTot: null },
        dpia: random.chance(0.4)
          ? { status: 'VASTGESTELD', datum: '2024-06-01', geldigTot: null }
          : { status: 'ONTBREEKT', datum: null, geldigTot: null },
      };
      items.push({ kind: 'knooppunt', id, gegevens });
      knooppunten.push({ id, soort, functie: soort.functie });

      const partijen = new Set<string>();
      for (const type of soort.partijen) {
        const kandidaten = perType.get(type);
        if (kandidaten && random.chance(0.85)) partijen.add(random.pick(kandidaten));
      }
      for (const organisatieId of partijen) {
        const type = organisaties.get(organisatieId)!;
        const deelname: DeelnameGegevens = {
          organisatieId,
          knooppuntId: id,
          rol: random.pick(ROLLEN),
          taak: random.chance(0.8) ? 'Synthetische taak' : null,
          wetten: [],
          grondslag: random.chance(0.1)
            ? 'AVG_6_1_A_TOESTEMMING'
            : GRONDSLAG_VOOR[type.privacykader],
          beroepsgeheim: type.beroepsgeheim !== null,
          beroepsgeheimRegeling:
            type.beroepsgeheim !== null && random.chance(0.6) ? 'TOESTEMMING' : null,
          bijzondereGegevens: random.chance(0.5),
          strafrechtelijkeGegevens: type.privacykader !== 'AVG',
          bsn: random.chance(0.3),
          verwerkingsbasisBijzonder: null,
          convenantpartner: beschreven,
          noodzaak: null,
          geheimhoudingOfVerstrekking: null,
        };
        items.push({ kind: 'deelname', id: `${id}-${organisatieId}`, gegevens: deelname });
      }
    }

    // Routes: every meldpunt refers to a few tables; some tables escalate to a regional one.
    const tafels = knooppunten.filter((k) => k.functie === 'OVERLEGTAFEL');
    const regionaal = tafels.filter((k) => k.soort.schaal === 'REGIONAAL');
    const route = (van: string, naar: string, soort: OverdrachtSoort) => {
      const partner = random.chance(0.75);
      const gegevens: OverdrachtGegevens = {
        vanId: van,
        naarId: naar,
        soort,
        criteria: random.chance(0.6) ? 'Synthetische criteria voor overdracht.' : null,
        aanmeldingDoor: partner
          ? 'PARTNER'
          : random.pick(['KNOOPPUNT_ZELF', 'NIET_VASTGELEGD'] as const),
        aanmelderId: partner ? random.pick(perType.get('GEMEENTE')!) : null,
        informatie: random.chance(0.5) ? 'Synthetisch: naam, adres, reden van aanmelding.' : null,
        warm: random.chance(0.5),
        clientGeinformeerdDoor: null,
      };
      items.push({ kind: 'overdracht', id: `${van}-${naar}-${soort.toLowerCase()}`, gegevens });
    };
    for (const meldpunt of knooppunten.filter((k) => k.functie === 'MELDPUNT')) {
      for (const tafel of random.sample(tafels, random.int(2, 5)))
        route(meldpunt.id, tafel.id, 'DOORVERWIJZING');
    }
    for (const tafel of tafels) {
      const naar = random.pick(regionaal.length > 0 ? regionaal : tafels);
      if (naar.id !== tafel.id && random.chance(0.5)) route(tafel.id, naar.id, 'OPSCHALING');
    }
  }
  return items;
}
