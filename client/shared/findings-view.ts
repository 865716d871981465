// SPDX-License-Identifier: EUPL-1.2
// One finding in words, with its severity, rule and source in the handreiking; the same everywhere.
import { html, type Markup } from './html.ts';
import { ERNST, label } from './labels.ts';

export const bevinding = (
  b: { ernst: string; melding: string; regel: string; bron: string },
  over?: string,
): Markup =>
  html`<span class="ernst">${label(ERNST, b.ernst)}</span> ${over ? `${over}: ` : ''}${b.melding} <span class="bron">(${b.regel}; ${b.bron})</span>`;
