// SPDX-License-Identifier: EUPL-1.2
// The title block a printed page starts with: what it is, for which region and selection, as of
// when, and from which version of the register, so a printout can be read on its own.
import { html, nothing } from 'lit-html';
import { datum } from './datum.ts';

export interface Titel {
  titel: string;
  regio?: string | null;
  doelgroep?: string | null;
  /** The active filters in words, e.g. "Thema: Verward gedrag". */
  filters?: string[];
  /** The date the data is shown as of (YYYY-MM-DD); empty is today. */
  peildatum?: string | null;
}

const regel = (term: string, waarde: string | null | undefined) =>
  waarde ? html`<dt>${term}</dt><dd>${waarde}</dd>` : nothing;

/**
 * The block itself. Wrap it in `<div class="alleen-print">` when the screen already shows the
 * same heading, so the page keeps one visible h1.
 */
export const titelblok = (t: Titel) =>
  html`<header class="titelblok">
    <p class="titelblok__product">Knooppuntenregister · versie ${__VERSIE__}</p>
    <h1>${t.titel}</h1>
    <dl>
      ${regel('Regio', t.regio)} ${regel('Doelgroep', t.doelgroep)}
      <dt>Filters</dt>
      <dd>${t.filters?.length ? t.filters.join('; ') : 'geen'}</dd>
      <dt>Stand op</dt>
      <dd>${datum(t.peildatum || new Date().toISOString())}</dd>
    </dl>
  </header>`;
