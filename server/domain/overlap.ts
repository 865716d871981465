// SPDX-License-Identifier: EUPL-1.2
// Overlap for the bestuurder (H §2.6: "Kunnen we vereenvoudigen door knooppunten samen te
// voegen?"; §2.3 fragmentation). Pairs of knooppunten of a region that share themas, werkgebied,
// doelgroep and partijen, scored, with the reasons in words, and what to do with the pair. Overlap
// in data alone does not make two knooppunten mergeable: their functie, werkproces and wettelijke
// basis decide whether merging is lawful and sensible, so each pair carries the advice that fits.
import { ENUM_LABELS } from './enum-labels.ts';
import type { Gelezen } from './gelezen.ts';
import { filterKnooppunten } from './knooppunt-filter.ts';
import type { Knooppunt } from './model.ts';
import type { RegistryIndex } from './registry-index.ts';
import { aantal, inZin, opsomming } from './taal.ts';

/** What a bestuurder can do with an overlapping pair, most actionable first. */
const OVERLAP_SOORTEN = [
  'SAMENVOEGEN',
  'INTEGRAAL_MELDPUNT',
  'WERK_VERDELEN',
  'KETENPARTNERS',
] as const;
export type OverlapSoort = (typeof OVERLAP_SOORTEN)[number];

export interface Overlap {
  a: Knooppunt;
  b: Knooppunt;
  /** 0..1: the mean of the four overlaps (themas, werkgebied, doelgroep, partijen). */
  score: number;
  redenen: string[];
  soort: OverlapSoort;
  /** Where the two differ in functie, werkproces or wettelijke basis, in words. */
  verschillen: string[];
  /** What to do with this pair, naming the two. */
  advies: string;
}

const jaccard = <T>(x: readonly T[], y: readonly T[]): number => {
  const a = new Set(x);
  const b = new Set(y);
  const gedeeld = [...a].filter((v) => b.has(v)).length;
  const samen = new Set([...a, ...b]).size;
  return samen === 0 ? 0 : gedeeld / samen;
};

/** Age ranges as a share: the overlap of the two ranges over their union (0..120 when open). */
function leeftijdOverlap(a: Knooppunt, b: Knooppunt): number {
  const [a1, a2, b1, b2] = [
    a.leeftijdMin ?? 0,
    a.leeftijdMax ?? 120,
    b.leeftijdMin ?? 0,
    b.leeftijdMax ?? 120,
  ];
  const gedeeld = Math.max(0, Math.min(a2, b2) - Math.max(a1, b1));
  const samen = Math.max(a2, b2) - Math.min(a1, b1);
  return samen === 0 ? 1 : gedeeld / samen;
}

const label = {
  functie: (k: Knooppunt) => inZin(ENUM_LABELS.Functie[k.functie]),
  werkproces: (k: Knooppunt) => inZin(ENUM_LABELS.Werkproces[k.werkproces]),
  basis: (k: Knooppunt) => inZin(ENUM_LABELS.WettelijkeBasis[k.wettelijkeBasis]),
};

/** Differences in the typering (H §2.5) and werkproces (Bijlage 1), in words. */
function verschillenVan(index: RegistryIndex, a: Knooppunt, b: Knooppunt): string[] {
  const taakhouder = (k: Knooppunt) =>
    k.taakhouderId ? (index.organisaties.get(k.taakhouderId)?.naam ?? k.taakhouderId) : null;
  const verschil = (wat: string, f: (k: Knooppunt) => string) =>
    f(a) === f(b) ? [] : [`${wat}: ${f(a)} en ${f(b)}`];
  return [
    ...verschil('functie', label.functie),
    ...verschil('werkproces', label.werkproces),
    ...verschil('wettelijke basis', label.basis),
    ...(a.wettelijkeBasis === 'TAAK_VAN_EEN_PARTIJ' &&
    b.wettelijkeBasis === 'TAAK_VAN_EEN_PARTIJ' &&
    a.taakhouderId !== b.taakhouderId
      ? [
          `taak van een andere partij: ${taakhouder(a) ?? 'onbekend'} en ${taakhouder(b) ?? 'onbekend'}`,
        ]
      : []),
  ];
}

/**
 * What fits the pair. A meldpunt and an overlegtafel are schakels in one keten, not one knooppunt
 * (H §2.4 element 1, Bijlage 1.1: the meldpunt routes to the table). Two meldpunten with their own
 * legal framework stay apart in law, but can share one integraal meldpunt whose first step is a
 * triage "om te bepalen in welk juridisch kader de melding wordt opgepakt" (H §4.2). A groepsaanpak
 * and individual casework must not run together (Bijlage 1.3), nor signalering and casusoverleg
 * (Bijlage 1.2). A table regulated by law keeps the goal and parties the law gives it (H §2.5).
 */
function soortVan(a: Knooppunt, b: Knooppunt): { soort: OverlapSoort; advies: string } {
  const namen = `${a.naam} en ${b.naam}`;
  if (a.functie !== b.functie) {
    const meldpunt = a.functie === 'MELDPUNT' ? a : b;
    const wettelijk =
      meldpunt.wettelijkeBasis === 'WETTELIJK_GEREGELD'
        ? ` ${meldpunt.naam} is een wettelijk geregeld meldpunt: die wettelijke taak gaat niet op in een overlegtafel.`
        : '';
    return {
      soort: 'KETENPARTNERS',
      advies: `Niet samenvoegen: ${namen} zijn schakels in één keten, een meldpunt en een overlegtafel.${wettelijk} Maak wel afspraken over de overdracht: welke casus het meldpunt doorverwijst, wie aanmeldt en welke informatie mee mag (H §2.4, §5.3).`,
    };
  }
  if (a.functie === 'MELDPUNT') {
    const eigenKader = (k: Knooppunt) => k.wettelijkeBasis !== 'NIET_EXPLICIET';
    const zelfdeKader =
      a.wettelijkeBasis === b.wettelijkeBasis &&
      a.wettelijkeBasis !== 'WETTELIJK_GEREGELD' &&
      a.taakhouderId === b.taakhouderId;
    if ((eigenKader(a) || eigenKader(b)) && !zelfdeKader)
      return {
        soort: 'INTEGRAAL_MELDPUNT',
        advies: `Niet samenvoegen tot één meldpunt: ${namen} hebben elk een eigen juridisch kader. Wel mogelijk: één integraal meldpunt voor beide, met als eerste stap een triage die bepaalt in welk juridisch kader een melding wordt opgepakt (H §4.2).`,
      };
  }
  if (a.werkproces !== b.werkproces) {
    const groep = a.werkproces === 'GROEPSAANPAK' || b.werkproces === 'GROEPSAANPAK';
    return {
      soort: 'WERK_VERDELEN',
      advies: groep
        ? `Niet samenvoegen: een groepsaanpak bespreekt een groep, een casusoverleg één persoon of gezin. Lopen die door elkaar, dan komen gegevens over groepsleden onnodig bij veel partijen (H Bijlage 1.3). Spreek af hoe ${namen} een groepslid doorverwijzen naar een persoonsgerichte aanpak.`
        : `Niet samenvoegen: ${namen} werken verschillend (${label.werkproces(a)} en ${label.werkproces(b)}), met andere gegevens per fase (H Bijlage 1). Spreek af welke casus waar hoort.`,
    };
  }
  const wettelijk = [a, b].filter((k) => k.wettelijkeBasis === 'WETTELIJK_GEREGELD');
  if (wettelijk.length > 0 && a.wettelijkeBasis !== b.wettelijkeBasis)
    return {
      soort: 'WERK_VERDELEN',
      advies: `Niet samenvoegen: ${opsomming(wettelijk.map((k) => k.naam))} is bij wet geregeld, met het doel en de deelnemers die de wet geeft; de andere tafel gaat daar niet zomaar in op (H §2.5). Spreek af welke casus waar hoort.`,
    };
  const anders = a.wettelijkeBasis !== b.wettelijkeBasis || a.taakhouderId !== b.taakhouderId;
  return {
    soort: 'SAMENVOEGEN',
    advies: `Kandidaat om samen te voegen, of om het werk duidelijk te verdelen.${anders ? ' Let op: de wettelijke basis verschilt. Bepaal bij samenvoegen voor elke partij opnieuw op welke taak en grondslag zij deelneemt (H §3.3, §3.7 stap 2).' : ''}`,
  };
}

/** The order of localeCompare(…, 'nl'), without looking the locale up for every comparison. */
const volgorde = new Intl.Collator('nl');

/** What a pair reads besides the two knooppunten: their partijen, and names of themas and organisaties. */
const partijenVan = (index: RegistryIndex) => (k: Knooppunt) =>
  (index.deelnamesVanKnooppunt.get(k.id) ?? []).map((d) => d.organisatieId);

/** The overlap of a and b, or null when they share no thema or gemeente or score below the minimum. */
function paar(
  index: RegistryIndex,
  a: Knooppunt,
  b: Knooppunt,
  minimum: number,
  partijen: (k: Knooppunt) => string[],
): Overlap | null {
  const themas = a.themaIds.filter((t) => b.themaIds.includes(t));
  const gemeenten = a.gemeenteIds.filter((g) => b.gemeenteIds.includes(g));
  if (themas.length === 0 || gemeenten.length === 0) return null;
  const namen = (ids: string[], map: ReadonlyMap<string, { naam: string }>) =>
    ids.map((id) => map.get(id)?.naam ?? id);
  const [pa, pb] = [partijen(a), partijen(b)];
  const delen = [
    jaccard(a.themaIds, b.themaIds),
    jaccard(a.gemeenteIds, b.gemeenteIds),
    leeftijdOverlap(a, b),
    jaccard(pa, pb),
  ];
  const score = delen.reduce((s, x) => s + x, 0) / delen.length;
  if (score < minimum) return null;
  const gedeeldePartijen = pa.filter((p) => pb.includes(p));
  const redenen = [
    `${themas.length === 1 ? 'hetzelfde thema' : "dezelfde thema's"}: ${opsomming(namen(themas, index.themas).map((t) => inZin(t)))}`,
    gemeenten.length === a.gemeenteIds.length && gemeenten.length === b.gemeenteIds.length
      ? 'hetzelfde werkgebied'
      : `${aantal(gemeenten.length, 'gemeente', 'gemeenten')} in beide werkgebieden`,
    ...(delen[2]! >= 0.5 ? ['een overlappende doelgroep'] : []),
    ...(gedeeldePartijen.length > 0
      ? [
          `${aantal(gedeeldePartijen.length, 'gedeelde partij', 'gedeelde partijen')} (${opsomming(namen(gedeeldePartijen, index.organisaties))})`,
        ]
      : []),
    ...(a.functie === b.functie ? [`beide een ${label.functie(a)}`] : []),
  ];
  return {
    a,
    b,
    score: Math.round(score * 100) / 100,
    redenen,
    verschillen: verschillenVan(index, a, b),
    ...soortVan(a, b),
  };
}

/**
 * Strongest first, then by the first one's name, then as the pairs are found (by the places of a
 * and b in the region's list): a total order, so a list updated after a write sorts as a fresh one.
 */
function ordening(knooppunten: readonly Knooppunt[]): (x: Overlap, y: Overlap) => number {
  const plek = new Map(knooppunten.map((k, i) => [k.id, i]));
  const p = (k: Knooppunt) => plek.get(k.id)!;
  return (x, y) =>
    y.score - x.score || volgorde.compare(x.a.naam, y.a.naam) || p(x.a) - p(y.a) || p(x.b) - p(y.b);
}

/**
 * Pairs of knooppunten of a region that overlap on themas, werkgebied, doelgroep and partijen,
 * with what to do with each pair. Only pairs sharing a thema and a gemeente; strongest first.
 */
export function overlap(index: RegistryIndex, regioId: string, minimum = 0.4): Overlap[] {
  const knooppunten = filterKnooppunten(index, { regioIds: [regioId] });
  const partijen = partijenVan(index);
  const paren: Overlap[] = [];
  for (let i = 0; i < knooppunten.length; i++)
    for (let j = i + 1; j < knooppunten.length; j++) {
      const p = paar(index, knooppunten[i]!, knooppunten[j]!, minimum, partijen);
      if (p) paren.push(p);
    }
  return paren.sort(ordening(knooppunten));
}

/**
 * The overlap after a write, from the pairs of the index before it: pairs of knooppunten the
 * write did not touch are kept, and only pairs with a touched knooppunt are computed again (issue
 * 20). Equal to `overlap` on the new index. A knooppunt is touched when it, its deelnames or an
 * organisatie a pair names (partij, taakhouder) changed, or it joined the region. `vorige.knooppunten`
 * are the region's knooppunten in the index before (filterKnooppunten).
 */
export function overlapNa(
  vorige: { index: RegistryIndex; knooppunten: readonly Knooppunt[]; paren: Overlap[] },
  index: RegistryIndex,
  regioId: string,
  minimum = 0.4,
): Overlap[] {
  const oud = vorige.index;
  if (oud.themas !== index.themas) return overlap(index, regioId, minimum);
  const waren = new Map(vorige.knooppunten.map((k) => [k.id, k]));
  // The region's members are the same when the lists they come from are (filterKnooppunten).
  const gemeenten = index.gemeentenVanRegio.get(regioId) ?? [];
  const zelfdeLeden =
    index.positieOpNaam === oud.positieOpNaam &&
    gemeenten === oud.gemeentenVanRegio.get(regioId) &&
    index.knooppuntenVanRegio.get(regioId) === oud.knooppuntenVanRegio.get(regioId) &&
    gemeenten.every(
      (g) => index.knooppuntenVanGemeente.get(g.id) === oud.knooppuntenVanGemeente.get(g.id),
    );
  const knooppunten = zelfdeLeden
    ? vorige.knooppunten
    : filterKnooppunten(index, { regioIds: [regioId] });
  const organisatie = (id: string | null) =>
    id !== null && index.organisaties.get(id) !== oud.organisaties.get(id);
  const deelnames = (k: Knooppunt) => index.deelnamesVanKnooppunt.get(k.id) ?? [];
  const geraakt = new Set(
    knooppunten
      .filter(
        (k) =>
          waren.get(k.id) !== k ||
          index.deelnamesVanKnooppunt.get(k.id) !== oud.deelnamesVanKnooppunt.get(k.id) ||
          (index.organisaties !== oud.organisaties &&
            (organisatie(k.taakhouderId) ||
              deelnames(k).some((d) => organisatie(d.organisatieId)))),
      )
      .map((k) => k.id),
  );
  if (geraakt.size === 0 && knooppunten.length === waren.size) return vorige.paren;
  // Touching many (a change in a partij of many tables) costs as much as starting afresh.
  if (geraakt.size > knooppunten.length / 4) return overlap(index, regioId, minimum);
  const nu = new Set(knooppunten.map((k) => k.id));
  const blijft = (k: Knooppunt) => nu.has(k.id) && !geraakt.has(k.id);
  const behouden = vorige.paren.filter((p) => blijft(p.a) && blijft(p.b));
  const partijen = partijenVan(index);
  const nieuw: Overlap[] = [];
  knooppunten.forEach((a, i) => {
    if (!geraakt.has(a.id)) return;
    knooppunten.forEach((b, j) => {
      // Each pair once, from the first of the two that was touched.
      if (i === j || (geraakt.has(b.id) && j < i)) return;
      const p = i < j ? paar(index, a, b, minimum, partijen) : paar(index, b, a, minimum, partijen);
      if (p) nieuw.push(p);
    });
  });
  const orde = ordening(knooppunten);
  nieuw.sort(orde);
  // Both lists are in order: each new pair goes where halving the kept ones finds its place.
  const paren: Overlap[] = [];
  let x = 0;
  for (const p of nieuw) {
    let [lo, hi] = [x, behouden.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (orde(behouden[mid]!, p) <= 0) lo = mid + 1;
      else hi = mid;
    }
    while (x < lo) paren.push(behouden[x++]!);
    paren.push(p);
  }
  while (x < behouden.length) paren.push(behouden[x++]!);
  return paren;
}

/**
 * Notes what the pairs of these knooppunten (a region's, from filterKnooppunten) read beyond the
 * choice of them, the same that overlapNa looks at: each knooppunt, its deelnames, the
 * organisaties it names (taakhouder, partijen) and the themas.
 */
export function overlapLeest(
  index: RegistryIndex,
  knooppunten: readonly Knooppunt[],
  gelezen: Gelezen,
): void {
  gelezen.noteer('themas', null, index.themas);
  const organisatie = (id: string | null) =>
    id !== null && gelezen.noteer('organisaties', id, index.organisaties.get(id));
  for (const k of knooppunten) {
    const deelnames = index.deelnamesVanKnooppunt.get(k.id);
    gelezen.noteer('knooppunten', k.id, k);
    gelezen.noteer('deelnamesVanKnooppunt', k.id, deelnames);
    organisatie(k.taakhouderId);
    for (const d of deelnames ?? []) organisatie(d.organisatieId);
  }
}

/** The pairs per soort, in the order of OVERLAP_SOORTEN; soorten without pairs are left out. */
export function overlapPerSoort(
  paren: readonly Overlap[],
): { soort: OverlapSoort; paren: Overlap[] }[] {
  return OVERLAP_SOORTEN.map((soort) => ({
    soort,
    paren: paren.filter((p) => p.soort === soort),
  })).filter((g) => g.paren.length > 0);
}
