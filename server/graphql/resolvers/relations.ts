// SPDX-License-Identifier: EUPL-1.2
// Relations, navigable both ways, resolved from the request's in-memory view. An object's own
// relations come from everything stored (an ended knooppunt keeps its deelnames); the lists of
// knooppunten per thema, gemeente, regio and organisatie show what exists today.
import type { RegistryIndex } from '../../domain/registry-index.ts';
import type { Context } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';

/** A reference the store guarantees exists; its absence is a bug, not a client error. */
function must<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`inconsistent registry: ${what} ${id} missing`);
  return value;
}
const optional = <T>(map: ReadonlyMap<string, T>, id: string | null): T | null =>
  id === null ? null : (map.get(id) ?? null);
const list = <T>(map: ReadonlyMap<string, readonly T[]>, id: string): T[] => [
  ...(map.get(id) ?? []),
];
const organisatie = (view: RegistryIndex, id: string | null) => optional(view.organisaties, id);

/**
 * f on the request's index (everything stored, or the registry today), at once when the request
 * has loaded it: an async resolver costs a promise and a turn of the event loop per field, and a
 * map of 760 knooppunten has thousands of these fields (issue 20).
 */
function op<T>(
  ctx: Context,
  welke: 'view' | 'volledig',
  f: (view: RegistryIndex) => T,
): T | Promise<T> {
  const view = ctx.geladen(welke);
  return view ? f(view) : (welke === 'view' ? ctx.view() : ctx.volledig()).then(f);
}

export const relations: Resolvers = {
  Knooppunt: {
    regio: (k, _, ctx) => op(ctx, 'volledig', (v) => must(v.regios, k.regioId, 'regio')),
    taakhouder: (k, _, ctx) => op(ctx, 'volledig', (v) => organisatie(v, k.taakhouderId)),
    themas: (k, _, ctx) =>
      op(ctx, 'volledig', (v) => k.themaIds.map((id) => must(v.themas, id, 'thema'))),
    werkgebied: (k, _, ctx) =>
      op(ctx, 'volledig', (v) => k.gemeenteIds.map((id) => must(v.gemeenten, id, 'gemeente'))),
    belegdBij: (k, _, ctx) => op(ctx, 'volledig', (v) => organisatie(v, k.belegdBijId)),
    verwerkingsverantwoordelijke: (k, _, ctx) =>
      op(ctx, 'volledig', (v) => organisatie(v, k.verwerkingsverantwoordelijkeId)),
    deelnames: (k, _, ctx) => op(ctx, 'volledig', (v) => list(v.deelnamesVanKnooppunt, k.id)),
    overdrachtenUit: (k, _, ctx) => op(ctx, 'volledig', (v) => list(v.overdrachtenUit, k.id)),
    overdrachtenIn: (k, _, ctx) => op(ctx, 'volledig', (v) => list(v.overdrachtenIn, k.id)),
  },
  AanpalendKnooppunt: {
    knooppunt: (a, _, ctx) =>
      op(ctx, 'volledig', (v) => must(v.knooppunten, a.knooppuntId, 'knooppunt')),
  },
  WetVerwijzing: {
    wet: (w, _, ctx) => op(ctx, 'volledig', (v) => must(v.wetten, w.wetId, 'wet')),
  },
  Organisatie: {
    deelnames: (o, _, ctx) => op(ctx, 'view', (v) => list(v.deelnamesVanOrganisatie, o.id)),
    belegdBij: (o, _, ctx) => op(ctx, 'view', (v) => list(v.knooppuntenBelegdBij, o.id)),
  },
  Deelname: {
    organisatie: (d, _, ctx) =>
      op(ctx, 'volledig', (v) => must(v.organisaties, d.organisatieId, 'organisatie')),
    knooppunt: (d, _, ctx) =>
      op(ctx, 'volledig', (v) => must(v.knooppunten, d.knooppuntId, 'knooppunt')),
  },
  Overdracht: {
    van: (o, _, ctx) => op(ctx, 'volledig', (v) => must(v.knooppunten, o.vanId, 'knooppunt')),
    naar: (o, _, ctx) => op(ctx, 'volledig', (v) => must(v.knooppunten, o.naarId, 'knooppunt')),
    aanmelder: (o, _, ctx) => op(ctx, 'volledig', (v) => organisatie(v, o.aanmelderId)),
  },
  Thema: {
    knooppunten: (t, _, ctx) => op(ctx, 'view', (v) => list(v.knooppuntenVanThema, t.id)),
  },
  Gemeente: {
    regios: (g, _, ctx) =>
      op(ctx, 'view', (v) => g.regioIds.map((id) => must(v.regios, id, 'regio'))),
    knooppunten: (g, _, ctx) => op(ctx, 'view', (v) => list(v.knooppuntenVanGemeente, g.id)),
  },
  Regio: {
    gemeenten: (r, _, ctx) => op(ctx, 'view', (v) => list(v.gemeentenVanRegio, r.id)),
    knooppunten: (r, _, ctx) => op(ctx, 'view', (v) => list(v.knooppuntenVanRegio, r.id)),
    aantalKnooppunten: (r, _, ctx) =>
      op(ctx, 'view', (v) => ctx.registry.regionMap(v, r.id).knooppunten.length),
  },
};
