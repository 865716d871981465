// SPDX-License-Identifier: EUPL-1.2
// "Lijst als CSV": the knooppunten the map shows, with labels, for Dutch Excel.
import { toCsv } from '../../shared/export.ts';
import {
  FUNCTIE,
  label,
  SAMENSTELLING,
  WERKPROCES,
  WETTELIJKE_BASIS,
} from '../../shared/labels.ts';
import type { KaartKnooppunt } from './queries.ts';

/** The visible knooppunten, one row each. */
export function knooppuntenCsv(knooppunten: readonly KaartKnooppunt[]): string {
  const rows = knooppunten.map((k) => [
    k.id,
    k.naam,
    label(FUNCTIE, k.functie),
    label(WERKPROCES, k.werkproces),
    label(WETTELIJKE_BASIS, k.wettelijkeBasis),
    label(SAMENSTELLING, k.samenstelling),
    k.doelgroep ?? '',
    k.themas.map((t) => t.naam).join('; '),
    k.werkgebied.map((g) => g.naam).join('; '),
    k.belegdBij?.naam ?? '',
  ]);
  return toCsv(rows, [
    'Id',
    'Naam',
    'Functie',
    'Werkproces',
    'Wettelijke basis',
    'Samenstelling',
    'Doelgroep',
    "Thema's",
    'Werkgebied',
    'Belegd bij',
  ]);
}
