// SPDX-License-Identifier: EUPL-1.2
// The national map: the regions of one kind, each drawn as the union of its gemeenten, shaded by
// how many knooppunten its map holds and carrying that number as text, so colour is never the only
// carrier (WCAG 1.4.1). A region that can be opened is a link (Tab and Enter, click or tap);
// hovering or focusing it shows its name and count beside it. The table under the map holds the
// same (regio-overzicht.ts).
import type { MultiPolygon } from 'geojson';
import { html, svg, type TemplateResult } from 'lit-html';
import { aantal } from '../../../server/domain/taal.ts';
import { gewoneKlik } from '../../shared/gewone-klik.ts';
import { passendPad } from '../../shared/grenzen.ts';

export interface Regiovlak {
  id: string;
  naam: string;
  aantal: number;
  /** The union of its gemeenten as drawn (see `tekenaar`): its path, and where its count goes. */
  d: string;
  midden: readonly [number, number];
}

/** The drawing's size, as in the viewBox below: the Netherlands is taller than wide. */
const [BREEDTE, HOOGTE] = [500, 590];

/**
 * Draws shapes on this map, fitted to the land under them: made once, so that a region's path is
 * projected once and not on every render (together they were a task of about 150 ms, issue 20).
 */
export function tekenaar(land: MultiPolygon): {
  land: string;
  vlak: (vorm: MultiPolygon) => Pick<Regiovlak, 'd' | 'midden'>;
} {
  const pad = passendPad([{ type: 'Feature', geometry: land, properties: {} }], [BREEDTE, HOOGTE]);
  return {
    land: pad(land) ?? '',
    vlak: (vorm) => ({ d: pad(vorm) ?? '', midden: pad.centroid(vorm) }),
  };
}

/** The count as its name says it: the number drawn on the region is part of its name (WCAG 2.5.3). */
const telling = (n: number) => aantal(n, 'knooppunt', 'knooppunten');

const getal = (n: number) => n.toLocaleString('nl-NL');

/**
 * The shades of the legend: 0, then three equal steps up to the busiest region shown (fewer when
 * the numbers are small). `tint` gives a count's shade.
 */
export function treden(max: number): { tint: (n: number) => number; legenda: string[] } {
  const a = Math.ceil(max / 3);
  const b = Math.ceil((2 * max) / 3);
  const stappen: [number, number][] = [
    [0, 0],
    [1, a],
    [a + 1, b],
    [b + 1, max],
  ];
  return {
    tint: (n) => (n === 0 ? 0 : n <= a ? 1 : n <= b ? 2 : 3),
    legenda: stappen.map(([van, tot]) =>
      van > tot ? '' : van === tot ? getal(van) : `${getal(van)} tot en met ${getal(tot)}`,
    ),
  };
}

/** The tooltip and the outline over the map follow the region pointed at or focused. */
function wijs(el: Element, naam: string, n: number, d: string, plek: { x: number; y: number }) {
  const vak = el.closest<HTMLElement>('.regiokaart-vak');
  const tip = vak?.querySelector<HTMLElement>('.regio-tip');
  if (!vak || !tip) return;
  vak.querySelector('.regiokaart__rand')?.setAttribute('d', d);
  tip.querySelector('.regio-tip__naam')!.textContent = naam;
  tip.querySelector('.regio-tip__aantal')!.textContent = telling(n);
  tip.hidden = false;
  // Beside the point, turned inward near the edges: the tip never widens the page.
  const x =
    plek.x + 12 + tip.offsetWidth > vak.clientWidth ? plek.x - 12 - tip.offsetWidth : plek.x + 12;
  tip.style.insetInlineStart = `${Math.max(0, x)}px`;
  tip.style.insetBlockStart = `${Math.max(0, plek.y - tip.offsetHeight - 8)}px`;
}

function verberg(el: Element): void {
  const vak = el.closest('.regiokaart-vak');
  vak?.querySelector('.regiokaart__rand')?.setAttribute('d', '');
  vak?.querySelector('.regio-tip')?.setAttribute('hidden', '');
}

export function regiokaart(p: {
  /** What the map shows, for its accessible name. */
  titel: string;
  /** All gemeenten together, as drawn: the land under the regions. */
  land: string;
  vlakken: readonly Regiovlak[];
  /** The regions whose map can be opened. */
  open: ReadonlySet<string>;
  kies: (id: string) => void;
}): TemplateResult {
  const { tint, legenda } = treden(Math.max(0, ...p.vlakken.map((v) => v.aantal)));
  const regio = (v: Regiovlak) => {
    const { d } = v;
    const [x, y] = v.midden;
    const tekst = `${v.naam}: ${telling(v.aantal)}`;
    const inhoud = svg`<path d=${d}></path>
      <text x=${x.toFixed(1)} y=${y.toFixed(1)} aria-hidden="true">${getal(v.aantal)}</text>`;
    if (!p.open.has(v.id))
      return svg`<g class="regio tint-${tint(v.aantal)}"><title>${tekst}</title>${inhoud}</g>`;
    const opPunt = (event: MouseEvent) => {
      const el = event.currentTarget as SVGAElement;
      const vak = el.closest('.regiokaart-vak')!.getBoundingClientRect();
      wijs(el, v.naam, v.aantal, d, { x: event.clientX - vak.left, y: event.clientY - vak.top });
    };
    const opFocus = (event: FocusEvent) => {
      const el = event.currentTarget as SVGAElement;
      const svgVak = el.ownerSVGElement!.getBoundingClientRect();
      const vak = el.closest('.regiokaart-vak')!.getBoundingClientRect();
      const schaal = svgVak.width / BREEDTE;
      wijs(el, v.naam, v.aantal, d, {
        x: svgVak.left - vak.left + x * schaal,
        y: svgVak.top - vak.top + y * schaal,
      });
    };
    return svg`<a
      class="regio tint-${tint(v.aantal)}"
      href="/?regio=${encodeURIComponent(v.id)}"
      aria-label=${tekst}
      data-regio=${v.id}
      @click=${(event: MouseEvent) => {
        if (!gewoneKlik(event)) return;
        event.preventDefault();
        p.kies(v.id);
      }}
      @mousemove=${opPunt}
      @mouseleave=${(event: MouseEvent) => verberg(event.currentTarget as Element)}
      @focus=${opFocus}
      @blur=${(event: FocusEvent) => verberg(event.currentTarget as Element)}
    >${inhoud}</a>`;
  };
  return html`<div
      class="regiokaart-vak"
      @keydown=${(event: KeyboardEvent) => {
        // Escape dismisses the tooltip without moving focus (WCAG 1.4.13).
        if (event.key !== 'Escape') return;
        (event.currentTarget as HTMLElement)
          .querySelector<HTMLElement>('.regio-tip')
          ?.setAttribute('hidden', '');
      }}
    >
      <svg
        class="regiokaart"
        viewBox="0 0 ${BREEDTE} ${HOOGTE}"
        role="group"
        aria-labelledby="regiokaart-titel"
      >
        <title id="regiokaart-titel">${p.titel}</title>
        <path class="regiokaart__land" d=${p.land}></path>
        ${p.vlakken.map(regio)}
        <path class="regiokaart__rand" d=""></path>
      </svg>
      <div class="regio-tip" aria-hidden="true" hidden>
        <span class="regio-tip__naam"></span><span class="regio-tip__aantal"></span>
      </div>
    </div>
    <div class="regiokaart-legenda">
      <p class="utrecht-paragraph">Aantal knooppunten op de kaart van de regio:</p>
      <ul>
        ${legenda.map((tekst, i) =>
          tekst
            ? html`<li>
                <svg class="regiokaart" viewBox="0 0 20 14" aria-hidden="true">
                  <g class="regio tint-${i}"><path d="M1 1h18v12H1z"></path></g>
                </svg>
                ${tekst}
              </li>`
            : '',
        )}
      </ul>
    </div>`;
}
