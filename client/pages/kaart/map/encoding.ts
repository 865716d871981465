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

/**
 * Every route kind has its own line: solid, dashed, dotted or dash-dot, and its width and
 * arrowhead. Afschaling and signaal looked alike (both dashed, ux-review row 7): signaal is now
 * dash-dot in violet, so colour is a second carrier, never the only one. The dash pattern is the
 * same numbers on the canvas, in the SVG export and in the legend.
 */
export const ROUTE: Record<
  string,
  { dash: number[]; width: number; arrow: cytoscape.Css.ArrowShape; kleur: string }
> = {
  DOORVERWIJZING: { dash: [], width: 2, arrow: 'triangle', kleur: '#444444' },
  OPSCHALING: { dash: [], width: 5, arrow: 'triangle', kleur: '#444444' },
  AFSCHALING: { dash: [9, 5], width: 2.5, arrow: 'triangle', kleur: '#444444' },
  TERUGVERWIJZING: { dash: [2, 4], width: 3, arrow: 'triangle-backcurve', kleur: '#444444' },
  SIGNAAL: { dash: [12, 4, 2, 4], width: 2, arrow: 'vee', kleur: '#6b3fa0' },
};

/** Font size of a label in model units at zoom 1; labels.ts scales it up when zoomed out. */
export const LABEL_FONT = 13;
/** Widest a label line may be, in font sizes. */
export const LABEL_MAX_EM = 11;

/** Room between an open group's frame and its members, in map units. */
export const GROEP_RAND = 24;

/** A group's title font, relative to the label font. */
export const TITEL_SCHAAL = 1.25;

/** Knooppunten that ended or have not begun are drawn faded (and say so in their label). */
export const BUITEN_TIJD_OPACITY = 0.4;

export const INK = '#1a1a1a';

/**
 * What of the style depends on the label font (map units): map-view.ts gives it to the elements
 * that show a label as the zoom changes, instead of swapping the whole stylesheet.
 */
export function fontRegels(
  font: number,
): { selector: string; style: cytoscape.Css.Node & cytoscape.Css.Edge }[] {
  return [
    { selector: 'node', style: { 'font-size': font } },
    // Not a group's title: it has a width of its own (node.groep).
    { selector: 'node[^titelBreedte]', style: { 'text-max-width': `${font * LABEL_MAX_EM}px` } },
    { selector: 'node.organisatie', style: { 'font-size': font * 0.85 } },
    { selector: 'node.groep', style: { 'font-size': font * TITEL_SCHAAL } },
    { selector: 'edge.geteld', style: { 'font-size': font } },
  ];
}

/**
 * The map's style; `font` is the label size in map units (label-detail.ts scales it with the zoom),
 * `tik` the smallest node on a touch screen (label-detail.ts, tikMaat; 0: none).
 */
export function stylesheet(font = LABEL_FONT, tik = 0): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        // Labels too small to read are not drawn: keeps the first frame of a large region short.
        'min-zoomed-font-size': 8,
        color: INK,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'border-color': INK,
      },
    },
    ...fontRegels(font),
    // A group's box takes the size of what it holds: only nodes with a size of their own get one.
    { selector: 'node[grootte]', style: { width: 'data(grootte)', height: 'data(grootte)' } },
    // Level of detail (labels.ts): a label that would overlap a more important one is left out.
    { selector: 'node.zonder-label', style: { label: '' } },
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
        width: 36,
        height: 22,
        'background-color': '#e9e9e9',
        'border-width': 1,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'straight',
        'line-color': '#444',
        'target-arrow-color': '#444',
        'arrow-scale': 1.1,
        width: 2,
      },
    },
    ...Object.entries(ROUTE).map(([soort, r]) => ({
      selector: `edge[soort = "${soort}"]`,
      style: {
        'line-style': r.dash.length > 0 ? ('dashed' as const) : ('solid' as const),
        ...(r.dash.length > 0 ? { 'line-dash-pattern': r.dash } : {}),
        width: r.width,
        'target-arrow-shape': r.arrow,
        'line-color': r.kleur,
        'target-arrow-color': r.kleur,
      },
    })),
    // Two routes between the same pair curve apart (map-view.ts marks them).
    { selector: 'edge.parallel', style: { 'curve-style': 'bezier' } },
    {
      selector: 'edge.deelname',
      style: {
        'line-color': '#9a9a9a',
        width: 1,
        'target-arrow-shape': 'none',
      },
    },
    // A finger needs a target it can hit: small nodes grow to `tik` (a selector, not a function
    // per node, so the style stays shared).
    ...(tik > 0
      ? [
          {
            selector: `node.knooppunt[grootte < ${tik}], node.groep-dicht[grootte < ${tik}]`,
            style: { width: tik, height: tik },
          },
          { selector: 'node.organisatie', style: { width: tik * 1.6, height: tik } },
        ]
      : []),
    {
      selector: 'node.buiten-tijd',
      style: { opacity: BUITEN_TIJD_OPACITY, 'text-opacity': 1 },
    },
    {
      selector: 'node.groep',
      style: {
        shape: 'round-rectangle',
        'background-color': '#f3f3f3',
        'background-opacity': 1,
        'border-width': 2,
        'border-style': 'solid',
        'border-color': '#8a8a8a',
        // The title: one line above the frame, cut off where it would reach the next group; the
        // frame follows the members, not their labels, so it does not grow over the title below.
        'text-valign': 'top',
        'text-halign': 'center',
        'text-wrap': 'ellipsis',
        'text-max-width': 'data(titelBreedte)',
        'font-weight': 'bold',
        'compound-sizing-wrt-labels': 'exclude',
        padding: `${GROEP_RAND}px`,
      },
    },
    {
      selector: 'node.groep-dicht',
      style: {
        shape: 'round-rectangle',
        width: 'data(breedte)',
        height: 'data(grootte)',
        'background-color': '#e3ecf7',
        'border-width': 3,
        'border-style': 'solid',
        'font-weight': 'bold',
        'text-valign': 'center',
        // Always named (MapView leaves closed groups out of the choice of labels), wrapped in the box.
        'text-wrap': 'wrap',
        'text-max-width': 'data(breedte)',
      },
    },
    {
      selector: 'edge.bundel',
      style: {
        width: 'data(breedte)',
        'line-color': '#6d6d6d',
        'target-arrow-color': '#6d6d6d',
        'target-arrow-shape': 'triangle',
      },
    },
    {
      selector: 'edge.geteld',
      style: {
        label: 'data(aantal)',
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
      },
    },
    // A count that would cover a box or another count (map-view.ts, label-detail.ts vrijeTellingen).
    { selector: 'edge.zonder-label', style: { label: '' } },
    { selector: '.gedimd', style: { opacity: 0.2 } },
    { selector: '.verborgen, .buiten-focus', style: { display: 'none' } },
    {
      selector: 'node.hover',
      style: { label: 'data(label)', 'z-index': 20, 'text-background-opacity': 1 },
    },
    // The route under the pointer stands out under its tooltip (UX check, issue 17).
    {
      selector: 'edge.hover',
      style: {
        'underlay-color': '#ffbf00',
        'underlay-opacity': 0.6,
        'underlay-padding': 4,
        'z-index': 20,
      },
    },
    {
      selector: 'node:selected',
      style: {
        'overlay-color': '#ffbf00',
        'overlay-opacity': 0.45,
        'overlay-padding': 8,
        'font-weight': 'bold',
        label: 'data(label)',
        'z-index': 30,
        'text-background-opacity': 1,
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
