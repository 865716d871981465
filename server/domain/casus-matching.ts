// SPDX-License-Identifier: EUPL-1.2
// Which knooppunt fits a casus? H §1.3 vraag 1 ("hoe bepaal je wat de juiste 'tafel' is"), §2.6
// ("Welke overlegtafel is het meest geschikt ... Bij welke tafels kan deze casus nog meer
// terechtgekomen zijn?"), §4.2 (criteria at the start of the work process), and the IBD criteria
// "Aanpak multiproblematiek". A casus is described in general terms only; nothing about the
// person. Pure and explainable: every score comes with the reasons in words.
import { leeftijdPast } from './knooppunt-filter.ts';
import type { Knooppunt, Organisatie, Signaal } from './model.ts';
import type { RegistryIndex } from './registry-index.ts';
import { findRoutes, type Route } from './routes.ts';

export interface Casus {
  themaIds: readonly string[];
  leeftijd: { van: number | null; tot: number | null } | null;
  gemeenteId: string | null;
  signalen: readonly Signaal[];
  /** Parties already involved (organisatie ids). */
  betrokkenOrganisatieIds: readonly string[];
  /** The user's own knooppunt, to show the route from there. */
  vanKnooppuntId: string | null;
}

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
};

export interface Match {
  knooppunt: Knooppunt;
  score: number;
  /** Placed first because of acute danger or domestic violence and its own legal task. */
  voorrang: string | null;
  voldaan: string[];
  nietVoldaan: string[];
  inWerkgebied: boolean | null;
  /** The shortest route from the user's own knooppunt, when they named one and one exists. */
  route: Route | null;
  /** Who can do the aanmelding: involved parties that take part here, else every partner. */
  aanmelders: { organisatie: Organisatie; alBetrokken: boolean }[];
}

export interface MatchResult {
  passend: Match[];
  /** Other tables whose criteria the casus meets in full: where it may already be (H §2.6). */
  elders: Match[];
  /** Set when nothing fits: a gap worth reporting to the bestuurder. */
  lacune: string | null;
}

const THEMA_GEWICHT = 3;
const SIGNAAL_GEWICHT = 2;
const SPECIFIEK_GEWICHT = 4;

/** A scored knooppunt; reasons are put into words only for the ones returned. */
interface Beoordeling extends Omit<Match, 'voldaan' | 'nietVoldaan'> {
  voldaan: (() => string)[];
  nietVoldaan: (() => string)[];
}

function beoordeel(index: RegistryIndex, casus: Casus, k: Knooppunt): Beoordeling | null {
  const voldaan: (() => string)[] = [];
  const nietVoldaan: (() => string)[] = [];
  let score = 0;

  const themas = k.themaIds.filter((t) => casus.themaIds.includes(t));
  const naam = (id: string) => index.themas.get(id)?.naam.toLowerCase() ?? id;
  if (themas.length > 0) {
    voldaan.push(() => `pakt ${themas.map(naam).join(', ')} op`);
    // A table made for these themes fits better than a broad one that also has them.
    const specifiek = themas.length / k.themaIds.length;
    if (specifiek >= 0.5)
      voldaan.push(
        () =>
          `is gericht op deze problematiek (${themas.length} van zijn ${k.themaIds.length} thema's)`,
      );
    score += THEMA_GEWICHT * themas.length + Math.round(SPECIFIEK_GEWICHT * specifiek);
  } else if (casus.themaIds.length > 0) {
    nietVoldaan.push(() => "pakt geen van de thema's van deze casus op");
  }

  const signalen = k.signalen.filter((s) => casus.signalen.includes(s));
  for (const s of signalen) voldaan.push(() => SIGNAAL_OMSCHRIJVING[s]);
  score += SIGNAAL_GEWICHT * signalen.length;
  for (const s of k.signalen.filter((s) => !casus.signalen.includes(s))) {
    nietVoldaan.push(() => `bedoeld voor casussen waarin ${SIGNAAL_OMSCHRIJVING[s]}`);
    score -= 1;
  }
  // A groepsaanpak is for groups only, and a group is not casework for one person (Bijlage 1.3).
  if (casus.signalen.includes('GROEP') !== (k.werkproces === 'GROEPSAANPAK')) {
    nietVoldaan.push(() =>
      k.werkproces === 'GROEPSAANPAK' ? 'werkt alleen met groepen' : 'werkt niet met groepen',
    );
    score -= THEMA_GEWICHT;
  }
  if (themas.length === 0 && signalen.length === 0) return null;

  // Hard criteria: the age band and the werkgebied.
  if (casus.leeftijd && !leeftijdPast(k, casus.leeftijd)) return null;
  if (casus.leeftijd && (k.leeftijdMin !== null || k.leeftijdMax !== null))
    voldaan.push(() => 'de leeftijd past bij de doelgroep');
  const inWerkgebied = casus.gemeenteId === null ? null : k.gemeenteIds.includes(casus.gemeenteId);
  if (inWerkgebied === false) return null;
  if (inWerkgebied)
    voldaan.push(
      () => `werkt in ${index.gemeenten.get(casus.gemeenteId!)?.naam ?? casus.gemeenteId!}`,
    );

  const acuut = casus.signalen.includes('ACUUT_GEVAAR') && k.signalen.includes('ACUUT_GEVAAR');
  const hg =
    casus.signalen.includes('HUISELIJK_GEWELD_OF_KINDERMISHANDELING') &&
    k.signalen.includes('HUISELIJK_GEWELD_OF_KINDERMISHANDELING');
  // "Bijvoorbeeld het meldpunt Veilig Thuis en het meldpunt Wvggz zijn beide wel op een eigen
  // wettelijke taak gebaseerd en kunnen dus zelf meldingen doorzetten" (H §4.3 fase 4).
  const voorrang =
    k.functie === 'MELDPUNT' && k.wettelijkeBasis === 'WETTELIJK_GEREGELD' && (acuut || hg)
      ? `${hg ? 'Signalen van huiselijk geweld of kindermishandeling' : 'Acuut gevaar'}: eerst naar een knooppunt met die wettelijke taak, dat zelf kan handelen en doorzetten (H §4.3 fase 4).`
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
      alAanTafel
        .map((d) => index.organisaties.get(d.organisatieId)?.naam ?? d.organisatieId)
        .join(', ');
    voldaan.push(() => `${namen()} ${alAanTafel.length === 1 ? 'neemt' : 'nemen'} hier al deel`);
    score += Math.min(alAanTafel.length, 3);
  }

  return {
    knooppunt: k,
    score,
    voorrang,
    voldaan,
    nietVoldaan,
    inWerkgebied,
    route: null,
    aanmelders: [],
  };
}

/** Who can do the aanmelding: the knooppunt's partners, those already involved first. */
function aanmeldersVan(index: RegistryIndex, casus: Casus, k: Knooppunt): Match['aanmelders'] {
  const betrokken = new Set(casus.betrokkenOrganisatieIds);
  return (index.deelnamesVanKnooppunt.get(k.id) ?? [])
    .map((d) => index.organisaties.get(d.organisatieId))
    .filter((o) => o !== undefined)
    .map((organisatie) => ({ organisatie, alBetrokken: betrokken.has(organisatie.id) }))
    .sort(
      (a, b) =>
        Number(b.alBetrokken) - Number(a.alBetrokken) ||
        a.organisatie.naam.localeCompare(b.organisatie.naam, 'nl'),
    );
}

/** At most `max` fits and `max` other tables are returned, with their aanmelders and routes. */
export function matchCasus(index: RegistryIndex, casus: Casus, max = 20): MatchResult {
  // Only knooppunten working in the gemeente can fit, when one is given; otherwise only those
  // sharing a theme or a signal (beoordeel refuses the rest either way).
  const kandidaten =
    casus.gemeenteId !== null
      ? (index.knooppuntenVanGemeente.get(casus.gemeenteId) ?? [])
      : new Set([
          ...casus.themaIds.flatMap((t) => index.knooppuntenVanThema.get(t) ?? []),
          ...casus.signalen.flatMap((s) => index.knooppuntenVanSignaal.get(s) ?? []),
        ]);
  const matches = [...kandidaten]
    .map((k) => beoordeel(index, casus, k))
    .filter((m): m is Beoordeling => m !== null && m.score > 0)
    .sort(
      (a, b) =>
        Number(b.voorrang !== null) - Number(a.voorrang !== null) ||
        b.score - a.score ||
        index.positieOpNaam.get(a.knooppunt.id)! - index.positieOpNaam.get(b.knooppunt.id)!,
    );
  const words = (b: Beoordeling): Match => ({
    ...b,
    voldaan: b.voldaan.map((f) => f()),
    nietVoldaan: b.nietVoldaan.map((f) => f()),
  });
  const passend = matches.slice(0, max).map(words);
  const elders = matches
    .slice(1)
    .filter((m) => m.knooppunt.functie === 'OVERLEGTAFEL' && m.nietVoldaan.length === 0)
    .slice(0, max)
    .map(words);
  const shortest = new Map<string, Route>();
  if (casus.vanKnooppuntId && index.knooppunten.has(casus.vanKnooppuntId)) {
    for (const route of findRoutes(index, casus.vanKnooppuntId).routes) {
      const naar = route.stappen.at(-1)!.naar.id;
      if (!shortest.has(naar)) shortest.set(naar, route);
    }
  }
  for (const m of new Set([...passend, ...elders])) {
    m.route = shortest.get(m.knooppunt.id) ?? null;
    m.aanmelders = aanmeldersVan(index, casus, m.knooppunt);
  }
  return {
    passend,
    elders,
    lacune:
      matches.length === 0
        ? 'Deze casus past bij geen enkel knooppunt in het register. Dat kan een lacune zijn: meld het aan de regionale beheerder, zodat de bestuurders het kunnen wegen (H §2.6).'
        : null,
  };
}
