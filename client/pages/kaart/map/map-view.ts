// SPDX-License-Identifier: EUPL-1.2
// The graph canvas. Positions come from the server (computed once per structure) or from the
// user's own arrangement, so drawing never runs a layout. Keyboard: arrow keys move through the
// visible knooppunten and organisaties in name order, Enter opens the details, Escape clears the
// selection, + and - zoom, 0 fits the map. The mouse gets a tooltip; touch and keyboard get the
// same in the panel.
import type cytoscape from 'cytoscape';
import type { Indeling } from '../../../shared/view-state.ts';
import { vandaag } from '../../../shared/datum.ts';
import type { Kaart, KaartKnooppunt, KaartOverdracht, Routes } from '../queries.ts';
import {
  BADGE_ZOOM,
  fontRegels,
  GROEP_RAND,
  LABEL_FONT,
  LABEL_MAX_EM,
  stylesheet,
  TITEL_SCHAAL,
} from './encoding.ts';
import { groepIndeling, groepVan, type Groepering } from './groepen.ts';
import {
  gewikkeldeBreedte,
  kiesLabels,
  labelFont,
  TIK_ZOOM,
  tikMaat,
  type Box,
} from './label-detail.ts';
import { kaartSvg, type Kop } from './svg-export.ts';
import {
  knooppuntTip,
  organisatieTip,
  routeTip,
  tijdLabel,
  tijdVan,
  type Tijd,
  type Tip,
} from './tooltip.ts';

/**
 * Cytoscape is a chunk of its own, loaded while the page is built: evaluated with the page's own
 * code, the page's start was one task of about 300 ms (a Chromium trace, issue 20); apart, each
 * is about half. A drawing waits for it; what a person can press before the first drawing (the
 * zoom buttons, the keys) does nothing, and what the page itself asks comes after one.
 */
let maakCytoscape: typeof cytoscape | undefined;
const cytoscapeGeladen = import('cytoscape').then((module) => {
  maakCytoscape = module.default;
});

type Positions = Record<string, { x: number; y: number }>;
/** What the canvas needs of a knooppunt to draw it. */
type MapKnooppunt = Pick<
  KaartKnooppunt,
  'id' | 'naam' | 'functie' | 'werkproces' | 'wettelijkeBasis' | 'samenstelling'
> &
  Partial<Pick<KaartKnooppunt, 'geldigVanaf' | 'geldigTot' | 'werkgebied' | 'themas'>>;
type MapOverdracht = Pick<KaartOverdracht, 'id' | 'soort' | 'van' | 'naar'> &
  Partial<Pick<KaartOverdracht, 'aanmeldingDoor' | 'aanmelder' | 'informatie' | 'warm'>>;
type MapKaart = Pick<Kaart, 'organisaties' | 'deelnames' | 'posities'> & {
  knooppunten: (MapKnooppunt & { tijd?: Tijd | null })[];
  overdrachten: MapOverdracht[];
};
/**
 * Whether the map shows a node. Read from its classes, not from `visible()`: Cytoscape applies a
 * class's style lazily, so right after filtering `visible()` still answers for the old state.
 */
const opKaart = (n: cytoscape.NodeSingular) => !n.is('.verborgen, .buiten-focus');

const nodeKey = (soort: 'KNOOPPUNT' | 'ORGANISATIE', id: string) =>
  `${soort === 'KNOOPPUNT' ? 'k' : 'o'}:${id}`;

/** Grouping as the URL holds it: by what, and which groups are closed. */
export interface GroepKeuze {
  soort: Groepering;
  dicht: ReadonlySet<string>;
  /** How many gemeenten the region has ("Hele regio" is a werkgebied with all of them). */
  aantalGemeenten: number;
}

export interface MapCallbacks {
  onSelect(id: string | null): void;
  onActivate(id: string): void;
  /** An organisation was chosen (click, arrow key); `activeer` (Enter) moves focus to its panel. */
  onOrganisatie(id: string, activeer: boolean): void;
  /** A group was clicked: open it when closed, close it when open. */
  onGroep(sleutel: string): void;
  announce(text: string): void;
  /**
   * The top right corner of the canvas that something drawn over it covers (the legend's button),
   * in CSS pixels: the opening fit keeps the map clear of it.
   */
  bedekt?(): { breedte: number; hoogte: number };
}

type Beeld = { zoom: number; pan: { x: number; y: number } };
/**
 * A node as the fit needs it: its centre, its size, its id (for its label's width), whether it
 * is in an open group (whose frame and title reach above it), and whether it is a closed group
 * (whose name is inside it, not below).
 */
type Punt = {
  id: string;
  x: number;
  y: number;
  hoogte: number;
  breedte?: number;
  inGroep?: boolean;
  naamBinnen?: boolean;
};
/** A closed group's box, which holds its name (encoding.ts, node.groep-dicht), in map units. */
const dichteGroep = (p: cytoscape.Position, breedte: number, hoogte: number): Box => ({
  x1: p.x - breedte / 2,
  x2: p.x + breedte / 2,
  y1: p.y - hoogte / 2,
  y2: p.y + hoogte / 2,
});

/** The items that pass and those that do not, each in their order. */
const deel = <T>(lijst: readonly T[], past: (x: T) => boolean): [T[], T[]] => [
  lijst.filter(past),
  lijst.filter((x) => !past(x)),
];

/** A group's title: its name and how many it holds, or how many of them a filter leaves. */
const groepTitel = (naam: string, getoond: number, totaal: number) =>
  getoond === totaal ? `${naam} (${totaal})` : `${naam} (${getoond} van ${totaal})`;

/** Whether an element definition has a class. */
const heeft = (d: cytoscape.ElementDefinition, klasse: string) =>
  String(d.classes).split(' ').includes(klasse);

/** A node's size from its data, not its style: reading the style would compute it for all nodes. */
const maatVan = (n: cytoscape.NodeSingular) => Number(n.data('grootte') ?? 22);
/** What a viewport shows, in map units (as Cytoscape's extent). */
const zichtVan = ({ zoom, pan }: Beeld, breedte: number, hoogte: number): Box => ({
  x1: -pan.x / zoom,
  y1: -pan.y / zoom,
  x2: (breedte - pan.x) / zoom,
  y2: (hoogte - pan.y) / zoom,
});

const punt = (n: cytoscape.NodeSingular): Punt => ({
  id: n.id(),
  ...n.position(),
  hoogte: maatVan(n),
  breedte: Number(n.data('breedte') ?? maatVan(n)),
  inGroep: n.isChild(),
  naamBinnen: n.hasClass('groep-dicht'),
});

/**
 * Adding elements frame by frame: the first part, and the time a frame may take. A frame styles,
 * measures and draws what was added (on the 2-core bench machine about 0.2 ms per element, the
 * first frame more: Cytoscape's code runs cold) and redraws what was there; later parts grow or
 * shrink so that a frame takes about BEELD_MS. A map of 27 knooppunten (80 elements) is one part.
 */
const EERSTE_DEEL = 100;
const BEELD_MS = 100;

/**
 * A canvas narrower than this is a phone's: the fit of its plain region map keeps the nodes a
 * finger's size (TIK_ZOOM).
 */
const TELEFOON_PX = 600;

/** After the next frame has been drawn. */
const volgendBeeld = () =>
  new Promise<void>((klaar) => requestAnimationFrame(() => setTimeout(klaar, 0)));

export class MapView {
  private readonly container: HTMLElement;
  private kern: cytoscape.Core | undefined;
  private readonly callbacks: MapCallbacks;
  private readonly tip: HTMLElement;
  private storageKey = '';
  private dichtbij: boolean | undefined;
  /** The style's zoom-dependent part now drawn: label font and touch size. */
  private stijlSleutel = `${LABEL_FONT}|0`;
  /** The label font the elements that show a label have now (the stylesheet's, or a bypass). */
  private elementFont = LABEL_FONT;
  /** A finger needs larger nodes than a mouse (WCAG 2.5.8). */
  private readonly aanraak = matchMedia('(pointer: coarse)').matches;
  private labelTimer: ReturnType<typeof setTimeout> | undefined;
  /** Label widths in font sizes, measured once per drawing. */
  private readonly breedte = new Map<string, number>();
  private meter: CanvasRenderingContext2D | null | undefined;
  /** Only a mouse gets tooltips; a finger's tap fires mouse events too. */
  private muis = false;
  private focusStappen: number | null = null;
  private focusSleutel = '';
  /** Whether the canvas has the routes map's size (kaart.css). */
  private routesVak = false;
  /** The closed group just tapped open: a phone's next fit is for its members. */
  private geopend: string | null = null;
  /** A routes map's knooppunt and its direct targets (node keys): a phone's fit is for these. */
  private routeKern: ReadonlySet<string> = new Set();
  /** Whether the drawing is grouped (open groups' frames, closed groups' boxes). */
  private gegroepeerd = false;
  /** The filter applied now ('' is none), so that the same filter again costs nothing. */
  private filterSleutel = '';
  /** What is marked now: the selected nodes' ids, 'route', or '' for nothing. */
  private markering = '';
  /** The viewport the drawing opened with. */
  private beeld: Beeld | undefined;
  /** Whether the user zoomed or panned since the drawing; until then a resize fits again. */
  private verschoven = false;
  /** The drawing under way (its number) and its adding of elements frame by frame. */
  private tekening = 0;
  private bezig: Promise<void> = Promise.resolve();
  /** Whether elements of the drawing are still to be added; its nodes, for a fit meanwhile. */
  private tekent = false;
  private punten: Punt[] = [];

  constructor(container: HTMLElement, callbacks: MapCallbacks) {
    this.container = container;
    this.callbacks = callbacks;
    this.tip = document.createElement('div');
    this.tip.className = 'kaart-tip';
    // The same text is in the panel and the list; a screen reader need not hear it twice.
    this.tip.setAttribute('aria-hidden', 'true');
    this.tip.hidden = true;
    container.append(this.tip);
    container.addEventListener('keydown', (event) => this.onKey(event));
    for (const soort of ['pointerdown', 'pointermove'] as const)
      container.addEventListener(soort, (event) => {
        this.muis = event.pointerType === 'mouse';
        if (!this.muis) this.verbergTip();
      });
    // Cytoscape keeps the canvas's place on the page until a scroll or a resize of its own; the
    // toolbar, filters and notices drawn above it move it down without either, and a click would
    // land on what is drawn lower (UX check, 193 px). Any change of the page's height, and the
    // pointer entering, make it measure again.
    const meetOpnieuw = () => this.kern?.resize();
    new ResizeObserver(meetOpnieuw).observe(document.body);
    container.addEventListener('pointerenter', meetOpnieuw);
    // Cytoscape starts in a task of its own while the map's data is on its way, not in the one
    // that builds the page (together they were the longest task of a small region's start).
    void cytoscapeGeladen.then(() => setTimeout(() => this.cy, 0));
  }

  /** Whether the drawing is a knooppunt's routes (showRoutes), not a region. */
  private get routeKaart(): boolean {
    return this.storageKey.startsWith('routes:');
  }

  /** The Cytoscape instance, made on first use. */
  private get cy(): cytoscape.Core {
    return (this.kern ??= this.maak());
  }

  private maak(): cytoscape.Core {
    if (!maakCytoscape) throw new Error('De kaart wordt nog geladen.');
    const container = this.container;
    const cy = maakCytoscape({
      container,
      style: stylesheet(),
      // No layout at start: positions come with the data.
      layout: { name: 'null' },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    cy.on('tap', 'node.knooppunt', (event) =>
      this.callbacks.onSelect(
        (event.target as cytoscape.NodeSingular).data('knooppuntId') as string,
      ),
    );
    cy.on('tap', 'node.organisatie', (event) =>
      this.callbacks.onOrganisatie(
        (event.target as cytoscape.NodeSingular).data('organisatieId') as string,
        false,
      ),
    );
    cy.on('tap', 'node.groep, node.groep-dicht', (event) => {
      const groep = event.target as cytoscape.NodeSingular;
      if (groep.hasClass('groep-dicht')) this.geopend = groep.data('sleutel') as string;
      this.callbacks.onGroep(groep.data('sleutel') as string);
    });
    cy.on('tap', (event) => {
      this.verbergTip();
      // A group's title opens and closes it too. Not through Cytoscape's label events: the lines
      // leaving a group cross its title and would take the click.
      const titel =
        event.target === cy || (event.target as cytoscape.SingularElementArgument).isEdge();
      const groep = titel ? this.titelOp(event.position) : undefined;
      if (groep) this.callbacks.onGroep(groep.data('sleutel') as string);
      else if (event.target === cy) this.callbacks.onSelect(null);
    });
    // Keep the user's arrangement: dragged positions are stored per region, layout and layer.
    cy.on('dragfree', 'node', () => this.savePositions());
    // The canvas swallows the mouse-down that would focus the container; keys must reach it.
    cy.on('tapstart', () => container.focus({ preventScroll: true }));
    cy.on('mouseover', 'node, edge', (event) => this.toonTip(event));
    cy.on('mouseout', 'node, edge', (event) => {
      (event.target as cytoscape.SingularElementArgument).removeClass('hover');
      this.verbergTip();
    });
    cy.on('zoom', () => this.updateBadges());
    cy.on('viewport', () => {
      this.verbergTip();
      this.planLabels(120);
    });
    // The panel and the list change the container's size; the canvas follows, and keeps the
    // selection in view (it opens beside the panel, not under it).
    cy.on('scrollzoom pinchzoom dragpan', () => (this.verschoven = true));
    new ResizeObserver(() => {
      this.cy.resize();
      // While a drawing is being added, the fit is for all of it, not the part on the map yet. A
      // fit under way (a focus around a knooppunt just chosen) was for the canvas before the
      // panel opened: it ends here, or it would move the map back where that canvas had it.
      if (!this.verschoven) {
        this.cy.stop(true);
        this.cy.viewport(
          this.passend(
            this.tekent
              ? this.punten
              : this.cy
                  .nodes()
                  .filter((n) => opKaart(n) && !n.isParent())
                  .map(punt),
          ),
        );
      }
      const gekozen = this.cy.nodes(':selected');
      if (gekozen.nonempty() && !this.inView(gekozen[0]!))
        this.cy.animate({ center: { eles: gekozen } }, { duration: 150 });
    }).observe(container);
    return cy;
  }

  /**
   * Draws a region map with preset positions; the user's own positions win over the server's.
   * Knooppunten that do not exist on `peildatum` (null: today) are drawn faded. Resolves when
   * every element is on the map (see `voegToe`).
   */
  show(
    kaart: Kaart,
    indeling: Indeling,
    metOrganisaties: boolean,
    groepen: GroepKeuze | null = null,
    peildatum: string | null = null,
  ): Promise<void> {
    const groepSleutel = groepen ? `:${groepen.soort}:${[...groepen.dicht].sort().join(',')}` : '';
    const today = peildatum ?? vandaag();
    return this.draw(
      `kaart:${kaart.regio.id}:${indeling}:${metOrganisaties ? 'org' : 'kp'}${groepSleutel}`,
      {
        ...kaart,
        knooppunten: kaart.knooppunten.map((k) => ({ ...k, tijd: tijdVan(k, today) })),
      },
      groepen,
    );
  }

  /** Draws the routes of one knooppunt in the flow layout, the knooppunt itself at the start. */
  showRoutes(routes: Routes): Promise<void> {
    const knooppunten = new Map(
      routes.routes.flatMap((r) => r.stappen.flatMap((s) => [s.van, s.naar])).map((k) => [k.id, k]),
    );
    knooppunten.set(routes.knooppunt.id, routes.knooppunt);
    const direct = routes.routes
      .filter((r) => r.stappen.length === 1)
      .map(({ stappen: [stap] }) => (routes.richting === 'UIT' ? stap!.naar : stap!.van));
    this.routeKern = new Set([routes.knooppunt, ...direct].map((k) => nodeKey('KNOOPPUNT', k.id)));
    const overdrachten = new Map(
      routes.routes.flatMap((r) =>
        r.stappen.map((s) => [
          s.overdracht.id,
          {
            ...s.overdracht,
            van: s.van,
            naar: s.naar,
            aanmeldingDoor: s.aanmeldingDoor,
            aanmelder: s.aanmelder,
          },
        ]),
      ),
    );
    return this.draw(`routes:${routes.knooppunt.id}:${routes.richting}`, {
      knooppunten: [...knooppunten.values()],
      overdrachten: [...overdrachten.values()],
      organisaties: [],
      deelnames: [],
      posities: routes.posities,
    });
  }

  /** Emphasises the overdrachten of one route; select() clears it. */
  highlightRoute(overdrachtIds: readonly string[]): void {
    this.markering = 'route';
    this.cy.batch(() => {
      this.cy.elements().removeClass('gedimd');
      const edges = this.cy
        .edges()
        .filter((e) => overdrachtIds.includes(e.id().slice(2)) && e.hasClass('overdracht'));
      edges.addClass('route-gekozen');
      this.cy.elements().not(edges.union(edges.connectedNodes())).addClass('gedimd');
    });
  }

  private draw(
    storageKey: string,
    kaart: MapKaart,
    groepen: GroepKeuze | null = null,
  ): Promise<void> {
    if (!maakCytoscape) {
      // The newest drawing asked for before Cytoscape arrived is made when it has.
      const wacht = (this.bezig = cytoscapeGeladen.then(() => {
        if (this.bezig === wacht) void this.draw(storageKey, kaart, groepen);
      }));
      return this.klaar();
    }
    this.storageKey = storageKey;
    this.gegroepeerd = groepen !== null;
    // A routes map has a canvas of its own size (kaart.css): measured again before the fit.
    if (this.container.classList.toggle('kaart--routes', this.routeKaart) !== this.routesVak) {
      this.routesVak = this.routeKaart;
      this.cy.resize();
    }
    const own = this.loadPositions();
    const server: Positions = Object.fromEntries(
      kaart.posities.map((p) => [nodeKey(p.soort, p.id), { x: p.x, y: p.y }]),
    );
    // Larger knooppunten have more routes: they get their label first.
    const graad = new Map<string, number>();
    for (const o of kaart.overdrachten)
      for (const id of [o.van.id, o.naar.id]) graad.set(id, (graad.get(id) ?? 0) + 1);
    const grootte = (id: string) =>
      Math.round(38 + Math.min(26, 5 * Math.sqrt(graad.get(id) ?? 0)));

    // Grouping: each knooppunt in one group; a closed group stands in for its members.
    const groepVanKnooppunt = new Map<string, { sleutel: string; naam: string }>();
    if (groepen) {
      for (const k of kaart.knooppunten)
        groepVanKnooppunt.set(
          k.id,
          groepVan(
            { functie: k.functie, werkgebied: k.werkgebied ?? [], themas: k.themas ?? [] },
            groepen.soort,
            groepen.aantalGemeenten,
          ),
        );
      for (const o of kaart.organisaties)
        groepVanKnooppunt.set(`o:${o.id}`, { sleutel: 'organisaties', naam: 'Organisaties' });
    }
    const groepLijst = new Map<string, { naam: string; leden: string[] }>();
    for (const [id, g] of groepVanKnooppunt) {
      const lijst = groepLijst.get(g.sleutel) ?? { naam: g.naam, leden: [] };
      lijst.leden.push(id.startsWith('o:') ? id : nodeKey('KNOOPPUNT', id));
      groepLijst.set(g.sleutel, lijst);
    }
    const dicht = (sleutel: string | undefined) =>
      sleutel !== undefined && (groepen?.dicht.has(sleutel) ?? false);
    const titel = (g: { naam: string; leden: readonly string[] }) =>
      groepTitel(g.naam, g.leden.length, g.leden.length);
    const { clientWidth, clientHeight } = this.container;
    const indeling = groepIndeling(
      [...groepLijst].map(([sleutel, g]) => ({
        sleutel,
        leden: g.leden,
        open: !dicht(sleutel),
        titelEm: this.emBreedte(titel(g)),
      })),
      labelFont(this.cy.minZoom()) * TITEL_SCHAAL,
      {
        verhouding: clientWidth > 0 && clientHeight > 0 ? clientWidth / clientHeight : 1.8,
        ...(this.telefoon(clientWidth) ? { naamFont: labelFont(this.cy.minZoom()) } : {}),
      },
    );
    const position = (key: string) =>
      groepen
        ? (indeling.leden.get(key) ?? { x: 0, y: 0 })
        : (own[key] ?? server[key] ?? { x: 0, y: 0 });
    const groepVanNode = (key: string) =>
      groepVanKnooppunt.get(key.startsWith('o:') ? key : key.slice(2))?.sleutel;
    /** The node that shows a knooppunt or organisation: itself, or its closed group. */
    const toont = (key: string) => {
      const g = groepVanNode(key);
      return dicht(g) ? `gd:${g}` : key;
    };

    const nodes: cytoscape.ElementDefinition[] = [
      ...[...groepLijst].map(([sleutel, g]) =>
        dicht(sleutel)
          ? {
              group: 'nodes' as const,
              classes: 'groep-dicht',
              data: {
                id: `gd:${sleutel}`,
                sleutel,
                naam: g.naam,
                label: titel(g),
                leden: g.leden,
                breedte: Math.round(indeling.maten.get(sleutel)!.breedte),
                grootte: Math.round(indeling.maten.get(sleutel)!.hoogte),
              },
              position: indeling.centra.get(sleutel)!,
            }
          : {
              group: 'nodes' as const,
              classes: 'groep',
              data: {
                id: `g:${sleutel}`,
                sleutel,
                naam: g.naam,
                label: titel(g),
                titelBreedte: indeling.titelBreedte.get(sleutel),
              },
            },
      ),
      ...kaart.knooppunten
        .filter((k) => !dicht(groepVanNode(nodeKey('KNOOPPUNT', k.id))))
        .map((k) => {
          const key = nodeKey('KNOOPPUNT', k.id);
          const g = groepVanNode(key);
          const tijd = tijdLabel(k);
          return {
            group: 'nodes' as const,
            classes: `knooppunt${k.tijd ? ' buiten-tijd' : ''}`,
            data: {
              id: key,
              ...(g !== undefined ? { parent: `g:${g}` } : {}),
              knooppuntId: k.id,
              label: tijd ? `${k.naam} (${tijd})` : k.naam,
              naam: k.naam,
              functie: k.functie,
              wettelijkeBasis: k.wettelijkeBasis,
              samenstelling: k.samenstelling,
              werkproces: k.werkproces,
              tijd: k.tijd ?? null,
              geldigVanaf: k.geldigVanaf ?? null,
              geldigTot: k.geldigTot ?? null,
              grootte: grootte(k.id),
              graad: graad.get(k.id) ?? 0,
            },
            position: position(key),
          };
        }),
      ...kaart.organisaties
        .filter((o) => !dicht(groepVanNode(`o:${o.id}`)))
        .map((o) => {
          const key = nodeKey('ORGANISATIE', o.id);
          const g = groepVanNode(key);
          return {
            group: 'nodes' as const,
            classes: 'organisatie',
            data: {
              id: key,
              ...(g !== undefined ? { parent: `g:${g}` } : {}),
              organisatieId: o.id,
              label: o.naam,
              naam: o.naam,
              type: 'type' in o ? o.type : null,
              grootte: 16,
            },
            position: position(key),
          };
        }),
    ];
    // Routes and deelnames; where an end sits in a closed group, they are bundled per pair.
    const edges: cytoscape.ElementDefinition[] = [];
    const bundels = new Map<string, { source: string; target: string; aantal: number }>();
    const verbind = (source: string, target: string, enkel: () => cytoscape.ElementDefinition) => {
      const [a, b] = [toont(source), toont(target)];
      if (a === source && b === target) edges.push(enkel());
      else if (a !== b) {
        const bundel = bundels.get(`${a}>${b}`) ?? { source: a, target: b, aantal: 0 };
        bundel.aantal++;
        bundels.set(`${a}>${b}`, bundel);
      }
    };
    for (const o of kaart.overdrachten)
      verbind(nodeKey('KNOOPPUNT', o.van.id), nodeKey('KNOOPPUNT', o.naar.id), () => ({
        group: 'edges' as const,
        classes: 'overdracht',
        data: {
          id: `r:${o.id}`,
          source: nodeKey('KNOOPPUNT', o.van.id),
          target: nodeKey('KNOOPPUNT', o.naar.id),
          soort: o.soort,
          van: o.van.naam,
          naar: o.naar.naam,
          aanmeldingDoor: o.aanmeldingDoor ?? null,
          aanmelder: o.aanmelder?.naam ?? null,
          informatie: o.informatie ?? null,
          warm: o.warm ?? null,
        },
      }));
    for (const d of kaart.deelnames)
      verbind(
        nodeKey('KNOOPPUNT', d.knooppunt.id),
        nodeKey('ORGANISATIE', d.organisatie.id),
        () => ({
          group: 'edges' as const,
          classes: 'deelname',
          data: {
            id: `d:${d.id}`,
            source: nodeKey('KNOOPPUNT', d.knooppunt.id),
            target: nodeKey('ORGANISATIE', d.organisatie.id),
          },
        }),
      );
    // Only a bundle between two closed groups carries its count: hundreds of counts on the lines
    // from a closed group to the members of an open one were scattered over that group.
    for (const [id, b] of bundels)
      edges.push({
        group: 'edges',
        classes:
          b.source.startsWith('gd:') && b.target.startsWith('gd:') ? 'bundel geteld' : 'bundel',
        data: {
          id: `b:${id}`,
          source: b.source,
          target: b.target,
          aantal: String(b.aantal),
          breedte: Math.min(10, 1.5 + Math.sqrt(b.aantal)),
        },
      });

    // The old drawing goes first, so that a new label font restyles only the new one.
    this.cy.elements().remove();
    // Cytoscape keeps the size it read last: from the national view the canvas was hidden, and a
    // fit for a canvas of no size drew a phone's map at the smallest zoom with giant nodes.
    if (clientWidth !== this.cy.width() || clientHeight !== this.cy.height()) this.cy.resize();
    this.voorbereidLabels(nodes, edges);
    // Badges, selectability and labels are in the definitions: the first frame styles each
    // element once, and no pass over all elements follows the adding.
    this.dichtbij = (this.beeld?.zoom ?? 1) >= BADGE_ZOOM;
    for (const n of nodes) {
      if (this.dichtbij && heeft(n, 'knooppunt')) n.classes = `${String(n.classes)} dichtbij`;
      if (heeft(n, 'groep')) n.selectable = false;
    }
    // Only edges that share their pair of nodes with another curve apart; the rest are straight,
    // which spares Cytoscape a search for parallel edges per edge in the first frame.
    const paren = new Map<string, number>();
    const paar = (e: cytoscape.ElementDefinition) =>
      [e.data['source'] as string, e.data['target'] as string].sort().join('>');
    for (const e of edges) paren.set(paar(e), (paren.get(paar(e)) ?? 0) + 1);
    for (const e of edges) {
      e.selectable = false;
      if (paren.get(paar(e))! > 1) e.classes = `${String(e.classes)} parallel`;
    }
    // The viewport from the positions, not from every label's box: measuring 300 labels for a
    // fit cost the first frame of a large region some 400 ms.
    this.cy.viewport(this.beeld ?? { zoom: 1, pan: { x: 0, y: 0 } });
    // The labels were chosen for this viewport already.
    clearTimeout(this.labelTimer);
    this.verschoven = false;
    this.focusSleutel = '';
    this.filterSleutel = '';
    this.markering = '';
    return this.voegToe([...nodes, ...edges]);
  }

  /**
   * Adds the elements part by part, one part per frame: Cytoscape styles, measures and draws what
   * was added in the next frame, and for a region of 760 knooppunten all at once that frame
   * blocked the page for over half a second. Nodes come before the edges between them. A newer
   * drawing stops an older one; the promise resolves when the newest is complete.
   */
  private voegToe(elementen: cytoscape.ElementDefinition[]): Promise<void> {
    const tekening = ++this.tekening;
    let deel = EERSTE_DEEL;
    const voeg = (van: number) =>
      this.cy.batch(() => this.cy.add(elementen.slice(van, van + deel)));
    voeg(0);
    this.tekent = elementen.length > deel;
    this.bezig = (async () => {
      for (let van = deel; van < elementen.length; van += deel) {
        const begin = performance.now();
        await volgendBeeld();
        if (tekening !== this.tekening) return;
        // The next part in proportion to how long the last one's frame took.
        const duur = Math.max(1, performance.now() - begin);
        deel = Math.max(50, Math.round(deel * Math.min(2, BEELD_MS / duur)));
        voeg(van);
      }
      this.tekent = false;
    })();
    return this.klaar();
  }

  /** Resolves when the drawing under way, if any, has all its elements (a newer one included). */
  async klaar(): Promise<void> {
    for (let bezig = this.bezig; ; bezig = this.bezig) {
      await bezig;
      if (bezig === this.bezig) return;
    }
  }

  /**
   * The plain region map: not grouped, no focus, not a knooppunt's routes. Only there does a
   * phone's fit stop at TIK_ZOOM and do small nodes grow to a finger's size; a grouped or focused
   * view is fitted whole (its group boxes are the targets; a pinch brings the members closer).
   */
  private get kaal(): boolean {
    return !this.routeKaart && !this.gegroepeerd && this.focusSleutel === '';
  }

  /** Whether a canvas this wide is a phone's, or a finger works it. */
  private telefoon(breedte: number): boolean {
    return this.aanraak || breedte < TELEFOON_PX;
  }

  /** The smallest node in map units at this zoom (label-detail.ts, tikMaat); 0: none. */
  private tik(zoom: number): number {
    return this.aanraak && !this.gegroepeerd && this.focusSleutel === '' ? tikMaat(zoom) : 0;
  }

  /**
   * Zoom and pan that show these nodes with their labels (and their groups' titles) inside the
   * canvas, `rand` pixels from its edge and clear of the corner the legend's button covers. A
   * label's size on screen depends on the zoom (label-detail.ts), so the zoom is found by
   * bisection: the largest at which every node and the label below it fit.
   */
  private passend(alle: readonly Punt[], rand = 30, tikVloer = this.kaal): Beeld {
    // A routes map on a phone: its knooppunt and direct targets at a size their names can be read
    // at; the further steps, in columns beyond, are a pan away (the route list names them all).
    const punten =
      this.routeKaart && this.telefoon(this.cy.width())
        ? alle.filter((p) => this.routeKern.has(p.id))
        : alle;
    if (punten.length === 0) return { zoom: 1, pan: { x: 0, y: 0 } };
    const vakken = (zoom: number) => {
      const font = labelFont(zoom) * 1.05; // a selected label is bold, a little wider
      // An open group's title: one line of the title font above its frame (encoding.ts).
      const titel = GROEP_RAND + 2 + labelFont(zoom) * TITEL_SCHAAL * 1.3;
      let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
      const tik = this.tik(zoom);
      for (const punt of punten) {
        const p = { ...punt, hoogte: Math.max(tik, punt.hoogte) };
        const em = p.naamBinnen ? 0 : (this.breedte.get(p.id) ?? LABEL_MAX_EM);
        const half = Math.max((p.breedte ?? p.hoogte) / 2, (Math.min(em, LABEL_MAX_EM) * font) / 2);
        const regels = em > 0 ? Math.min(3, Math.ceil(em / LABEL_MAX_EM)) : 0;
        x1 = Math.min(x1, p.x - half);
        x2 = Math.max(x2, p.x + half);
        y1 = Math.min(y1, p.y - p.hoogte / 2 - (p.inGroep ? titel : 0));
        y2 = Math.max(y2, p.y + p.hoogte / 2 + (em > 0 ? 4 + regels * font * 1.25 : 0));
      }
      return { x1, y1, x2, y2 };
    };
    // A phone's narrow canvas keeps a narrower edge.
    const marge = Math.min(rand, this.cy.width() / 40);
    const [w, h] = [this.cy.width(), this.cy.height()];
    // The map goes below the covered corner or beside it, whichever shows it larger.
    const hoek = this.callbacks.bedekt?.() ?? { breedte: 0, hoogte: 0 };
    const ruimtes = [
      { x1: marge, y1: marge + hoek.hoogte, x2: w - marge, y2: h - marge },
      { x1: marge, y1: marge, x2: w - marge - hoek.breedte, y2: h - marge },
    ];
    const vloer = this.telefoon(w) && tikVloer ? TIK_ZOOM : this.cy.minZoom();
    const gekozen = ruimtes
      .map((r) => ({ r, zoom: this.grootsteZoom(vakken, r.x2 - r.x1, r.y2 - r.y1, vloer) }))
      .reduce((a, b) => (b.zoom > a.zoom ? b : a));
    const { r, zoom } = gekozen;
    const b = vakken(zoom);
    return {
      zoom,
      pan: {
        x: (r.x1 + r.x2) / 2 - (zoom * (b.x1 + b.x2)) / 2,
        y: (r.y1 + r.y2) / 2 - (zoom * (b.y1 + b.y2)) / 2,
      },
    };
  }

  /** The largest zoom from `vloer` up at which the boxes fit a room of this size (bisection). */
  private grootsteZoom(
    vakken: (zoom: number) => Box,
    breedte: number,
    hoogte: number,
    vloer: number,
  ): number {
    const past = (zoom: number) => {
      const b = vakken(zoom);
      return zoom * (b.x2 - b.x1) <= breedte && zoom * (b.y2 - b.y1) <= hoogte;
    };
    let [laag, hoog] = [vloer, this.cy.maxZoom()];
    if (past(hoog)) laag = hoog;
    for (let i = 0; i < 24 && hoog / laag > 1.001; i++) {
      const midden = Math.sqrt(laag * hoog);
      if (past(midden)) laag = midden;
      else hoog = midden;
    }
    return laag;
  }

  /**
   * The label font for a zoom level. Swapping the stylesheet restyles every element: on a region of
   * 760 knooppunten it made each zoom step's frame some 250 ms longer (CPU profile). So it is swapped
   * for a new drawing (`nieuw`, before its elements are added) and for a new touch size; a new font
   * alone goes only to what shows a label (updateLabels, zetFont).
   */
  private stijl(zoom: number, nieuw = false): number {
    const font = labelFont(zoom);
    const tik = this.tik(zoom);
    const sleutel = `${font}|${tik}`;
    if (sleutel !== this.stijlSleutel && (nieuw || !this.stijlSleutel.endsWith(`|${tik}`))) {
      this.stijlSleutel = sleutel;
      this.cy.batch(() => {
        this.cy.elements().removeStyle();
        this.cy.style(stylesheet(font, tik));
      });
      this.elementFont = font;
    }
    if (nieuw) this.elementFont = font;
    return font;
  }

  /** Gives these elements the label font, over the stylesheet's (see stijl). */
  private zetFont(font: number, eles: cytoscape.Collection): void {
    this.cy.batch(() => {
      for (const regel of fontRegels(font)) eles.filter(regel.selector).style(regel.style);
    });
  }

  /** Labels once after a burst of changes (filter, selection, focus), in a task of their own. */
  private planLabels(wacht = 0): void {
    clearTimeout(this.labelTimer);
    this.labelTimer = setTimeout(() => this.updateLabels(), wacht);
  }

  /** Badges only where they can be read: drawing 300 images at a tiny scale costs a long first frame. */
  private updateBadges(): void {
    const dichtbij = this.cy.zoom() >= BADGE_ZOOM;
    if (dichtbij === this.dichtbij) return;
    this.dichtbij = dichtbij;
    this.cy.nodes('.knooppunt').toggleClass('dichtbij', dichtbij);
  }

  /**
   * Before the elements are added: measures the labels, sets the label size for the zoom the fit
   * will give, and leaves out overlapping labels and counts in the definitions, so that the first
   * frame of a large region styles every element once instead of restyling it after the fit.
   */
  private voorbereidLabels(
    nodes: cytoscape.ElementDefinition[],
    edges: cytoscape.ElementDefinition[],
  ): void {
    this.breedte.clear();
    for (const n of nodes) {
      const label = String(n.data['label']);
      // A group's title is one line (cut off); a node's label wraps at spaces.
      const woorden = label.split(' ').map((woord) => this.emBreedte(woord));
      this.breedte.set(
        n.data.id!,
        heeft(n, 'groep') ? this.emBreedte(label) : gewikkeldeBreedte(woorden, this.emBreedte(' ')),
      );
    }
    const geplaatst = nodes.filter((n) => n.position);
    this.punten = geplaatst.map((n) => ({
      id: n.data.id!,
      ...n.position!,
      hoogte: Number(n.data['grootte'] ?? 22),
      breedte: Number(n.data['breedte'] ?? n.data['grootte'] ?? 22),
      inGroep: n.data['parent'] !== undefined,
    }));
    if (geplaatst.length === 0) return;
    // A group tapped open on a phone: its members a finger's size (TIK_ZOOM), as on the plain
    // map, the rest a pan away (fitted with all the groups, 18 members were 10 px without names).
    const ouder = `g:${this.geopend}`;
    this.geopend = null;
    const leden = new Set(
      geplaatst.filter((n) => n.data['parent'] === ouder).map((n) => n.data.id!),
    );
    this.beeld =
      leden.size > 0 && this.telefoon(this.cy.width())
        ? this.passend(
            this.punten.filter((p) => leden.has(p.id)),
            30,
            true,
          )
        : this.passend(this.punten);
    const font = this.stijl(this.beeld.zoom, true);
    const tik = this.tik(this.beeld.zoom);
    // An open group's frame: its members with the group's padding (encoding.ts, node.groep).
    const frames = new Map<string, Box>();
    for (const n of geplaatst) {
      const ouder = n.data['parent'] as string | undefined;
      if (ouder === undefined) continue;
      const half = Number(n.data['grootte'] ?? 22) / 2 + GROEP_RAND;
      const f = frames.get(ouder) ?? { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
      frames.set(ouder, {
        x1: Math.min(f.x1, n.position!.x - half),
        y1: Math.min(f.y1, n.position!.y - half),
        x2: Math.max(f.x2, n.position!.x + half),
        y2: Math.max(f.y2, n.position!.y + half),
      });
    }
    const groepen = new Map(nodes.filter((n) => heeft(n, 'groep')).map((n) => [n.data.id!, n]));
    const [dicht, open] = deel(geplaatst, (n) => heeft(n, 'groep-dicht'));
    const getelde = edges.filter((e) => heeft(e, 'geteld'));
    const { labels, tellingen } = kiesLabels(
      {
        knopen: open.map((n) => ({
          id: n.data.id!,
          ...n.position!,
          hoogte: Math.max(tik, Number(n.data['grootte'] ?? 44)),
          breedteEm: this.breedte.get(n.data.id!) ?? 10,
          prioriteit: Number(n.data['graad'] ?? 0) * 10 + (n.classes === 'organisatie' ? -5 : 0),
        })),
        open: [...frames].map(([id, frame]) => ({
          frame,
          breedteEm: this.breedte.get(id) ?? 10,
          maxBreedte: Number(groepen.get(id)?.data['titelBreedte'] ?? Infinity),
        })),
        dicht: new Map(
          dicht.map((n) => [
            n.data.id!,
            dichteGroep(n.position!, Number(n.data['breedte']), Number(n.data['grootte'])),
          ]),
        ),
        bundels: getelde.map((e) => ({
          id: e.data.id!,
          van: e.data['source'] as string,
          naar: e.data['target'] as string,
          breedteEm: this.emBreedte(String(e.data['aantal'])),
          prioriteit: Number(e.data['aantal']),
        })),
      },
      font,
      // A phone shows part of a map by design (a routes map's first steps, nodes a finger's
      // size): names show once wholly in view, not cut off at the canvas's edge.
      this.telefoon(this.cy.width())
        ? zichtVan(this.beeld, this.cy.width(), this.cy.height())
        : undefined,
    );
    for (const el of [...open, ...getelde])
      if (!labels.has(el.data.id!) && !tellingen.has(el.data.id!))
        el.classes = `${String(el.classes)} zonder-label`;
  }

  /** The open group whose title is at this place on the map, if any. */
  private titelOp(p: cytoscape.Position): cytoscape.NodeSingular | undefined {
    const alleenTitel = { includeNodes: false, includeEdges: false, includeOverlays: false };
    return this.cy.nodes('.groep').filter((g) => {
      const b = g.boundingBox(alleenTitel);
      return opKaart(g) && p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
    })[0];
  }

  /** A text's width on one line, in font sizes. */
  private emBreedte(tekst: string): number {
    if (this.meter === undefined) {
      this.meter = document.createElement('canvas').getContext('2d');
      if (this.meter)
        this.meter.font = `100px ${getComputedStyle(this.container).fontFamily || 'sans-serif'}`;
    }
    return this.meter ? this.meter.measureText(tekst).width / 100 : tekst.length * 0.55;
  }

  /** Labels at a readable size; those that would overlap a more important one are left out. */
  private updateLabels(): void {
    const font = this.stijl(this.cy.zoom());
    const tik = this.tik(this.cy.zoom());
    const gekozen = this.cy.nodes(':selected');
    const buren = gekozen.closedNeighborhood();
    // Group titles and closed groups' names are always drawn; other labels give way to them.
    const open = this.cy.nodes('.groep').filter(opKaart);
    const { labels: getoond, tellingen } = kiesLabels(
      {
        // What a selection or a marked route fades has no label, nor keeps one from being
        // drawn over it: the names around the selection come first (UX check, issue 17).
        knopen: this.cy
          .nodes()
          .not('.groep, .groep-dicht, .gedimd')
          .filter(opKaart)
          .map((n: cytoscape.NodeSingular) => ({
            id: n.id(),
            ...n.position(),
            hoogte: Math.max(tik, maatVan(n)),
            breedteEm: this.breedte.get(n.id()) ?? 10,
            boven: n.selected(),
            prioriteit:
              (n.selected() ? 1e6 : 0) +
              (buren.contains(n) ? 1e4 : 0) +
              ((n.data('graad') as number | undefined) ?? 0) * 10 +
              (n.hasClass('organisatie') ? -5 : 0),
          })),
        open: open.map((n) => ({
          frame: n.boundingBox({ includeLabels: false }),
          breedteEm: this.breedte.get(n.id()) ?? 10,
          maxBreedte: n.data('titelBreedte') as number,
        })),
        dicht: new Map(
          this.cy
            .nodes('.groep-dicht')
            .filter(opKaart)
            .map((n: cytoscape.NodeSingular): [string, Box] => [
              n.id(),
              dichteGroep(n.position(), n.data('breedte') as number, n.data('grootte') as number),
            ]),
        ),
        // Counts only between closed groups shown (a filter hides some).
        bundels: this.cy.edges('.geteld').map((e: cytoscape.EdgeSingular) => ({
          id: e.id(),
          van: e.source().id(),
          naar: e.target().id(),
          breedteEm: this.emBreedte(e.data('aantal') as string),
          prioriteit:
            (gekozen.intersection(e.connectedNodes()).nonempty() ? 1e6 : 0) +
            (e.hasClass('gedimd') ? -1e4 : 0) +
            Number(e.data('aantal')),
        })),
      },
      font,
      // On a phone, names wholly in view only (as voorbereidLabels).
      this.telefoon(this.cy.width()) ? this.cy.extent() : undefined,
    );
    const nieuw = this.cy.collection();
    this.cy.batch(() => {
      this.cy
        .nodes()
        .not('.groep, .groep-dicht')
        .forEach((n) => {
          if (n.hasClass('zonder-label') === getoond.has(n.id())) {
            n.toggleClass('zonder-label', !getoond.has(n.id()));
            if (getoond.has(n.id())) nieuw.merge(n);
          }
        });
      this.cy.edges('.geteld').forEach((e) => {
        if (e.hasClass('zonder-label') === tellingen.has(e.id())) {
          e.toggleClass('zonder-label', !tellingen.has(e.id()));
          if (tellingen.has(e.id())) nieuw.merge(e);
        }
      });
    });
    // A new font goes to every label drawn; the same font to those that just got one.
    if (font !== this.elementFont) {
      this.elementFont = font;
      this.zetFont(
        font,
        this.cy
          .nodes()
          .filter((n) => getoond.has(n.id()) || n.selected())
          .union(this.cy.elements('node.groep, node.groep-dicht, edge.geteld')),
      );
    } else this.zetFont(font, nieuw);
  }

  /** Shows only the given knooppunten (null: all), and the organisaties that sit at a shown one. */
  filter(visible: ReadonlySet<string> | null): void {
    const sleutel = visible === null ? '' : [...visible].sort().join();
    if (sleutel === this.filterSleutel) return;
    this.filterSleutel = sleutel;
    // A closed group's members are not drawn: a knooppunt by the filter, an organisatie shown.
    const getoondLid = (key: string) =>
      key.startsWith('o:') || visible === null || visible.has(key.slice(2));
    this.cy.batch(() => {
      this.cy.nodes('.knooppunt').forEach((n) => {
        n.toggleClass(
          'verborgen',
          visible !== null && !visible.has(n.data('knooppuntId') as string),
        );
      });
      this.cy.nodes('.organisatie').forEach((n) => {
        n.toggleClass(
          'verborgen',
          n.connectedEdges().connectedNodes('.knooppunt').not('.verborgen').empty(),
        );
      });
      this.cy.nodes('.groep-dicht').forEach((n) => {
        const leden = n.data('leden') as string[];
        n.toggleClass('verborgen', !leden.some(getoondLid));
      });
      this.cy.nodes('.groep').forEach((n) => {
        n.toggleClass('verborgen', n.children().not('.verborgen').empty());
      });
      // A group's title counts what the filter leaves of it: "Alkmaar (2 van 3)".
      // An open group's shown members are those the lines above left visible.
      this.cy.nodes('.groep, .groep-dicht').forEach((n) => {
        const [getoond, alle] = n.hasClass('groep')
          ? [n.children().not('.verborgen').length, n.children().length]
          : [
              (n.data('leden') as string[]).filter(getoondLid).length,
              (n.data('leden') as string[]).length,
            ];
        const label = groepTitel(n.data('naam') as string, getoond, alle);
        if (label === n.data('label')) return;
        n.data('label', label);
        this.breedte.set(n.id(), this.emBreedte(label));
      });
    });
    this.planLabels();
  }

  /**
   * Focus mode: only the selection and what lies within `stappen` steps of it (routes and
   * deelnames, either direction); null shows everything again.
   */
  focus(stappen: number | null): void {
    const kern = this.cy.nodes(':selected').not('.groep');
    // A new focus brings what it shows into view; the same focus again leaves the view alone.
    const sleutel =
      stappen === null || kern.empty() ? '' : `${stappen}:${kern.map((n) => n.id()).join()}`;
    const anders = sleutel !== this.focusSleutel;
    this.focusSleutel = sleutel;
    this.focusStappen = stappen;
    if (!anders && sleutel === '') return;
    let binnen = kern.union(kern.parent());
    if (stappen !== null)
      for (let i = 0, rand = kern; i < stappen; i++) {
        rand = rand.neighborhood('node').not(binnen);
        binnen = binnen.union(rand).union(rand.parent());
      }
    // What a focus shows is the selection's surroundings already: dimmed as well, most of it was
    // pale grey on white (UX check, issue 17). Without a focus the selection dims the rest again.
    this.cy.batch(() => {
      this.cy.elements().removeClass('buiten-focus');
      if (sleutel !== '') {
        this.cy.nodes().not(binnen).addClass('buiten-focus');
        this.cy.elements().removeClass('gedimd');
      } else if (anders && kern.nonempty() && !this.routeKaart) this.dimRond(kern);
    });
    this.planLabels();
    if (anders && sleutel !== '') {
      const getoond = binnen
        .nodes()
        .not('.verborgen')
        .filter((n: cytoscape.NodeSingular) => !n.isParent());
      this.cy.stop(true);
      this.cy.animate(this.passend(getoond.map(punt), 40), {
        duration: 250,
      });
    }
  }

  /**
   * Selects a knooppunt and highlights its neighbourhood; null clears the selection. With `naast`,
   * a second knooppunt is shown alongside (e.g. an overlapping pair) and both are brought into view.
   * A knooppunt inside a closed group selects that group.
   */
  select(id: string | null, naast: string | null = null): void {
    const wanted = new Set(
      [id, naast].filter((k) => k !== null).map((k) => nodeKey('KNOOPPUNT', k)),
    );
    let nodes = this.cy.nodes().filter((n) => wanted.has(n.id()));
    if (nodes.empty() && wanted.size > 0)
      nodes = this.cy
        .nodes('.groep-dicht')
        .filter((n) => (n.data('leden') as string[]).some((key) => wanted.has(key)));
    this.markeer(nodes);
  }

  /** Selects an organisation node and highlights the tables it sits at. */
  selectOrganisatie(id: string): void {
    this.markeer(this.cy.nodes().filter((n) => n.id() === nodeKey('ORGANISATIE', id)));
  }

  private markeer(nodes: cytoscape.NodeCollection): void {
    const markering = nodes.map((n) => n.id()).join();
    if (markering === '' && this.markering === '') return;
    this.markering = markering;
    this.cy.batch(() => {
      this.cy.elements().unselect().removeClass('gedimd route-gekozen');
      if (nodes.empty()) return;
      nodes.select();
      // On a routes map every knooppunt is a step of a route from the selection: dimming those
      // two or three steps away left them pale grey on white (UX check, issue 17).
      if (this.routeKaart || this.focusStappen !== null) return;
      this.dimRond(nodes);
    });
    if (this.focusStappen !== null) this.focus(this.focusStappen);
    if (nodes.length > 1)
      this.cy.animate(
        { fit: { eles: nodes.closedNeighborhood(), padding: 60 } },
        { duration: 200 },
      );
    else if (nodes.nonempty() && !this.inView(nodes[0]!))
      this.cy.animate({ center: { eles: nodes } }, { duration: 200 });
    this.planLabels();
  }

  /** Dims what is not these nodes or next to them. */
  private dimRond(nodes: cytoscape.NodeCollection): void {
    this.cy
      .elements()
      .not(nodes.closedNeighborhood())
      .not(nodes.closedNeighborhood().parents())
      .addClass('gedimd');
  }

  /** Fits what is shown (not hidden by filter or focus) into the canvas, with some room. */
  fit(): void {
    if (!this.kern) return;
    const shown = this.cy.nodes().filter((n) => opKaart(n) && !n.isParent());
    if (shown.empty()) return;
    // A running animation (centring a selection) would otherwise end after this one and win.
    this.cy.stop(true);
    this.cy.animate(this.passend(shown.map(punt), 40), { duration: 250 });
  }

  /** Zooms around the centre of the canvas; factor > 1 zooms in. */
  zoom(factor: number): void {
    if (!this.kern) return;
    this.verschoven = true;
    const level = Math.min(this.cy.maxZoom(), Math.max(this.cy.minZoom(), this.cy.zoom() * factor));
    this.cy.animate(
      { zoom: { level, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } } },
      { duration: 200 },
    );
  }

  /** Zooms to the selection and its neighbours; false if nothing is selected. */
  zoomNaarSelectie(): boolean {
    if (!this.kern) return false;
    const gekozen = this.cy.nodes(':selected');
    if (gekozen.empty()) return false;
    this.verschoven = true;
    this.cy.animate(
      { fit: { eles: gekozen.closedNeighborhood().nodes().filter(opKaart), padding: 60 } },
      { duration: 250 },
    );
    return true;
  }

  /** The groups drawn now, with their name and size, for the controls that open and close them. */
  groepen(): { sleutel: string; naam: string; aantal: number; open: boolean }[] {
    if (!this.kern) return [];
    return this.cy
      .nodes('.groep, .groep-dicht')
      .map((n) => ({
        sleutel: n.data('sleutel') as string,
        naam: n.data('naam') as string,
        aantal: n.hasClass('groep') ? n.children().length : (n.data('leden') as string[]).length,
        open: n.hasClass('groep'),
      }))
      .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  }

  resetArrangement(): void {
    localStorage.removeItem(this.storageKey);
  }

  /** The drawing as SVG: what is shown, in the map's own line styles, with a title and legend. */
  svg(kop: Kop): string {
    return kaartSvg(this.cy, kop, (tekst) => this.emBreedte(tekst));
  }

  /** The same drawing as a PNG at twice the size, so it prints sharply. */
  async png(kop: Kop): Promise<Blob> {
    const bron = this.svg(kop);
    const [, breedte, hoogte] = /width="(\d+)" height="(\d+)"/.exec(bron) ?? [0, 800, 600];
    const beeld = new Image();
    beeld.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(bron)}`;
    await beeld.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Number(breedte) * 2;
    canvas.height = Number(hoogte) * 2;
    const context = canvas.getContext('2d')!;
    context.scale(2, 2);
    context.drawImage(beeld, 0, 0);
    return new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG'))), 'image/png'),
    );
  }

  private toonTip(event: cytoscape.EventObject): void {
    const el = event.target as cytoscape.SingularElementArgument;
    if (!this.muis || el.hasClass('groep')) return;
    let tip: Tip | null = null;
    if (el.isNode() && el.hasClass('knooppunt'))
      tip = knooppuntTip(el.data() as Parameters<typeof knooppuntTip>[0]);
    else if (el.isNode() && el.hasClass('organisatie'))
      tip = organisatieTip(
        { naam: el.data('naam') as string, type: el.data('type') as string | null },
        el.neighborhood('node.knooppunt').length,
      );
    else if (el.isNode() && el.hasClass('groep-dicht'))
      tip = { titel: el.data('label') as string, regels: ['Klik om deze groep te openen'] };
    else if (el.isEdge() && el.hasClass('overdracht'))
      tip = routeTip(el.data() as Parameters<typeof routeTip>[0]);
    if (!tip) return;
    el.addClass('hover');
    if (el.isNode()) this.zetFont(this.elementFont, this.cy.collection().merge(el));
    const titel = document.createElement('strong');
    titel.textContent = tip.titel;
    this.tip.replaceChildren(
      titel,
      ...tip.regels.map((r) => {
        const regel = document.createElement('span');
        regel.textContent = r;
        return regel;
      }),
    );
    // Beside the pointer, never over what it points at; flipped near the right or bottom edge.
    const { x, y } = event.renderedPosition;
    this.tip.hidden = false;
    const ruimteRechts = this.cy.width() - x > this.tip.offsetWidth + 24;
    const ruimteOnder = this.cy.height() - y > this.tip.offsetHeight + 24;
    this.tip.style.left = `${ruimteRechts ? x + 16 : Math.max(0, x - this.tip.offsetWidth - 16)}px`;
    this.tip.style.top = `${ruimteOnder ? y + 16 : Math.max(0, y - this.tip.offsetHeight - 16)}px`;
  }

  private verbergTip(): void {
    this.tip.hidden = true;
  }

  private inView(node: cytoscape.NodeSingular): boolean {
    const box = this.cy.extent();
    const { x, y } = node.position();
    return x > box.x1 && x < box.x2 && y > box.y1 && y < box.y2;
  }

  private onKey(event: KeyboardEvent): void {
    // Before the first drawing (Cytoscape on its way) there is nothing to move through.
    if (!this.kern) return;
    if (event.key === 'Escape') this.verbergTip();
    const zoom = { '+': 1.5, '=': 1.5, '-': 1 / 1.5 }[event.key];
    if (zoom !== undefined || event.key === '0') {
      event.preventDefault();
      if (zoom !== undefined) this.zoom(zoom);
      else this.fit();
      return;
    }
    const visible = this.cy
      .nodes('.knooppunt, .organisatie')
      .filter(opKaart)
      .toArray()
      .sort((a, b) => (a.data('naam') as string).localeCompare(b.data('naam') as string, 'nl'));
    if (visible.length === 0) return;
    const selected = this.cy.nodes('.knooppunt:selected, .organisatie:selected');
    const index = selected.nonempty() ? visible.findIndex((n) => n.same(selected)) : -1;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const position = (index + step + visible.length) % visible.length;
      const next = visible[position]!;
      const wat = next.hasClass('organisatie') ? 'Organisatie ' : '';
      // Select on the canvas at once: Enter may follow before the page has loaded the selection.
      if (next.hasClass('organisatie')) {
        this.selectOrganisatie(next.data('organisatieId') as string);
        this.callbacks.onOrganisatie(next.data('organisatieId') as string, false);
      } else {
        this.select(next.data('knooppuntId') as string);
        this.callbacks.onSelect(next.data('knooppuntId') as string);
      }
      this.callbacks.announce(
        `${wat}${next.data('naam') as string} (${position + 1} van ${visible.length}). Enter toont de details.`,
      );
    } else if (event.key === 'Enter' && selected.nonempty()) {
      event.preventDefault();
      if (selected[0]!.hasClass('organisatie'))
        this.callbacks.onOrganisatie(selected[0]!.data('organisatieId') as string, true);
      else this.callbacks.onActivate(selected[0]!.data('knooppuntId') as string);
    } else if (event.key === 'Escape') {
      this.callbacks.onSelect(null);
    }
  }

  private loadPositions(): Positions {
    try {
      return JSON.parse(localStorage.getItem(this.storageKey) ?? '{}') as Positions;
    } catch {
      return {};
    }
  }

  private savePositions(): void {
    const positions: Positions = {};
    this.cy.nodes().forEach((n) => {
      positions[n.id()] = n.position();
    });
    localStorage.setItem(this.storageKey, JSON.stringify(positions));
  }
}
