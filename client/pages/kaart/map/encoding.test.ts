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
/** What the rules for this selector set together (the font's rules come apart, fontRegels). */
const styleOf = (selector: string): Record<string, unknown> | undefined => {
  const gevonden = rules().filter((r) => r.selector === selector);
  return gevonden.length > 0
    ? (Object.assign({}, ...gevonden.map((r) => r.style)) as Record<string, unknown>)
    : undefined;
};

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

  it('route kind by dash pattern, width, arrowhead and (for signaal) colour', () => {
    expect(ROUTE).toEqual({
      DOORVERWIJZING: { dash: [], width: 2, arrow: 'triangle', kleur: '#444444' },
      OPSCHALING: { dash: [], width: 5, arrow: 'triangle', kleur: '#444444' },
      AFSCHALING: { dash: [9, 5], width: 2.5, arrow: 'triangle', kleur: '#444444' },
      TERUGVERWIJZING: { dash: [2, 4], width: 3, arrow: 'triangle-backcurve', kleur: '#444444' },
      SIGNAAL: { dash: [12, 4, 2, 4], width: 2, arrow: 'vee', kleur: '#6b3fa0' },
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
      const route = ROUTE[r]!;
      expect(styleOf(`edge[soort = "${r}"]`), r).toEqual({
        'line-style': route.dash.length > 0 ? 'dashed' : 'solid',
        ...(route.dash.length > 0 ? { 'line-dash-pattern': route.dash } : {}),
        width: route.width,
        'target-arrow-shape': route.arrow,
        'line-color': route.kleur,
        'target-arrow-color': route.kleur,
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

  // Line pattern and arrowhead alone (width left out: a reader does not compare widths). The UX
  // review's pair, afschaling and signaal, was the same dashed line; now dashed and dash-dot.
  it('route kinds apart by line pattern or arrowhead, except doorverwijzing and opschaling (width only)', () => {
    const looks = (r: (typeof OVERDRACHT_SOORTEN)[number]) =>
      `${ROUTE[r]!.dash.join(',')}+${ROUTE[r]!.arrow}`;
    const alike = pairs([...OVERDRACHT_SOORTEN]).filter(([a, b]) => looks(a) === looks(b));
    expect(alike).toEqual([['DOORVERWIJZING', 'OPSCHALING']]);
    expect([ROUTE['DOORVERWIJZING']!.width, ROUTE['OPSCHALING']!.width]).toEqual([2, 5]);
    expect(ROUTE['AFSCHALING']!.dash).not.toEqual(ROUTE['SIGNAAL']!.dash);
    expect(ROUTE['AFSCHALING']!.kleur).not.toBe(ROUTE['SIGNAAL']!.kleur);
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
      [
        'Tijd (met ‘Ook beëindigde tonen’)',
        ['Beëindigd of nog niet begonnen (vaag, met de datum achter de naam)'],
      ],
    ]);
  });

  it('gives each value of each group its own symbol', () => {
    for (const g of legend())
      expect(new Set(g.items.map((i) => JSON.stringify(i.symbol))).size, g.title).toBe(
        g.items.length,
      );
  });

  // The legend draws each route with the map's own dash pattern, width and colour.
  it('draws route kinds with the map’s dash, width and colour', () => {
    const routes = legend()[4]!.items.map((i) => ({ label: i.label, ...i.symbol }));
    expect(routes).toEqual([
      {
        label: 'Doorverwijzing',
        vorm: 'lijn',
        breedte: 2,
        streep: '',
        kleur: '#444444',
        punt: 'driehoek',
      },
      {
        label: 'Opschaling',
        vorm: 'lijn',
        breedte: 5,
        streep: '',
        kleur: '#444444',
        punt: 'driehoek',
      },
      {
        label: 'Afschaling',
        vorm: 'lijn',
        breedte: 2.5,
        streep: '9 5',
        kleur: '#444444',
        punt: 'driehoek',
      },
      {
        label: 'Terugverwijzing',
        vorm: 'lijn',
        breedte: 3,
        streep: '2 4',
        kleur: '#444444',
        punt: 'driehoek',
      },
      {
        label: 'Signaal',
        vorm: 'lijn',
        breedte: 2,
        streep: '12 4 2 4',
        kleur: '#6b3fa0',
        punt: 'vee',
      },
    ]);
  });

  it('says how ended and not yet started knooppunten look', () => {
    expect(legend()[5]).toEqual({
      title: 'Tijd (met ‘Ook beëindigde tonen’)',
      items: [
        {
          symbol: { vorm: 'vervaagd' },
          label: 'Beëindigd of nog niet begonnen (vaag, met de datum achter de naam)',
        },
      ],
    });
  });
});
