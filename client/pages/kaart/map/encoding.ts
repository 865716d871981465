// SPDX-License-Identifier: EUPL-1.2
// How the typology shows on the map (handreiking §2.5): functie by shape, wettelijke basis by
// border style, samenstelling by fill, werkproces by a text badge, route kind by line style and
// arrowhead. Colour is never the only carrier of meaning (WCAG 1.4.1). The legend is drawn from
// these same tables.
import type cytoscape from 'cytoscape';

export const SHAPE = {
  MELDPUNT: 'diamond',
  OVERLEGTAFEL: 'ellipse',
  ORGANISATIE: 'round-rectangle',
} as const;

export const BORDER: Record<string, { style: cytoscape.Css.LineStyle | 'double'; width: number }> =
  {
    WETTELIJK_GEREGELD: { style: 'double', width: 7 },
    TAAK_VAN_EEN_PARTIJ: { style: 'solid', width: 3 },
    NIET_EXPLICIET: { style: 'dashed', width: 3 },
  };

/** Dark fill for fixed participants, white for participants that differ per casus. */
export const FILL = { VAST: '#5b8bc9', WISSELEND: '#ffffff' } as const;

/** From this zoom level on, werkproces badges are drawn (below it the letters cannot be read). */
export const BADGE_ZOOM = 0.6;

export const BADGE = {
  CASUSOVERLEG: 'C',
  MELDPUNT: 'M',
  SIGNALERING: 'S',
  GROEPSAANPAK: 'G',
} as const;

export const ROUTE: Record<
  string,
  { line: cytoscape.Css.LineStyle; width: number; arrow: cytoscape.Css.ArrowShape }
> = {
  DOORVERWIJZING: { line: 'solid', width: 2, arrow: 'triangle' },
  OPSCHALING: { line: 'solid', width: 5, arrow: 'triangle' },
  AFSCHALING: { line: 'dashed', width: 2, arrow: 'triangle' },
  TERUGVERWIJZING: { line: 'dotted', width: 3, arrow: 'triangle-backcurve' },
  SIGNAAL: { line: 'dashed', width: 1.5, arrow: 'vee' },
};

export const INK = '#1a1a1a';

export function stylesheet(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'font-size': 11,
        // Labels too small to read are not drawn: keeps the first frame of a large region short.
        'min-zoomed-font-size': 7,
        color: INK,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        width: 44,
        height: 44,
        'border-color': INK,
      },
    },
    ...(['MELDPUNT', 'OVERLEGTAFEL'] as const).map((f) => ({
      selector: `node[functie = "${f}"]`,
      style: { shape: SHAPE[f] },
    })),
    ...Object.entries(BORDER).map(([basis, b]) => ({
      selector: `node[wettelijkeBasis = "${basis}"]`,
      style: { 'border-style': b.style, 'border-width': b.width },
    })),
    ...Object.entries(FILL).map(([s, color]) => ({
      selector: `node[samenstelling = "${s}"]`,
      style: { 'background-color': color },
    })),
    // One selector per werkproces with a constant image, so Cytoscape shares the style; drawn only
    // from a zoom level where a letter can be read (class "dichtbij", see map-view.ts).
    ...(Object.keys(BADGE) as (keyof typeof BADGE)[]).map((w) => ({
      selector: `node.dichtbij[werkproces = "${w}"]`,
      style: {
        'background-image': badgeImage(w),
        'background-fit': 'none' as const,
        'background-width': '18px',
        'background-height': '18px',
      },
    })),
    {
      selector: 'node.organisatie',
      style: {
        shape: SHAPE.ORGANISATIE,
        width: 26,
        height: 16,
        'background-color': '#e9e9e9',
        'border-width': 1,
        'font-size': 9,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'line-color': '#444',
        'target-arrow-color': '#444',
        'arrow-scale': 1.1,
        width: 2,
      },
    },
    ...Object.entries(ROUTE).map(([soort, r]) => ({
      selector: `edge[soort = "${soort}"]`,
      style: { 'line-style': r.line, width: r.width, 'target-arrow-shape': r.arrow },
    })),
    {
      selector: 'edge.deelname',
      style: {
        'line-color': '#9a9a9a',
        width: 1,
        'target-arrow-shape': 'none',
        'curve-style': 'straight',
      },
    },
    { selector: '.gedimd', style: { opacity: 0.2 } },
    { selector: '.verborgen', style: { display: 'none' } },
    {
      selector: 'node:selected',
      style: {
        'overlay-color': '#ffbf00',
        'overlay-opacity': 0.45,
        'overlay-padding': 8,
        'font-weight': 'bold',
      },
    },
    {
      selector: 'edge.route-gekozen, edge:selected',
      style: { 'line-color': '#b35900', 'target-arrow-color': '#b35900', width: 5 },
    },
  ];
}

/** A small SVG badge with the werkproces letter, as a data URI for the node's background image. */
export function badgeImage(werkproces: keyof typeof BADGE): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18"><rect x="1" y="1" width="16" height="16" rx="3" fill="#fff" stroke="#1a1a1a"/><text x="9" y="13.5" font-family="sans-serif" font-size="12" font-weight="bold" text-anchor="middle" fill="#1a1a1a">${BADGE[werkproces]}</text></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
