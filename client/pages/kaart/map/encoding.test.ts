// SPDX-License-Identifier: EUPL-1.2
// The map encoding (README "The regional map"; handreiking §2.5): functie by shape, wettelijke
// basis by border, samenstelling by fill, werkproces by a letter badge, route kind by line and
// arrowhead. The legend is drawn from the same tables.
import { describe, expect, it } from 'vitest';
import {
  FUNCTIES,
  OVERDRACHT_SOORTEN,
  SAMENSTELLINGEN,
  WERKPROCESSEN,
  WETTELIJKE_BASES,
} from '../../../../server/domain/model.ts';
import {
  BADGE,
  BADGE_ZOOM,
  BORDER,
  FILL,
  ROUTE,
  SHAPE,
  badgeImage,
  stylesheet,
} from './encoding.ts';
import { legendaGroepen } from './legend.ts';

type Rule = { selector: string; style: Record<string, unknown> };
const rules = () => stylesheet() as Rule[];
const styleOf = (selector: string): Record<string, unknown> | undefined =>
  rules().find((r) => r.selector === selector)?.style;

/** Unordered pairs of distinct entries. */
const pairs = <T>(items: T[]): [T, T][] =>
  items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as [T, T]));

describe('map encoding: exact values', () => {
  it('functie by shape', () => {
    expect(SHAPE).toEqual({
      MELDPUNT: 'diamond',
      OVERLEGTAFEL: 'ellipse',
      ORGANISATIE: 'round-rectangle',
    });
  });

  it('wettelijke basis by border: double, solid, dashed', () => {
    expect(BORDER).toEqual({
      WETTELIJK_GEREGELD: { style: 'double', width: 7 },
      TAAK_VAN_EEN_PARTIJ: { style: 'solid', width: 3 },
      NIET_EXPLICIET: { style: 'dashed', width: 3 },
    });
  });

  it('samenstelling by fill: filled for vast, white for wisselend', () => {
    expect(FILL).toEqual({ VAST: '#5b8bc9', WISSELEND: '#ffffff' });
  });

  it('werkproces by a letter badge, drawn from zoom 0.6', () => {
    expect(BADGE).toEqual({
      CASUSOVERLEG: 'C',
      MELDPUNT: 'M',
      SIGNALERING: 'S',
      GROEPSAANPAK: 'G',
    });
    expect(BADGE_ZOOM).toBe(0.6);
  });

  it('route kind by line style, width and arrowhead', () => {
    expect(ROUTE).toEqual({
      DOORVERWIJZING: { line: 'solid', width: 2, arrow: 'triangle' },
      OPSCHALING: { line: 'solid', width: 5, arrow: 'triangle' },
      AFSCHALING: { line: 'dashed', width: 2, arrow: 'triangle' },
      TERUGVERWIJZING: { line: 'dotted', width: 3, arrow: 'triangle-backcurve' },
      SIGNAAL: { line: 'dashed', width: 1.5, arrow: 'vee' },
    });
  });

  it('a badge is an SVG data URI with the werkproces letter', () => {
    for (const w of WERKPROCESSEN) {
      const uri = badgeImage(w);
      expect(uri.startsWith('data:image/svg+xml;utf8,%3Csvg'), w).toBe(true);
      expect(decodeURIComponent(uri.slice('data:image/svg+xml;utf8,'.length)), w).toContain(
        `fill="#1a1a1a">${BADGE[w]}</text></svg>`,
      );
    }
  });
});

describe('map encoding: every value of the domain model has one, in the model’s order', () => {
  it('functie', () => expect(Object.keys(SHAPE)).toEqual([...FUNCTIES, 'ORGANISATIE']));
  it('wettelijke basis', () => expect(Object.keys(BORDER)).toEqual([...WETTELIJKE_BASES]));
  it('samenstelling', () => expect(Object.keys(FILL)).toEqual([...SAMENSTELLINGEN]));
  it('werkproces', () => expect(Object.keys(BADGE)).toEqual([...WERKPROCESSEN]));
  it('route kind', () => expect(Object.keys(ROUTE)).toEqual([...OVERDRACHT_SOORTEN]));

  it('and the stylesheet applies each one to the node or edge data the map sets', () => {
    for (const f of FUNCTIES)
      expect(styleOf(`node[functie = "${f}"]`), f).toEqual({ shape: SHAPE[f] });
    for (const b of WETTELIJKE_BASES) {
      expect(styleOf(`node[wettelijkeBasis = "${b}"]`), b).toEqual({
        'border-style': BORDER[b]!.style,
        'border-width': BORDER[b]!.width,
      });
    }
    for (const s of SAMENSTELLINGEN)
      expect(styleOf(`node[samenstelling = "${s}"]`), s).toEqual({ 'background-color': FILL[s] });
    for (const w of WERKPROCESSEN)
      expect(styleOf(`node.dichtbij[werkproces = "${w}"]`)?.['background-image'], w).toBe(
        badgeImage(w),
      );
    for (const r of OVERDRACHT_SOORTEN) {
      expect(styleOf(`edge[soort = "${r}"]`), r).toEqual({
        'line-style': ROUTE[r]!.line,
        width: ROUTE[r]!.width,
        'target-arrow-shape': ROUTE[r]!.arrow,
      });
    }
    expect(styleOf('node.organisatie')?.['shape']).toBe(SHAPE.ORGANISATIE);
  });
});

describe('map encoding: no two values look alike', () => {
  it('shapes, borders, fills and badge letters are each distinct', () => {
    expect(new Set(Object.values(SHAPE)).size).toBe(3);
    expect(new Set(Object.values(BORDER).map((b) => b.style)).size).toBe(3);
    expect(new Set(Object.values(FILL)).size).toBe(2);
    expect(new Set(Object.values(BADGE)).size).toBe(4);
  });

  it('no two route kinds are drawn alike on the map (line style, width, arrowhead)', () => {
    for (const [a, b] of pairs([...OVERDRACHT_SOORTEN]))
      expect(ROUTE[a], `${a} / ${b}`).not.toEqual(ROUTE[b]);
  });

  // What tells the route kinds apart today, pair by pair, in line style and arrowhead alone
  // (width left out: a 0.5 px difference is not something a reader can see). Colour is not used
  // for route kinds at all: every kind is drawn in the same grey (see the next test).
  it('route kinds apart by line style or arrowhead, except doorverwijzing and opschaling (width only)', () => {
    const looks = (r: (typeof OVERDRACHT_SOORTEN)[number]) =>
      `${ROUTE[r]!.line}+${ROUTE[r]!.arrow}`;
    const alike = pairs([...OVERDRACHT_SOORTEN]).filter(([a, b]) => looks(a) === looks(b));
    expect(alike).toEqual([['DOORVERWIJZING', 'OPSCHALING']]);
    expect([ROUTE['DOORVERWIJZING']!.width, ROUTE['OPSCHALING']!.width]).toEqual([2, 5]);
    // The UX review's pair: the same dashed line; apart by arrowhead (and a 0.5 px width).
    expect([ROUTE['AFSCHALING'], ROUTE['SIGNAAL']].map((r) => r!.line)).toEqual([
      'dashed',
      'dashed',
    ]);
    expect([ROUTE['AFSCHALING'], ROUTE['SIGNAAL']].map((r) => r!.arrow)).toEqual([
      'triangle',
      'vee',
    ]);
    expect([ROUTE['AFSCHALING'], ROUTE['SIGNAAL']].map((r) => r!.width)).toEqual([2, 1.5]);
  });

  it('draws every route kind in one colour: only the generic edge rule colours routes', () => {
    for (const r of OVERDRACHT_SOORTEN) {
      const style = styleOf(`edge[soort = "${r}"]`)!;
      expect(style, r).not.toHaveProperty(['line-color']);
      expect(style, r).not.toHaveProperty(['target-arrow-color']);
    }
    expect(styleOf('edge')).toMatchObject({ 'line-color': '#444', 'target-arrow-color': '#444' });
  });
});

describe('legend', () => {
  const legend = () =>
    legendaGroepen().map((g) => ({
      title: g.titel,
      items: g.items.map((i) => ({ symbol: i.symbool, label: i.label })),
    }));

  it('has one group per encoding, one item per value, labelled in Dutch', () => {
    expect(legend().map((g) => [g.title, g.items.map((i) => i.label)])).toEqual([
      ['Functie (vorm)', ['Meldpunt', 'Overlegtafel', 'Organisatie (laag)']],
      [
        'Wettelijke basis (rand)',
        ['Wettelijk geregeld', 'Taak van één partij', 'Niet expliciet geregeld'],
      ],
      ['Samenstelling (vulling)', ['Vaste deelnemers (gevuld)', 'Wisselende deelnemers (wit)']],
      [
        'Werkproces (letter, bij inzoomen)',
        ['Casusoverleg', 'Meldpunt', 'Signalering', 'Groepsaanpak'],
      ],
      [
        'Route (lijn en pijl)',
        ['Doorverwijzing', 'Opschaling', 'Afschaling', 'Terugverwijzing', 'Signaal'],
      ],
    ]);
  });

  it('gives each value of each group its own symbol', () => {
    for (const g of legend())
      expect(new Set(g.items.map((i) => JSON.stringify(i.symbol))).size, g.title).toBe(
        g.items.length,
      );
  });

  // The legend's route symbols: dash pattern and stroke width follow the map, but it has two
  // arrowheads only: a filled triangle, or a filled vee for 'vee'. So 'triangle-backcurve'
  // (terugverwijzing) shows as a plain triangle, and afschaling and signaal differ only by the
  // vee's notch and a 0.5 px thinner line (the UX review's "look alike").
  it('draws route kinds with the map’s dash and width; afschaling and signaal differ only by arrowhead notch and 0.5 px', () => {
    const routes = legend()[4]!.items.map((i) => ({ label: i.label, ...i.symbol }));
    expect(routes).toEqual([
      { label: 'Doorverwijzing', vorm: 'lijn', breedte: 2, streep: '', punt: 'driehoek' },
      { label: 'Opschaling', vorm: 'lijn', breedte: 5, streep: '', punt: 'driehoek' },
      { label: 'Afschaling', vorm: 'lijn', breedte: 2, streep: '6 4', punt: 'driehoek' },
      { label: 'Terugverwijzing', vorm: 'lijn', breedte: 3, streep: '2 3', punt: 'driehoek' },
      { label: 'Signaal', vorm: 'lijn', breedte: 1.5, streep: '6 4', punt: 'vee' },
    ]);
  });
});
