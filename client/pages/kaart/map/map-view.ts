// SPDX-License-Identifier: EUPL-1.2
// The graph canvas. Positions come from the server (computed once per structure) or from the
// user's own arrangement, so drawing never runs a layout. Keyboard: arrow keys move through the
// visible knooppunten in name order, Enter opens the details, Escape clears the selection.
import cytoscape from 'cytoscape';
import svg from 'cytoscape-svg';
import type { Indeling } from '../../../shared/view-state.ts';
import type { Kaart, KaartKnooppunt, KaartOverdracht, Routes } from '../queries.ts';
import { BADGE_ZOOM, stylesheet } from './encoding.ts';

cytoscape.use(svg);

type Positions = Record<string, { x: number; y: number }>;
/** What the canvas needs of a knooppunt to draw it. */
type MapKnooppunt = Pick<
  KaartKnooppunt,
  'id' | 'naam' | 'functie' | 'werkproces' | 'wettelijkeBasis' | 'samenstelling'
>;
const nodeKey = (soort: 'KNOOPPUNT' | 'ORGANISATIE', id: string) =>
  `${soort === 'KNOOPPUNT' ? 'k' : 'o'}:${id}`;

export interface MapCallbacks {
  onSelect(id: string | null): void;
  onActivate(id: string): void;
  announce(text: string): void;
}

export class MapView {
  private readonly cy: cytoscape.Core;
  private readonly callbacks: MapCallbacks;
  private storageKey = '';
  private dichtbij: boolean | undefined;

  constructor(container: HTMLElement, callbacks: MapCallbacks) {
    this.callbacks = callbacks;
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node.knooppunt', (event) =>
      this.callbacks.onSelect(
        (event.target as cytoscape.NodeSingular).data('knooppuntId') as string,
      ),
    );
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) this.callbacks.onSelect(null);
    });
    // Keep the user's arrangement: dragged positions are stored per region, layout and layer.
    this.cy.on('dragfree', 'node', () => this.savePositions());
    // The canvas swallows the mouse-down that would focus the container; keys must reach it.
    this.cy.on('tapstart', () => container.focus({ preventScroll: true }));
    container.addEventListener('keydown', (event) => this.onKey(event));
    this.cy.on('zoom', () => this.updateBadges());
    // The panel and the list change the container's size; the canvas must follow.
    new ResizeObserver(() => this.cy.resize()).observe(container);
  }

  /** Draws a region map with preset positions; the user's own positions win over the server's. */
  show(kaart: Kaart, indeling: Indeling, metOrganisaties: boolean): void {
    this.draw(`kaart:${kaart.regio.id}:${indeling}:${metOrganisaties ? 'org' : 'kp'}`, kaart);
  }

  /** Draws the routes of one knooppunt in the flow layout, the knooppunt itself at the start. */
  showRoutes(routes: Routes): void {
    const knooppunten = new Map(
      routes.routes.flatMap((r) => r.stappen.flatMap((s) => [s.van, s.naar])).map((k) => [k.id, k]),
    );
    knooppunten.set(routes.knooppunt.id, routes.knooppunt);
    const overdrachten = new Map(
      routes.routes.flatMap((r) =>
        r.stappen.map((s) => [
          s.overdracht.id,
          { id: s.overdracht.id, soort: s.overdracht.soort, van: s.van, naar: s.naar },
        ]),
      ),
    );
    this.draw(`routes:${routes.knooppunt.id}:${routes.richting}`, {
      knooppunten: [...knooppunten.values()],
      overdrachten: [...overdrachten.values()],
      organisaties: [],
      deelnames: [],
      posities: routes.posities,
    });
  }

  /** Emphasises the overdrachten of one route; select() clears it. */
  highlightRoute(overdrachtIds: readonly string[]): void {
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
    kaart: Pick<Kaart, 'organisaties' | 'deelnames' | 'posities'> & {
      knooppunten: MapKnooppunt[];
      overdrachten: Pick<KaartOverdracht, 'id' | 'soort' | 'van' | 'naar'>[];
    },
  ): void {
    this.storageKey = storageKey;
    const own = this.loadPositions();
    const server: Positions = Object.fromEntries(
      kaart.posities.map((p) => [nodeKey(p.soort, p.id), { x: p.x, y: p.y }]),
    );
    const position = (key: string) => own[key] ?? server[key] ?? { x: 0, y: 0 };
    const elements: cytoscape.ElementDefinition[] = [
      ...kaart.knooppunten.map((k) => ({
        group: 'nodes' as const,
        classes: 'knooppunt',
        data: {
          id: nodeKey('KNOOPPUNT', k.id),
          knooppuntId: k.id,
          label: k.naam,
          naam: k.naam,
          functie: k.functie,
          wettelijkeBasis: k.wettelijkeBasis,
          samenstelling: k.samenstelling,
          werkproces: k.werkproces,
        },
        position: position(nodeKey('KNOOPPUNT', k.id)),
      })),
      ...kaart.organisaties.map((o) => ({
        group: 'nodes' as const,
        classes: 'organisatie',
        data: { id: nodeKey('ORGANISATIE', o.id), label: o.naam, naam: o.naam },
        position: position(nodeKey('ORGANISATIE', o.id)),
      })),
      ...kaart.overdrachten.map((o) => ({
        group: 'edges' as const,
        classes: 'overdracht',
        data: {
          id: `r:${o.id}`,
          source: nodeKey('KNOOPPUNT', o.van.id),
          target: nodeKey('KNOOPPUNT', o.naar.id),
          soort: o.soort,
        },
      })),
      ...kaart.deelnames.map((d) => ({
        group: 'edges' as const,
        classes: 'deelname',
        data: {
          id: `d:${d.id}`,
          source: nodeKey('KNOOPPUNT', d.knooppunt.id),
          target: nodeKey('ORGANISATIE', d.organisatie.id),
        },
      })),
    ];
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
      this.cy.edges().unselectify();
    });
    this.cy.layout({ name: 'preset', fit: true, padding: 30 }).run();
    this.dichtbij = undefined;
    this.updateBadges();
  }

  /** Badges only where they can be read: drawing 300 images at a tiny scale costs a long first frame. */
  private updateBadges(): void {
    const dichtbij = this.cy.zoom() >= BADGE_ZOOM;
    if (dichtbij === this.dichtbij) return;
    this.dichtbij = dichtbij;
    this.cy.nodes('.knooppunt').toggleClass('dichtbij', dichtbij);
  }

  /** Shows only the given knooppunten (null: all), and the organisaties that sit at a shown one. */
  filter(visible: ReadonlySet<string> | null): void {
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
    });
  }

  /**
   * Selects a knooppunt and highlights its neighbourhood; null clears the selection. With `naast`,
   * a second knooppunt is shown alongside (e.g. an overlapping pair) and both are brought into view.
   */
  select(id: string | null, naast: string | null = null): void {
    const wanted = new Set(
      [id, naast].filter((k) => k !== null).map((k) => nodeKey('KNOOPPUNT', k)),
    );
    const nodes = this.cy.nodes().filter((n) => wanted.has(n.id()));
    this.cy.batch(() => {
      this.cy.elements().unselect().removeClass('gedimd route-gekozen');
      if (nodes.empty()) return;
      nodes.select();
      this.cy.elements().not(nodes.closedNeighborhood()).addClass('gedimd');
    });
    if (nodes.length > 1)
      this.cy.animate(
        { fit: { eles: nodes.closedNeighborhood(), padding: 60 } },
        { duration: 200 },
      );
    else if (nodes.nonempty() && !this.inView(nodes[0]!))
      this.cy.animate({ center: { eles: nodes } }, { duration: 200 });
  }

  resetArrangement(): void {
    localStorage.removeItem(this.storageKey);
  }

  png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
  }

  svg(): string {
    return this.cy.svg({ full: true, bg: '#ffffff' });
  }

  private inView(node: cytoscape.NodeSingular): boolean {
    const box = this.cy.extent();
    const { x, y } = node.position();
    return x > box.x1 && x < box.x2 && y > box.y1 && y < box.y2;
  }

  private onKey(event: KeyboardEvent): void {
    const visible = this.cy
      .nodes('.knooppunt')
      .not('.verborgen')
      .toArray()
      .sort((a, b) => (a.data('naam') as string).localeCompare(b.data('naam') as string, 'nl'));
    if (visible.length === 0) return;
    const selected = this.cy.nodes('.knooppunt:selected');
    const index = selected.nonempty() ? visible.findIndex((n) => n.same(selected)) : -1;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const position = (index + step + visible.length) % visible.length;
      const next = visible[position]!;
      // Select on the canvas at once: Enter may follow before the page has loaded the selection.
      this.select(next.data('knooppuntId') as string);
      this.callbacks.onSelect(next.data('knooppuntId') as string);
      this.callbacks.announce(
        `${next.data('naam') as string} (${position + 1} van ${visible.length}). Enter toont de details.`,
      );
    } else if (event.key === 'Enter' && selected.nonempty()) {
      event.preventDefault();
      this.callbacks.onActivate(selected[0]!.data('knooppuntId') as string);
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
