// SPDX-License-Identifier: EUPL-1.2
// The legend, drawn as small SVGs from the same encoding tables as the map. The groups are data
// (tested without a browser); the template only draws them.
import { html, nothing, render, svg, type TemplateResult } from 'lit-html';
import {
  FUNCTIE,
  label,
  OVERDRACHT_SOORT,
  SAMENSTELLING,
  WERKPROCES,
  WETTELIJKE_BASIS,
} from '../../../shared/labels.ts';
import { BADGE, BORDER, BUITEN_TIJD_OPACITY, FILL, INK, ROUTE } from './encoding.ts';

/** One legend symbol; a route's arrowhead is a filled triangle or, for 'vee', a notched one. */
export type Symbool =
  | { vorm: 'ruit' | 'ellips' | 'organisatie' }
  | { vorm: 'cirkel'; vulling: string; rand: number; streep: string; dubbel: boolean }
  | { vorm: 'letter'; letter: string }
  | { vorm: 'vervaagd' }
  | { vorm: 'lijn'; breedte: number; streep: string; kleur: string; punt: 'driehoek' | 'vee' };

export interface LegendaGroep {
  titel: string;
  items: { symbool: Symbool; label: string }[];
}

const streep = (stijl: string) => (stijl === 'dashed' ? '6 4' : stijl === 'dotted' ? '2 3' : '');

export function legendaGroepen(): LegendaGroep[] {
  const cirkel = (vulling: string, rand: number, stijl = '', dubbel = false): Symbool => ({
    vorm: 'cirkel',
    vulling,
    rand,
    streep: streep(stijl),
    dubbel,
  });
  return [
    {
      titel: 'Functie (vorm)',
      items: [
        { symbool: { vorm: 'ruit' }, label: FUNCTIE.MELDPUNT },
        { symbool: { vorm: 'ellips' }, label: FUNCTIE.OVERLEGTAFEL },
        { symbool: { vorm: 'organisatie' }, label: 'Organisatie (laag)' },
      ],
    },
    {
      titel: 'Wettelijke basis (rand)',
      items: Object.entries(BORDER).map(([basis, b]) => ({
        symbool:
          b.style === 'double' ? cirkel('#fff', 1.5, '', true) : cirkel('#fff', b.width, b.style),
        label: WETTELIJKE_BASIS[basis as keyof typeof WETTELIJKE_BASIS],
      })),
    },
    {
      titel: 'Samenstelling (vulling)',
      items: Object.entries(FILL).map(([s, kleur]) => ({
        symbool: cirkel(kleur, 2),
        label: `${label(SAMENSTELLING, s)} (${s === 'VAST' ? 'gevuld' : 'wit'})`,
      })),
    },
    {
      titel: 'Werkproces (letter, bij inzoomen)',
      items: Object.entries(BADGE).map(([w, letter]) => ({
        symbool: { vorm: 'letter', letter },
        label: WERKPROCES[w as keyof typeof WERKPROCES],
      })),
    },
    {
      titel: 'Route (lijn en pijl)',
      items: Object.entries(ROUTE).map(([soort, r]) => ({
        symbool: {
          vorm: 'lijn',
          breedte: r.width,
          streep: r.dash.join(' '),
          kleur: r.kleur,
          punt: r.arrow === 'vee' ? 'vee' : 'driehoek',
        },
        label: OVERDRACHT_SOORT[soort as keyof typeof OVERDRACHT_SOORT],
      })),
    },
    {
      titel: 'Tijd (met ‘Ook beëindigde tonen’)',
      items: [
        {
          symbool: { vorm: 'vervaagd' },
          label: 'Beëindigd of nog niet begonnen (vaag, met de datum achter de naam)',
        },
      ],
    },
  ];
}

function vorm(s: Symbool) {
  switch (s.vorm) {
    case 'ruit':
      return svg`<polygon points="20,2 36,14 20,26 4,14" fill="#fff" stroke=${INK}
        stroke-width="2" />`;
    case 'ellips':
      return svg`<ellipse cx="20" cy="14" rx="14" ry="12" fill="#fff" stroke=${INK}
        stroke-width="2" />`;
    case 'organisatie':
      return svg`<rect x="8" y="7" width="24" height="14" rx="3" fill="#e9e9e9" stroke=${INK} />`;
    case 'cirkel':
      return svg`<circle cx="20" cy="14" r="11" fill=${s.vulling} stroke=${INK}
          stroke-width=${s.rand} stroke-dasharray=${s.streep || nothing} />
        ${
          s.dubbel
            ? svg`<circle cx="20" cy="14" r="7.5" fill="none" stroke=${INK} stroke-width="1.5" />`
            : nothing
        }`;
    case 'letter':
      return svg`<rect x="11" y="5" width="18" height="18" rx="3" fill="#fff" stroke=${INK} />
        <text x="20" y="18.5" font-size="12" font-weight="bold" text-anchor="middle"
          font-family="sans-serif" fill=${INK}>${s.letter}</text>`;
    case 'vervaagd':
      return svg`<g opacity=${BUITEN_TIJD_OPACITY}><ellipse cx="20" cy="14" rx="14" ry="12"
        fill=${FILL.VAST} stroke=${INK} stroke-width="3" /></g>`;
    case 'lijn':
      return svg`<line x1="2" y1="14" x2="32" y2="14" stroke=${s.kleur} stroke-width=${s.breedte}
          stroke-dasharray=${s.streep || nothing} />
        ${
          s.punt === 'vee'
            ? svg`<polyline points="40,14 32,9 35,14 32,19" fill=${s.kleur} />`
            : svg`<polygon points="40,14 31,9 31,19" fill=${s.kleur} />`
        }`;
  }
}

/** A symbol as SVG markup, for the exported map (svg-export.ts): the same drawing as on screen. */
export function symboolSvg(s: Symbool): string {
  const houder = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  render(vorm(s), houder);
  const xml = new XMLSerializer();
  return [...houder.children].map((el) => xml.serializeToString(el)).join('');
}

const symbool = (s: Symbool) => {
  const breedte = s.vorm === 'lijn' ? 44 : 40;
  return html`<svg
    width=${breedte}
    height="28"
    viewBox="0 0 ${breedte} 28"
    aria-hidden="true"
    focusable="false"
  >
    ${vorm(s)}
  </svg>`;
};

export const legenda = (): TemplateResult =>
  html`${legendaGroepen().map(
    (g) =>
      html`<div class="legenda-groep">
        <h3 class="utrecht-heading-4">${g.titel}</h3>
        <ul>
          ${g.items.map((i) => html`<li>${symbool(i.symbool)}<span>${i.label}</span></li>`)}
        </ul>
      </div>`,
  )}`;
