// SPDX-License-Identifier: EUPL-1.2
// A new problem for the region (H §2.3: fragmentation; §2.6 questions for bestuurders): before a
// new table is founded, which existing knooppunten come closest, and what would they need to take
// it on — the thema in their criteria, a wider werkgebied, other age limits, other partijen.
import { ENUM_LABELS } from './enum-labels.ts';
import { leeftijdPast, filterKnooppunten } from './knooppunt-filter.ts';
import type { Knooppunt, OrganisatieType } from './model.ts';
import { VAKGEBIED } from './organisation-view.ts';
import type { RegistryIndex } from './registry-index.ts';
import { opsomming } from './taal.ts';

export interface NieuwProbleem {
  themaId: string;
  leeftijd: { van: number | null; tot: number | null } | null;
  /** The werkgebied the problem is in; empty: the whole region. */
  gemeenteIds: readonly string[];
}

export interface Kandidaat {
  knooppunt: Knooppunt;
  /** 0..1. */
  score: number;
  alGedekt: string[];
  nodig: string[];
}

/** Organisation types whose field includes the thema: the partijen a table on it needs. */
const typesVoor = (themaId: string): OrganisatieType[] =>
  (Object.entries(VAKGEBIED) as [OrganisatieType, string[]][])
    .filter(([, themas]) => themas.includes(themaId))
    .map(([type]) => type);

export function nieuwProbleem(
  index: RegistryIndex,
  regioId: string,
  probleem: NieuwProbleem,
  max = 5,
): Kandidaat[] {
  const regioGemeenten = (index.gemeentenVanRegio.get(regioId) ?? []).map((g) => g.id);
  const gemeenten = probleem.gemeenteIds.length > 0 ? probleem.gemeenteIds : regioGemeenten;
  const thema = index.themas.get(probleem.themaId)?.naam.toLowerCase() ?? probleem.themaId;
  const nodigeTypes = typesVoor(probleem.themaId);
  const gemeenteNaam = (id: string) => index.gemeenten.get(id)?.naam ?? id;

  return filterKnooppunten(index, { regioIds: [regioId] })
    .filter((k) => k.functie === 'OVERLEGTAFEL')
    .map((k) => {
      const alGedekt: string[] = [];
      const nodig: string[] = [];
      const heeftThema = k.themaIds.includes(probleem.themaId);
      if (heeftThema) alGedekt.push(`pakt ${thema} al op`);
      else nodig.push(`${thema} opnemen in doel en aanmeldcriteria`);

      const binnen = gemeenten.filter((g) => k.gemeenteIds.includes(g));
      const buiten = gemeenten.filter((g) => !k.gemeenteIds.includes(g));
      if (binnen.length > 0)
        alGedekt.push(
          buiten.length === 0
            ? 'werkt al in het hele gebied'
            : `werkt al in ${binnen.length} van de ${gemeenten.length} gemeenten`,
        );
      if (buiten.length > 0)
        nodig.push(
          `werkgebied uitbreiden met ${buiten.length > 5 ? `${buiten.length} gemeenten` : buiten.map(gemeenteNaam).join(', ')}`,
        );

      const doelgroep = probleem.leeftijd === null || leeftijdPast(k, probleem.leeftijd);
      if (probleem.leeftijd && doelgroep) alGedekt.push('de doelgroep past');
      if (!doelgroep) nodig.push('de leeftijdsgrenzen van de doelgroep aanpassen');

      const aanwezig = new Set(
        (index.deelnamesVanKnooppunt.get(k.id) ?? []).map(
          (d) => index.organisaties.get(d.organisatieId)?.type,
        ),
      );
      const ontbrekend = nodigeTypes.filter((t) => !aanwezig.has(t));
      const aanwezigeNodige = nodigeTypes.length - ontbrekend.length;
      if (aanwezigeNodige > 0)
        alGedekt.push(
          ontbrekend.length === 0
            ? 'alle benodigde soorten partijen nemen al deel'
            : `${aanwezigeNodige} van de ${nodigeTypes.length} benodigde soorten partijen ${aanwezigeNodige === 1 ? 'neemt' : 'nemen'} al deel`,
        );
      if (ontbrekend.length > 0)
        nodig.push(
          `partijen toevoegen: ${opsomming(ontbrekend.map((t) => ENUM_LABELS.OrganisatieType[t]))}`,
        );

      const score =
        0.3 * Number(heeftThema) +
        0.3 * (binnen.length / gemeenten.length) +
        0.1 * Number(doelgroep) +
        0.3 * (nodigeTypes.length === 0 ? 1 : aanwezigeNodige / nodigeTypes.length);
      return { knooppunt: k, score: Math.round(score * 100) / 100, alGedekt, nodig };
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.nodig.length - b.nodig.length ||
        a.knooppunt.naam.localeCompare(b.knooppunt.naam, 'nl'),
    )
    .slice(0, max);
}
