// SPDX-License-Identifier: EUPL-1.2
// The map as an SVG file: drawn from the elements and the same encoding tables as the canvas
// (cytoscape-svg drew every route dashed, lost the double and dashed borders and logged "Attempted
// to apply path command to node g"; ux-review row 13), with a title block and the legend, so a
// printout or an attachment can be read on its own. The PNG export is this SVG rasterised.
import type cytoscape from 'cytoscape';
import type { Titel } from '../../../shared/titelblok.ts';
import { datum } from '../../../shared/datum.ts';
import { BADGE, BORDER, INK, LABEL_FONT, LABEL_MAX_EM, ROUTE } from './encoding.ts';
import { legendaGroepen, symboolSvg } from './legend.ts';
import { gewikkeldeBreedte, kiesLabels, lijnMidden, type Box } from './label-detail.ts';

/** The title block's data (titelblok.ts), plus how the map is laid out and grouped. */
export type Kop = Titel & { indeling?: string; groepering?: string; focus?: string };

const esc = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n: number) => Math.round(n * 10) / 10;

/** A text's width in font sizes, measured as the canvas draws it (MapView). */
export type Meter = (tekst: string) => number;

/** Splits a label into lines of at most LABEL_MAX_EM font sizes, at spaces as the canvas does. */
function regels(tekst: string, meet: Meter): string[] {
  const uit: string[] = [];
  for (const woord of tekst.split(/\s+/)) {
    const laatste = uit.at(-1);
    if (laatste !== undefined && meet(`${laatste} ${woord}`) <= LABEL_MAX_EM)
      uit[uit.length - 1] = `${laatste} ${woord}`;
    else uit.push(woord);
  }
  return uit.slice(0, 3);
}

function knoop(n: cytoscape.NodeSingular, metLabel: boolean, meet: Meter): string {
  const { x, y } = n.position();
  const w = n.width();
  const h = n.height();
  const opacity = r1(n.effectiveOpacity());
  const vulling = n.style('background-color') as string;
  const rand = BORDER[n.data('wettelijkeBasis') as string];
  const streep = rand?.style === 'dashed' ? ' stroke-dasharray="6 4"' : '';
  const dicht = n.hasClass('groep-dicht');
  const dikte = rand ? (rand.style === 'double' ? 2 : rand.width) : dicht ? 3 : 1;
  const vorm = (inset: number, extra: string) => {
    const [hw, hh] = [w / 2 - inset, h / 2 - inset];
    if (n.hasClass('organisatie') || dicht)
      return `<rect x="${r1(x - hw)}" y="${r1(y - hh)}" width="${r1(2 * hw)}" height="${r1(2 * hh)}" rx="4" ${extra}/>`;
    if (n.data('functie') === 'MELDPUNT')
      return `<polygon points="${r1(x)},${r1(y - hh)} ${r1(x + hw)},${r1(y)} ${r1(x)},${r1(y + hh)} ${r1(x - hw)},${r1(y)}" ${extra}/>`;
    return `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="${r1(hw)}" ry="${r1(hh)}" ${extra}/>`;
  };
  const delen = [vorm(0, `fill="${vulling}" stroke="${INK}" stroke-width="${dikte}"${streep}`)];
  // A double border: an outer and an inner ring, as the canvas draws 'double'.
  if (rand?.style === 'double') delen.push(vorm(5, `fill="none" stroke="${INK}" stroke-width="2"`));
  if (n.selected())
    delen.unshift(
      `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(Math.max(w, h) / 2 + 8)}" fill="#ffbf00" fill-opacity="0.45"/>`,
    );
  const letter = BADGE[n.data('werkproces') as keyof typeof BADGE];
  if (letter)
    delen.push(
      `<rect x="${r1(x - 9)}" y="${r1(y - 9)}" width="18" height="18" rx="3" fill="#fff" stroke="${INK}"/><text x="${r1(x)}" y="${r1(y + 4.5)}" font-size="12" font-weight="bold" text-anchor="middle" fill="${INK}">${letter}</text>`,
    );
  // A closed group's name is inside its box, bold, always (as encoding.ts draws it).
  if (metLabel || dicht) {
    const lijnen = regels(n.data('label') as string, meet);
    const font = n.hasClass('organisatie') ? LABEL_FONT * 0.85 : LABEL_FONT;
    const y0 = dicht
      ? y - ((lijnen.length - 1) * font * 1.2) / 2 + font * 0.35
      : y + h / 2 + 4 + font;
    delen.push(
      `<text x="${r1(x)}" y="${r1(y0)}" font-size="${font}" text-anchor="middle" fill="${INK}" stroke="#fff" stroke-width="3" paint-order="stroke"${n.selected() || dicht ? ' font-weight="bold"' : ''}>${lijnen
        .map((l, i) => `<tspan x="${r1(x)}" dy="${i === 0 ? 0 : r1(font * 1.2)}">${esc(l)}</tspan>`)
        .join('')}</text>`,
    );
  }
  const basis = n.data('wettelijkeBasis') as string | undefined;
  return `<g opacity="${opacity}"${basis ? ` data-basis="${basis}"` : ''}>${delen.join('')}</g>`;
}

const doos = (n: cytoscape.NodeSingular): Box => {
  const { x1, y1, x2, y2 } = n.boundingBox({ includeLabels: false });
  return { x1, y1, x2, y2 };
};

function lijn(e: cytoscape.EdgeSingular, metAantal: boolean): string {
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const punten = e.controlPoints() ?? [];
  const pad =
    punten.length === 1
      ? `M${r1(s.x)},${r1(s.y)} Q${r1(punten[0]!.x)},${r1(punten[0]!.y)} ${r1(t.x)},${r1(t.y)}`
      : `M${r1(s.x)},${r1(s.y)} ${[...punten, t].map((p) => `L${r1(p.x)},${r1(p.y)}`).join(' ')}`;
  const route = ROUTE[e.data('soort') as string];
  const deelname = e.hasClass('deelname');
  const kleur = route?.kleur ?? (deelname ? '#9a9a9a' : '#6d6d6d');
  const breedte = route?.width ?? (deelname ? 1 : Number(e.data('breedte') ?? 2));
  const streep = route?.dash.length ? ` stroke-dasharray="${route.dash.join(' ')}"` : '';
  let pijl = '';
  if (!deelname) {
    // The arrowhead points along the last stretch of the line, its tip on the target's border.
    const van = punten.at(-1) ?? s;
    const hoek = Math.atan2(t.y - van.y, t.x - van.x);
    const lengte = 6 + breedte * 2;
    const punt = (a: number, r: number) =>
      `${r1(t.x + Math.cos(hoek + a) * r)},${r1(t.y + Math.sin(hoek + a) * r)}`;
    const inkeping = route?.arrow === 'vee' ? punt(Math.PI, lengte * 0.45) : '';
    pijl = `<polygon points="${r1(t.x)},${r1(t.y)} ${punt(Math.PI - 0.45, lengte)} ${inkeping} ${punt(Math.PI + 0.45, lengte)}" fill="${kleur}"/>`;
  }
  // Where the canvas draws it (label-detail.ts, lijnMidden), centred on that point.
  const midden = metAantal ? lijnMidden(doos(e.source()), doos(e.target())) : undefined;
  const aantal = midden
    ? `<text x="${r1(midden.x)}" y="${r1(midden.y + LABEL_FONT * 0.35)}" font-size="${LABEL_FONT}" text-anchor="middle" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(String(e.data('aantal')))}</text>`
    : '';
  const soort = route ? ` data-soort="${esc(e.data('soort') as string)}"` : '';
  return `<g opacity="${r1(e.effectiveOpacity())}"${soort}><path d="${pad}" fill="none" stroke="${kleur}" stroke-width="${breedte}"${streep}/>${pijl}${aantal}</g>`;
}

/** The legend as SVG, in columns of the given width; returns the markup and its height. */
function legenda(x0: number, y0: number, breedte: number): { svg: string; hoogte: number } {
  const kolom = 250;
  const kolommen = Math.max(1, Math.floor(breedte / kolom));
  const hoogtes = new Array<number>(kolommen).fill(0);
  const delen: string[] = [];
  for (const groep of legendaGroepen()) {
    const k = hoogtes.indexOf(Math.min(...hoogtes));
    const x = x0 + k * kolom;
    let y = y0 + hoogtes[k]!;
    delen.push(
      `<text x="${x}" y="${y + 14}" font-size="13" font-weight="bold">${esc(groep.titel)}</text>`,
    );
    y += 22;
    for (const item of groep.items) {
      delen.push(
        `<svg x="${x}" y="${y}" width="44" height="28" viewBox="0 0 44 28">${symboolSvg(item.symbool)}</svg><text x="${x + 50}" y="${y + 18}" font-size="12">${esc(item.label)}</text>`,
      );
      y += 30;
    }
    hoogtes[k] = y - y0 + 10;
  }
  return { svg: delen.join(''), hoogte: Math.max(...hoogtes) };
}

export function kaartSvg(cy: cytoscape.Core, kop: Kop, meet: Meter): string {
  const zichtbaar = cy.elements().filter((e) => e.visible());
  const knopen = zichtbaar.nodes().not('.groep') as cytoscape.NodeCollection;
  const box = zichtbaar.boundingBox({});
  const marge = 30;
  const breedte = Math.max(760, Math.ceil(box.w + 2 * marge));
  // The same level of detail as on screen at full size: no label over a more important one, no
  // count over a box or another count.
  const { labels, tellingen } = kiesLabels(
    {
      knopen: knopen.not('.groep-dicht').map((n: cytoscape.NodeSingular) => ({
        id: n.id(),
        ...n.position(),
        hoogte: n.height(),
        breedteEm: gewikkeldeBreedte((n.data('label') as string).split(' ').map(meet), meet(' ')),
        prioriteit: (n.selected() ? 1e6 : 0) + ((n.data('graad') as number | undefined) ?? 0),
      })),
      open: zichtbaar.nodes('.groep').map((g) => ({
        frame: doos(g),
        breedteEm: meet(g.data('label') as string),
        maxBreedte: Infinity,
      })),
      dicht: new Map(zichtbaar.nodes('.groep-dicht').map((n) => [n.id(), doos(n)])),
      bundels: zichtbaar.edges('.geteld').map((e) => ({
        id: e.id(),
        van: e.source().id(),
        naar: e.target().id(),
        breedteEm: meet(String(e.data('aantal'))),
        prioriteit: Number(e.data('aantal')),
      })),
    },
    LABEL_FONT,
  );
  const titelRegels = [
    kop.regio ? `Regio: ${kop.regio}` : '',
    `Stand op: ${datum(kop.peildatum || new Date().toISOString())}`,
    `Filters: ${kop.filters?.length ? kop.filters.join('; ') : 'geen'}`,
    kop.indeling ? `Indeling: ${kop.indeling}` : '',
    kop.groepering ? `Gegroepeerd op: ${kop.groepering}` : '',
    kop.focus ? `Focus: ${kop.focus}` : '',
  ].filter(Boolean);
  const titelHoogte = 40 + titelRegels.length * 20 + 10;
  const kaartHoogte = Math.ceil(box.h + 2 * marge);
  const leg = legenda(marge, titelHoogte + kaartHoogte + 10, breedte - 2 * marge);
  const hoogte = titelHoogte + kaartHoogte + leg.hoogte + 20;
  const dx = marge - box.x1;
  const dy = titelHoogte + marge - box.y1;
  const groepen = zichtbaar
    .nodes('.groep')
    .map((g) => {
      const b = g.boundingBox({ includeLabels: false });
      return `<rect x="${r1(b.x1)}" y="${r1(b.y1)}" width="${r1(b.w)}" height="${r1(b.h)}" rx="8" fill="#f3f3f3" stroke="#8a8a8a" stroke-width="2"/><text x="${r1(b.x1 + b.w / 2)}" y="${r1(b.y1 - 6)}" font-size="${LABEL_FONT * 1.25}" font-weight="bold" text-anchor="middle">${esc(g.data('label') as string)}</text>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${breedte}" height="${hoogte}" viewBox="0 0 ${breedte} ${hoogte}" font-family="Helvetica, Arial, sans-serif" fill="${INK}">
<title>${esc(kop.titel)}</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="${marge}" y="32" font-size="22" font-weight="bold">${esc(kop.titel)}</text>
${titelRegels.map((r, i) => `<text x="${marge}" y="${58 + i * 20}" font-size="14">${esc(r)}</text>`).join('\n')}
<g transform="translate(${r1(dx)} ${r1(dy)})">${groepen}${zichtbaar
    .edges()
    .map((e) => lijn(e, tellingen.has(e.id())))
    .join(
      '',
    )}${knopen.map((n: cytoscape.NodeSingular) => knoop(n, labels.has(n.id()), meet)).join('')}</g>
${leg.svg}
</svg>`;
}
