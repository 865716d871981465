// SPDX-License-Identifier: EUPL-1.2
// The schema as the running app reports it (introspection with the API token), and arbitrary
// argument values for its fields, so the fuzzing follows the schema as it changes. Values are
// mostly well-typed, so that requests get past validation to the resolvers and their rights
// checks; a share is wrongly typed on purpose.
import fc from 'fast-check';
import { dataOf, send } from './http.ts';

export interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

export interface Field {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}

export interface Schema {
  queries: Field[];
  mutations: Field[];
  inputs: Map<string, { name: string; type: TypeRef }[]>;
  enums: Map<string, string[]>;
}

const TYPE_REF =
  'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema {
  queryType { fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } }
  mutationType { fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } }
  types { kind name inputFields { name type { ${TYPE_REF} } } enumValues { name } } } }`;

interface Introspection {
  __schema: {
    queryType: { fields: Field[] };
    mutationType: { fields: Field[] } | null;
    types: {
      kind: string;
      name: string;
      inputFields: { name: string; type: TypeRef }[] | null;
      enumValues: { name: string }[] | null;
    }[];
  };
}

export async function introspect(base: string, token: string): Promise<Schema> {
  const answer = await send(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: INTROSPECTION }),
  });
  const data = dataOf<Introspection>(answer);
  if (!data)
    throw new Error(`introspection failed: HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
  const inputs = new Map<string, { name: string; type: TypeRef }[]>();
  const enums = new Map<string, string[]>();
  for (const t of data.__schema.types) {
    if (t.kind === 'INPUT_OBJECT' && t.inputFields) inputs.set(t.name, t.inputFields);
    if (t.kind === 'ENUM' && t.enumValues && !t.name.startsWith('__'))
      enums.set(
        t.name,
        t.enumValues.map((v) => v.name),
      );
  }
  return {
    queries: data.__schema.queryType.fields,
    mutations: data.__schema.mutationType?.fields ?? [],
    inputs,
    enums,
  };
}

export function named(t: TypeRef): TypeRef {
  return t.ofType ? named(t.ofType) : t;
}

/** The type as written in a variable definition: [ID!]! and so on. */
export function printType(t: TypeRef): string {
  if (t.kind === 'NON_NULL') return `${printType(t.ofType!)}!`;
  if (t.kind === 'LIST') return `[${printType(t.ofType!)}]`;
  return t.name ?? 'String';
}

/** What to select on a field's result: nothing on a scalar, __typename on an object. */
export function selectionOf(t: TypeRef): string {
  const kind = named(t).kind;
  return kind === 'OBJECT' || kind === 'INTERFACE' || kind === 'UNION' ? ' { __typename }' : '';
}

/** A value as a GraphQL literal, enums bare where the value is one of the enum's. */
export function literal(schema: Schema, value: unknown, t: TypeRef | undefined): string {
  const inner = t?.kind === 'NON_NULL' ? t.ofType! : t;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value))
    return `[${value.map((v) => literal(schema, v, inner?.kind === 'LIST' ? inner.ofType! : undefined)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = inner?.name ? schema.inputs.get(inner.name) : undefined;
    return `{${Object.entries(value)
      .filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k))
      .map(([k, v]) => `${k}: ${literal(schema, v, fields?.find((f) => f.name === k)?.type)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string') {
    const values = inner?.name ? schema.enums.get(inner.name) : undefined;
    return values?.includes(value) ? value : JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return typeof value === 'boolean' ? String(value) : 'null';
}

export interface Known {
  /** Ids of stored objects, so that writes aim at real ones. */
  ids: string[];
  marker: string;
}

const wrong = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Arbitrary values for a type; wrongRate is the share of wrongly typed ones (0: all valid). */
export function valueOf(
  schema: Schema,
  t: TypeRef,
  known: Known,
  wrongRate: number,
  depth = 0,
): fc.Arbitrary<unknown> {
  const right = rightValueOf(schema, t, known, wrongRate, depth);
  if (wrongRate <= 0) return right;
  const weight = Math.round(wrongRate * 100);
  return fc.oneof({ arbitrary: right, weight: 100 - weight }, { arbitrary: wrong, weight });
}

function rightValueOf(
  schema: Schema,
  t: TypeRef,
  known: Known,
  wrongRate: number,
  depth: number,
): fc.Arbitrary<unknown> {
  if (t.kind !== 'NON_NULL') {
    const inner = valueOf(
      schema,
      { kind: 'NON_NULL', name: null, ofType: t },
      known,
      wrongRate,
      depth,
    );
    return depth > 3 ? fc.constant(null) : fc.option(inner, { nil: null, freq: 4 });
  }
  const inner = t.ofType!;
  if (inner.kind === 'LIST')
    return fc.array(valueOf(schema, inner.ofType!, known, wrongRate, depth + 1), {
      maxLength: depth > 2 ? 0 : 3,
    });
  const name = inner.name ?? '';
  const values = schema.enums.get(name);
  if (values) return fc.constantFrom(...values);
  const fields = schema.inputs.get(name);
  if (fields) {
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) model[f.name] = valueOf(schema, f.type, known, wrongRate, depth + 1);
    return fc.record(model, {
      requiredKeys: fields.filter((f) => f.type.kind === 'NON_NULL').map((f) => f.name),
    });
  }
  const text = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom('', ' ', '=1+1', '<script>x</script>', '../../etc/passwd'),
  );
  switch (name) {
    case 'ID':
      return fc.oneof(fc.constantFrom(...known.ids), fc.constant(`${known.marker}-id`), text);
    case 'Int':
      return fc.oneof(
        fc.integer({ min: -2, max: 10 }),
        fc.integer(),
        fc.constantFrom(2 ** 31 - 1, -(2 ** 31)),
      );
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'Boolean':
      return fc.boolean();
    default:
      // String and custom scalars (dates): text, half of it carrying the marker.
      return fc.tuple(text, fc.boolean()).map(([s, mark]) => (mark ? `${s}${known.marker}` : s));
  }
}

/** Valid values for every argument but one, for requests that test that one. */
export function validArgs(
  schema: Schema,
  field: Field,
  known: Known,
  seed: number,
): Record<string, unknown> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const a of field.args) model[a.name] = valueOf(schema, a.type, known, 0);
  return (
    fc.sample(
      fc.record(model, {
        requiredKeys: field.args.filter((a) => a.type.kind === 'NON_NULL').map((a) => a.name),
      }),
      { seed, numRuns: 1 },
    )[0] ?? {}
  );
}
