// SPDX-License-Identifier: EUPL-1.2
// Findings and counts in words, the same on the organisation view and the bestuurder page.
import { html } from 'lit-html';
import type { Ernst } from './gql/graphql.ts';
import { aantal } from '../../server/domain/taal.ts';
import { ERNST, label } from './labels.ts';

/** Most serious first (RULES.md: fout, waarschuwing, aandacht). */
export const ERNST_VOLGORDE: readonly Ernst[] = ['FOUT', 'WAARSCHUWING', 'AANDACHT'];

/** A severity counted: "1 fout", "3 waarschuwingen", "2 aandachtspunten". */
export function ernstAantal(ernst: Ernst, n: number): string {
  if (ernst === 'FOUT') return aantal(n, 'fout', 'fouten');
  if (ernst === 'WAARSCHUWING') return aantal(n, 'waarschuwing', 'waarschuwingen');
  return aantal(n, 'aandachtspunt', 'aandachtspunten');
}

/** Counts per severity in words, most serious first: "2 fouten, 1 waarschuwing". */
export function perErnst(bevindingen: readonly { ernst: Ernst }[]): string {
  const delen = ERNST_VOLGORDE.map(
    (e) => [e, bevindingen.filter((b) => b.ernst === e).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([e, n]) => ernstAantal(e, n));
  return delen.length ? delen.join(', ') : 'geen bevindingen';
}

/** One finding in words, with its severity, rule and source in the handreiking. */
export const bevinding = (
  b: { ernst: Ernst; melding: string; regel: string; bron: string },
  over?: string,
) =>
  html`<strong class="ernst">${label(ERNST, b.ernst)}</strong> ${over ? `${over}: ` : ''}${b.melding}
    <span class="bron">(${b.regel}; ${b.bron})</span>`;
