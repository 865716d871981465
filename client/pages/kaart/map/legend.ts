// SPDX-License-Identifier: EUPL-1.2
// The legend, drawn as small SVGs from the same encoding tables as the map.
import {
  FUNCTIE,
  OVERDRACHT_SOORT,
  SAMENSTELLING,
  WERKPROCES,
  WETTELIJKE_BASIS,
} from '../../../shared/labels.ts';
import { BADGE, BORDER, FILL, ROUTE } from './encoding.ts';

const svg = (content: string, width = 40) =>
  `<svg width="${width}" height="28" viewBox="0 0 ${width} 28" aria-hidden="true" focusable="false">${content}</svg>`;
const dash = (style: string) => (style === 'dashed' ? '6 4' : style === 'dotted' ? '2 3' : '');

function item(symbol: string, text: string): string {
  return `<li>${symbol}<span>${text}</span></li>`;
}

function group(title: string, items: string[]): string {
  return `<div class="legenda-groep"><h3>${title}</h3><ul>${items.join('')}</ul></div>`;
}

export function renderLegend(target: HTMLElement): void {
  const shapes = [
    item(
      svg(
        '<polygon points="20,2 36,14 20,26 4,14" fill="#fff" stroke="#1a1a1a" stroke-width="2"/>',
      ),
      FUNCTIE.MELDPUNT,
    ),
    item(
      svg(
        '<ellipse cx="20" cy="14" rx="14" ry="12" fill="#fff" stroke="#1a1a1a" stroke-width="2"/>',
      ),
      FUNCTIE.OVERLEGTAFEL,
    ),
    item(
      svg('<rect x="8" y="7" width="24" height="14" rx="3" fill="#e9e9e9" stroke="#1a1a1a"/>'),
      'Organisatie (laag)',
    ),
  ];
  const borders = Object.entries(BORDER).map(([basis, b]) => {
    const ring =
      b.style === 'double'
        ? '<circle cx="20" cy="14" r="11" fill="#fff" stroke="#1a1a1a" stroke-width="1.5"/><circle cx="20" cy="14" r="7.5" fill="none" stroke="#1a1a1a" stroke-width="1.5"/>'
        : `<circle cx="20" cy="14" r="11" fill="#fff" stroke="#1a1a1a" stroke-width="${b.width}" stroke-dasharray="${dash(b.style)}"/>`;
    return item(svg(ring), WETTELIJKE_BASIS[basis as keyof typeof WETTELIJKE_BASIS]);
  });
  const fills = Object.entries(FILL).map(([s, color]) =>
    item(
      svg(`<circle cx="20" cy="14" r="11" fill="${color}" stroke="#1a1a1a" stroke-width="2"/>`),
      `${SAMENSTELLING[s as keyof typeof SAMENSTELLING]} (${s === 'VAST' ? 'gevuld' : 'wit'})`,
    ),
  );
  const badges = Object.entries(BADGE).map(([w, letter]) =>
    item(
      svg(
        `<rect x="11" y="5" width="18" height="18" rx="3" fill="#fff" stroke="#1a1a1a"/><text x="20" y="18.5" font-size="12" font-weight="bold" text-anchor="middle" font-family="sans-serif" fill="#1a1a1a">${letter}</text>`,
      ),
      WERKPROCES[w as keyof typeof WERKPROCES],
    ),
  );
  const routes = Object.entries(ROUTE).map(([soort, r]) => {
    const head =
      r.arrow === 'vee'
        ? '<polyline points="40,14 32,9 35,14 32,19" fill="#1a1a1a"/>'
        : '<polygon points="40,14 31,9 31,19" fill="#1a1a1a"/>';
    return item(
      svg(
        `<line x1="2" y1="14" x2="32" y2="14" stroke="#1a1a1a" stroke-width="${r.width}" stroke-dasharray="${dash(r.line)}"/>${head}`,
        44,
      ),
      OVERDRACHT_SOORT[soort as keyof typeof OVERDRACHT_SOORT],
    );
  });
  target.innerHTML = [
    group('Functie (vorm)', shapes),
    group('Wettelijke basis (rand)', borders),
    group('Samenstelling (vulling)', fills),
    group('Werkproces (letter, bij inzoomen)', badges),
    group('Route (lijn en pijl)', routes),
  ].join('');
}
