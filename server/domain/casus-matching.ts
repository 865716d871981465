// SPDX-License-Identifier: EUPL-1.2
// Which knooppunt fits a casus? H §1.3 vraag 1 ("hoe bepaal je wat de juiste 'tafel' is"), §2.6
// ("Welke overlegtafel is het meest geschikt ... Bij welke tafels kan deze casus nog meer
// terechtgekomen zijn?"), §4.2 (criteria at the start of the work process), and the IBD criteria
// "Aanpak multiproblematiek". A casus is described in general terms only; nothing about the
// person. Pure and explainable: every score comes with the reasons in words.
//
// What a professional acts on, so what must hold (issue 18, domain review §8):
// - acute danger: what to do now (112, the crisisdienst, Veilig Thuis) comes before any table;
// - a knooppunt is passend only when it takes up the problematiek of the casus (a shared thema, or
//   signals of domestic violence at a knooppunt for them) and the casus meets its conditions;
//   voorrang goes only to such a knooppunt, never to a meldpunt for other problematiek;
// - when nothing passend remains, the result reports a lacune, naming the themas the coverage
//   matrix (coverage.ts) also shows as lacunes;
// - the user's own knooppunt is not recommended to itself;
// - `elders` lists only tables whose criteria the casus meets in full.
import { rangorde, SIGNAAL_GEWICHT, SPECIFIEK_GEWICHT, THEMA_GEWICHT } from './casus-rangorde.ts';
import { ongedekteThemas } from './coverage.ts';
import { leeftijdPast } from './knooppunt-filter.ts';
import {
  VOORWAARDE_SIGNALEN,
  type Knooppunt,
  type Organisatie,
  type Signaal,
  type Thema,
} from './model.ts';
import { byNaam, type RegistryIndex } from './registry-index.ts';
import { findRoutes, type Route } from './routes.ts';
import { aantal, inZin, opsomming } from './taal.ts';

export interface Casus {
  themaIds: readonly string[];
  leeftijd: { van: number | null; tot: number | null } | null;
  gemeenteId: string | null;
  signalen: readonly Signaal[];
  /** Parties already involved (organisatie ids). */
  betrokkenOrganisatieIds: readonly string[];
  /** The user's own knooppunt: to show the route from there, and never to recommend it to itself. */
  vanKnooppuntId: string | null;
}

/** Each signal as a statement, for the criteria a casus meets. */
export const SIGNAAL_OMSCHRIJVING: Record<Signaal, string> = {
  MEERDERE_PROBLEMEN: 'er spelen meerdere problemen',
  CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG:
    'de problematiek kan leiden tot crimineel of overlastgevend gedrag',
  SAMENWERKING_NODIG: 'samenwerking tussen partijen is nodig om effectief te zijn',
  IMPACT_OP_OMGEVING: 'er is impact op het gezin of de sociale omgeving',
  ERNSTIG_LOKAAL_VEILIGHEIDSPROBLEEM:
    'er is ernstige lokale of gebiedsgebonden veiligheidsproblematiek',
  ACUUT_GEVAAR: 'er is acuut gevaar',
  HUISELIJK_GEWELD_OF_KINDERMISHANDELING:
    'er zijn signalen van huiselijk geweld of kindermishandeling',
  GROEP: 'het gaat om een groep',
  DETENTIE: 'de persoon zit in detentie of komt daar binnenkort uit',
  GEWELDSDELICTEN: 'de persoon heeft ernstige geweldsdelicten gepleegd',
};

/** Each signal as a subordinate clause, after "casussen waarin" (Dutch word order). */
export const SIGNAAL_BIJZIN: Record<Signaal, string> = {
  MEERDERE_PROBLEMEN: 'meerdere problemen spelen',
  CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG:
    'de problematiek tot crimineel of overlastgevend gedrag kan leiden',
  SAMENWERKING_NODIG: 'samenwerking tussen partijen nodig is om effectief te zijn',
  IMPACT_OP_OMGEVING: 'de problematiek impact heeft op het gezin of de sociale omgeving',
  ERNSTIG_LOKAAL_VEILIGHEIDSPROBLEEM:
    'ernstige lokale of gebiedsgebonden veiligheidsproblematiek speelt',
  ACUUT_GEVAAR: 'er acuut gevaar is',
  HUISELIJK_GEWELD_OF_KINDERMISHANDELING:
    'er signalen van huiselijk geweld of kindermishandeling zijn',
  GROEP: 'het om een groep gaat',
  DETENTIE: 'de persoon in detentie zit of daar binnenkort uitkomt',
  GEWELDSDELICTEN: 'de persoon ernstige geweldsdelicten heeft gepleegd',
};

export interface Match {
  knooppunt: Knooppunt;
  score: number;
  /** Placed first: a meldpunt with its own legal task for exactly this problematiek. */
  voorrang: string | null;
  voldaan: string[];
  nietVoldaan: string[];
  inWerkgebied: boolean | null;
  /** The shortest route from the user's own knooppunt, when they named one and one exists. */
  route: Route | null;
  /**
   * Who can do the aanmelding. An overlegtafel: its partners, those already involved first. A
   * meldpunt: anyone may report there, so the parties already involved.
   */
  aanmelders: readonly { readonly organisatie: Organisatie; readonly alBetrokken: boolean }[];
}

/** Whom to call, in this order, when there is acute danger. */
export interface AcuutStap {
  wie: string;
  nummer: string | null;
  wanneer: string;
}

/** What to do in acute danger, before any table. */
export interface AcuutAdvies {
  kop: string;
  stappen: AcuutStap[];
  /** What the knooppunten of the result are for then. */
  daarna: string;
  bron: string;
}

export interface MatchResult {
  /** Set when the casus has acute danger: what to do first, before any table. */
  acuut: AcuutAdvies | null;
  /** Knooppunten that take up this problematiek and whose conditions the casus meets, best first. */
  passend: Match[];
  /** Other knooppunten whose criteria the casus meets in full: where it may already be (H §2.6). */
  elders: Match[];
  /** Knooppunten for this problematiek whose conditions the casus does not meet: not passend. */
  verwant: Match[];
  /** Themas of the casus no knooppunt takes up there: the lacunes of the coverage matrix. */
  ongedekteThemas: Thema[];
  /** Set when nothing passend remains: a gap worth reporting to the bestuurder. */
  lacune: string | null;
  /** Set when the user's own knooppunt fits too: it is not recommended to itself. */
  eigen: string | null;
  /** How many knooppunten each list would name without the limit. */
  aantalPassend: number;
  aantalElders: number;
  aantalVerwant: number;
}

const HG: Signaal = 'HUISELIJK_GEWELD_OF_KINDERMISHANDELING';
const VOORWAARDEN: ReadonlySet<Signaal> = new Set(VOORWAARDE_SIGNALEN);

/**
 * Acute danger is not a matter for a meldpunt or overlegtafel: whoever is in danger now needs 112,
 * the crisisdienst or Veilig Thuis first. H §4.5: "Als er een acuut risico is op levensgevaar of
 * ernstig letsel mag een professional ook gegevens ... verstrekken" (noodsituatie); H §2.3 names
 * "meldpunten niet-acute zorg" apart. Signals of domestic violence put Veilig Thuis before the
 * crisisdienst; otherwise the crisisdienst comes second.
 */
export function acuutAdvies(casus: Pick<Casus, 'signalen'>): AcuutAdvies | null {
  if (!casus.signalen.includes('ACUUT_GEVAAR')) return null;
  const alarm: AcuutStap = {
    wie: 'Alarmnummer',
    nummer: '112',
    wanneer: 'Bij direct gevaar voor leven of gezondheid, of als er nu geweld is.',
  };
  const crisisdienst: AcuutStap = {
    wie: 'Crisisdienst (GGZ)',
    nummer: null,
    wanneer:
      'Bij een acute psychische crisis. Bel de huisarts of, buiten kantoortijd, de huisartsenpost: die schakelt de crisisdienst in. Is er direct gevaar, bel dan 112.',
  };
  const veiligThuis: AcuutStap = {
    wie: 'Veilig Thuis',
    nummer: '0800-2000',
    wanneer:
      'Bij acute onveiligheid door huiselijk geweld of kindermishandeling. Gratis, dag en nacht bereikbaar, voor advies of een melding.',
  };
  return {
    kop: 'Is er nu acuut gevaar? Bel dan eerst. Wacht niet op een meldpunt of overlegtafel.',
    stappen: casus.signalen.includes(HG)
      ? [alarm, veiligThuis, crisisdienst]
      : [alarm, crisisdienst, veiligThuis],
    daarna:
      'De knooppunten hieronder zijn voor daarna: een overlegtafel is er niet voor acuut gevaar.',
    bron: 'Bij een acuut risico op levensgevaar of ernstig letsel mag een professional gegevens delen, ook met een beroepsgeheim (noodsituatie, H §4.5).',
  };
}

/** A scored knooppunt; reasons are put into words only for the ones returned. */
export interface Beoordeling extends Omit<Match, 'voldaan' | 'nietVoldaan'> {
  voldaan: (() => string)[];
  nietVoldaan: (() => string)[];
  /** The casus meets the knooppunt's conditions (group or not, DETENTIE, GEWELDSDELICTEN). */
  voorwaardenGehaald: boolean;
}

/**
 * Null when the knooppunt does not take up this problematiek, or is outside age band or werkgebied.
 * The same rules as casus-rangorde.ts, which ranks in numbers; this one gives the reasons.
 */
export function beoordeel(index: RegistryIndex, casus: Casus, k: Knooppunt): Beoordeling | null {
  // Hard criteria: the age band and the werkgebied.
  if (casus.leeftijd && !leeftijdPast(k, casus.leeftijd)) return null;
  const inWerkgebied = casus.gemeenteId === null ? null : k.gemeenteIds.includes(casus.gemeenteId);
  if (inWerkgebied === false) return null;

  const themas = k.themaIds.filter((t) => casus.themaIds.includes(t));
  const signalen = k.signalen.filter((s) => casus.signalen.includes(s));
  // The problematiek must fit: a shared thema, or signals of domestic violence at a knooppunt
  // that is there for them. Sharing only a signal such as "acuut gevaar" or "meerdere problemen"
  // is no fit: most meldpunten exist for "één specifieke (wettelijke) taak" (H §2.3), and a table
  // is organised "rond een bepaalde maatschappelijke opgave, doelgroep of situatie" (H §2.3).
  const hg = signalen.includes(HG);
  if (themas.length === 0 && !hg) return null;

  const voldaan: (() => string)[] = [];
  const nietVoldaan: (() => string)[] = [];
  const voorwaarden: (() => string)[] = [];
  let score = 0;

  const naam = (id: string) => inZin(index.themas.get(id)?.naam ?? id);
  if (themas.length > 0) {
    voldaan.push(() => `pakt ${opsomming(themas.map(naam))} op`);
    // A table made for these themes fits better than a broad one that also has them.
    const specifiek = themas.length / k.themaIds.length;
    if (specifiek === 1) voldaan.push(() => 'is op precies deze problematiek gericht');
    else if (specifiek >= 0.5)
      voldaan.push(
        () =>
          `is vooral op deze problematiek gericht (${themas.length} van zijn ${aantal(k.themaIds.length, 'thema', "thema's")})`,
      );
    score += THEMA_GEWICHT * themas.length + Math.round(SPECIFIEK_GEWICHT * specifiek);
  } else if (casus.themaIds.length > 0) {
    nietVoldaan.push(() => "pakt geen van de gekozen thema's op");
  }

  for (const s of signalen) voldaan.push(() => SIGNAAL_OMSCHRIJVING[s]);
  score += SIGNAAL_GEWICHT * signalen.length;
  for (const s of k.signalen.filter((s) => !casus.signalen.includes(s))) {
    // A knooppunt that can act on acute danger (Veilig Thuis) is not only for acute casussen.
    if (s === 'ACUUT_GEVAAR') continue;
    if (VOORWAARDEN.has(s)) {
      voorwaarden.push(() => `alleen voor casussen waarin ${SIGNAAL_BIJZIN[s]}`);
    } else {
      nietVoldaan.push(() => `bedoeld voor casussen waarin ${SIGNAAL_BIJZIN[s]}`);
      score -= 1;
    }
  }
  // What its criteria exclude: "Alleen casussen die voldoen aan de criteria worden in behandeling
  // genomen" (H §4.2); a meldpunt niet-acute zorg is not for acute danger (H §2.3).
  for (const s of k.uitsluitingen.filter((s) => casus.signalen.includes(s)))
    voorwaarden.push(() => `niet voor casussen waarin ${SIGNAAL_BIJZIN[s]}`);
  // A groepsaanpak is for groups only, and a group is not casework for one person (Bijlage 1.3).
  if (casus.signalen.includes('GROEP') !== (k.werkproces === 'GROEPSAANPAK')) {
    voorwaarden.push(() =>
      k.werkproces === 'GROEPSAANPAK' ? 'werkt alleen met groepen' : 'werkt niet met groepen',
    );
  }

  if (casus.leeftijd && (k.leeftijdMin !== null || k.leeftijdMax !== null))
    voldaan.push(() => 'de leeftijd past bij de doelgroep');
  if (inWerkgebied)
    voldaan.push(
      () => `werkt in ${index.gemeenten.get(casus.gemeenteId!)?.naam ?? casus.gemeenteId!}`,
    );

  // Voorrang only for a meldpunt with its own legal task for exactly this problematiek: the thema
  // fits (checked above) and it is meant for the danger the casus signals. "Het meldpunt Veilig
  // Thuis en het meldpunt Wvggz zijn beide wel op een eigen wettelijke taak gebaseerd en kunnen
  // dus zelf meldingen doorzetten" (H §4.3 fase 4); iedereen mag aan Veilig Thuis verstrekken
  // "als dat noodzakelijk is om een vermoeden ... te onderzoeken" (H §5.3).
  const acuut = casus.signalen.includes('ACUUT_GEVAAR') && k.signalen.includes('ACUUT_GEVAAR');
  const wettelijkMeldpunt = k.functie === 'MELDPUNT' && k.wettelijkeBasis === 'WETTELIJK_GEREGELD';
  const voorrang =
    voorwaarden.length > 0 || !wettelijkMeldpunt
      ? null
      : hg
        ? 'Signalen van huiselijk geweld of kindermishandeling: meld eerst hier. Dit meldpunt heeft daarvoor een eigen wettelijke taak, kan zelf doorzetten naar andere partijen, en iedereen mag er melden (H §2.3, §4.3 fase 4, §5.3).'
        : acuut
          ? 'Acuut gevaar bij deze problematiek: meld, na 112 of de crisisdienst, eerst hier. Dit meldpunt heeft daarvoor een eigen wettelijke taak en kan zelf doorzetten naar andere partijen (H §2.3, §4.3 fase 4).'
          : null;

  // Parties already on the casus that sit at this table can bring it in and work on together.
  const alAanTafel =
    casus.betrokkenOrganisatieIds.length === 0
      ? []
      : (index.deelnamesVanKnooppunt.get(k.id) ?? []).filter((d) =>
          casus.betrokkenOrganisatieIds.includes(d.organisatieId),
        );
  if (alAanTafel.length > 0) {
    const namen = () =>
      opsomming(
        alAanTafel.map((d) => index.organisaties.get(d.organisatieId)?.naam ?? d.organisatieId),
      );
    voldaan.push(() => `${namen()} ${alAanTafel.length === 1 ? 'neemt' : 'nemen'} hier al deel`);
    score += Math.min(alAanTafel.length, 3);
  }

  return {
    knooppunt: k,
    score,
    voorrang,
    voldaan,
    nietVoldaan: [...voorwaarden, ...nietVoldaan],
    voorwaardenGehaald: voorwaarden.length === 0,
    inWerkgebied,
    route: null,
    aanmelders: [],
  };
}

/**
 * Who can do the aanmelding. At an overlegtafel a partner does it, on the most relevant task (H
 * §4.3 fase 4, §5.3): its partners, those already involved first. A meldpunt takes reports from
 * professionals and citizens alike (Bijlage 1.1; for Veilig Thuis H §5.3): the parties already
 * involved can report themselves, whether or not they take part in it.
 */
function aanmeldersVan(
  index: RegistryIndex,
  betrokken: ReadonlySet<string>,
  k: Knooppunt,
): Match['aanmelders'] {
  const aanmelder = (organisatie: Organisatie) => ({
    organisatie,
    alBetrokken: betrokken.has(organisatie.id),
  });
  if (k.functie === 'MELDPUNT')
    return [...betrokken]
      .map((id) => index.organisaties.get(id))
      .filter((o) => o !== undefined)
      .sort(byNaam)
      .map(aanmelder);
  const { partners, zonderBetrokken } = partnersVan(index, k);
  if (betrokken.size === 0) return zonderBetrokken;
  return [
    ...partners.filter((o) => betrokken.has(o.id)),
    ...partners.filter((o) => !betrokken.has(o.id)),
  ].map(aanmelder);
}

interface Partners {
  /** Each once, by name. */
  readonly partners: readonly Organisatie[];
  /** As aanmelders of a casus without parties involved (most): made once, not per casus. */
  readonly zonderBetrokken: Match['aanmelders'];
}

/** Per registry view and tafel: its partners (a casus asks for them often). */
const partnersPerView = new WeakMap<RegistryIndex, Map<string, Partners>>();

function partnersVan(index: RegistryIndex, k: Knooppunt): Partners {
  let perTafel = partnersPerView.get(index);
  if (!perTafel) partnersPerView.set(index, (perTafel = new Map<string, Partners>()));
  let partners = perTafel.get(k.id);
  if (!partners) {
    const ids = new Set((index.deelnamesVanKnooppunt.get(k.id) ?? []).map((d) => d.organisatieId));
    const lijst = [...ids]
      .map((id) => index.organisaties.get(id))
      .filter((o) => o !== undefined)
      .sort(byNaam);
    partners = {
      partners: lijst,
      zonderBetrokken: lijst.map((organisatie) => ({ organisatie, alBetrokken: false })),
    };
    perTafel.set(k.id, partners);
  }
  return partners;
}

function lacuneTekst(
  index: RegistryIndex,
  casus: Casus,
  ongedekt: readonly Thema[],
  verwant: boolean,
): string {
  const waar =
    casus.gemeenteId === null
      ? 'in het register'
      : `in ${index.gemeenten.get(casus.gemeenteId)?.naam ?? casus.gemeenteId}`;
  return [
    `Deze casus past bij geen enkel knooppunt ${waar}.`,
    ongedekt.length > 0
      ? `Voor ${opsomming(ongedekt.map((t) => inZin(t.naam)))} is er ${waar} geen knooppunt${casus.leeftijd ? ' voor deze leeftijd' : ''}; het dekkingsoverzicht voor bestuurders toont dat ook als lacune.`
      : '',
    verwant
      ? 'Er zijn wel knooppunten voor deze problematiek, maar de casus voldoet niet aan hun voorwaarden.'
      : '',
    'Dat kan een lacune zijn: meld het aan de regionale beheerder, zodat de bestuurders het kunnen wegen (H §2.6).',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * At most `max` fits, `max` other tables and `max` related ones, with aanmelders and routes, and
 * how many there are in all: a professional reads the best few (the page shows ten at a time).
 */
export function matchCasus(index: RegistryIndex, casus: Casus, max = 20): MatchResult {
  // Which knooppunten, in which order, in numbers over the candidates only (casus-rangorde.ts);
  // the reasons are put into words for these alone.
  const orde = rangorde(index, casus, max);
  const words = (k: Knooppunt): Match => {
    const b = beoordeel(index, casus, k)!;
    return {
      knooppunt: k,
      score: b.score,
      voorrang: b.voorrang,
      voldaan: b.voldaan.map((f) => f()),
      nietVoldaan: b.nietVoldaan.map((f) => f()),
      inWerkgebied: b.inWerkgebied,
      route: null,
      aanmelders: [],
    };
  };
  // The user's own knooppunt is where the casus comes from: never recommended to itself.
  const eigen = orde.eigen;
  const passend = orde.passend.map(words);
  // Meldpunten too: a melding there may already be under way (H §2.6 stap 1, "Bij welke tafels
  // kan deze casus nog meer terechtgekomen zijn?").
  const elders = orde.elders.map(words);
  const verwant = orde.verwant.map(words);

  const shortest = new Map<string, Route>();
  if (casus.vanKnooppuntId && index.knooppunten.has(casus.vanKnooppuntId)) {
    for (const route of findRoutes(index, casus.vanKnooppuntId).routes) {
      const naar = route.stappen.at(-1)!.naar.id;
      if (!shortest.has(naar)) shortest.set(naar, route);
    }
  }
  const betrokken = new Set(casus.betrokkenOrganisatieIds);
  for (const m of [...passend, ...elders, ...verwant]) {
    m.route = shortest.get(m.knooppunt.id) ?? null;
    m.aanmelders = aanmeldersVan(index, betrokken, m.knooppunt);
  }

  const ongedekt = ongedekteThemas(index, casus.themaIds, casus.gemeenteId, casus.leeftijd);
  const beschreven = casus.themaIds.length > 0 || casus.signalen.includes(HG);
  return {
    acuut: acuutAdvies(casus),
    passend,
    elders,
    verwant,
    ongedekteThemas: ongedekt,
    lacune:
      passend.length === 0 && eigen === null && beschreven
        ? lacuneTekst(index, casus, ongedekt, verwant.length > 0)
        : null,
    eigen: eigen
      ? `Ook uw eigen knooppunt, ${eigen.naam}, past bij deze casus. De lijst noemt alleen andere knooppunten.`
      : null,
    aantalPassend: orde.aantal.passend,
    aantalElders: orde.aantal.elders,
    aantalVerwant: orde.aantal.verwant,
  };
}
