// SPDX-License-Identifier: EUPL-1.2
// The hostile requests of the fuzz phase, per category, built lazily (some bodies are tens of
// MB). All anonymous: none of them may write. Every request carries the run's marker (in a
// header and, where the format allows, in the body), so the log can be searched for it after.
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { http1, type Raw } from './http.ts';
import {
  literal,
  printType,
  selectionOf,
  validArgs,
  valueOf,
  type Field,
  type Known,
  type Schema,
} from './schema.ts';

export interface Case {
  /** node:http: path with query string; method defaults to POST with a body, else GET. */
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | (() => string | Buffer);
  /** Sent as bytes over a socket instead (an HTTP client would refuse or repair it). */
  raw?: () => Raw;
  /** Incomplete or slow on purpose: no answer before its deadline is expected; not a hang. */
  slow?: boolean;
  timeoutMs?: number;
  /** Kept under this name for the limits row. */
  probe?: string;
}

export interface FuzzContext {
  port: number;
  marker: string;
  schema: Schema;
  known: Known;
  /** An empty workbook as exported (/export/register.xlsx?sjabloon=1): a valid import file. */
  template: Buffer;
  seed: number;
}

export type Category = readonly [name: string, make: (ctx: FuzzContext) => Iterable<Case>];

const JSON_CT = { 'content-type': 'application/json' };
const CSRF = { 'x-graphql-yoga-csrf': '1' };
const gql = (query: string, variables?: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ query, ...(variables === undefined ? {} : { variables }), ...extra });
const post = (
  path: string,
  body: Case['body'],
  headers: Record<string, string> = JSON_CT,
  more: Partial<Case> = {},
): Case => ({ path, method: 'POST', headers, body, ...more });
const graphql = (body: Case['body'], more: Partial<Case> = {}) =>
  post('/graphql', body, JSON_CT, more);
const rawCase = (
  bytes: () => Buffer,
  more: Partial<Case> & { pauseMs?: number; chunks?: () => Buffer[] } = {},
): Case => ({
  ...more,
  raw: () => ({
    chunks: more.chunks ? more.chunks() : [bytes()],
    pauseMs: more.pauseMs ?? 0,
    timeoutMs: more.timeoutMs ?? 15_000,
  }),
});
const markerHeader = (m: string) => `X-Soak-Marker: ${m}`;
const repeat = (n: number, f: (i: number) => string, sep = ' ') =>
  Array.from({ length: n }, (_, i) => f(i)).join(sep);

/** Fields nested n deep: knooppunt > deelnames > knooppunt > …, the schema's own cycle. */
export function nested(n: number, m: string): string {
  const names = Array.from({ length: n }, (_, i) =>
    i === 0 ? `${m}: knooppunt(id: "${m}")` : i % 2 === 1 ? 'deelnames' : 'knooppunt',
  );
  return `{ ${names.join(' { ')} { __typename ${'} '.repeat(n)}}`;
}
const deepList = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const deepObject = (n: number, key = 'a') => `${`{"${key}":`.repeat(n)}1${'}'.repeat(n)}`;
const deepObjectLiteral = (n: number) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}`;

const badJson: Category = [
  'bad JSON',
  function* ({ marker: m }) {
    const bodies = [
      '',
      '{',
      `{"query":"{ ${m}: __typename }"`,
      `{"query":"{ ${m}: __typename }",}`,
      `{'query':'{ ${m}: __typename }'}`,
      'null',
      '[]',
      `"${m}"`,
      '12',
      'true',
      'NaN',
      `{"query": 5, "m": "${m}"}`,
      `{"query": null, "variables": 5, "m": "${m}"}`,
      `{"query":"{ ${m}: __typename }","variables":"${m}"}`,
      `{"__proto__":{"admin":true},"query":"{ ${m}: __typename }"}`,
      `{"constructor":{"prototype":{"admin":true}},"query":"{ ${m}: __typename }"}`,
      `\uFEFF{"query":"{ ${m}: __typename }"}`,
      `{"query":"\\ud800 ${m}"}`,
      `{"query":"{ ${m}: __typename }","x":1e999999}`,
      `{"query":"{ ${m}: __typename }","query":"mutation { deleteKnooppunt(id: \\"${m}\\", versie: 1) }"}`,
      `{"query":"{ ${m}: __typename }"}garbage`,
      `{"query":"{ ${m}: __typename }"}{"query":"{ __typename }"}`,
    ];
    for (const path of ['/graphql', '/auth/aanmelden', '/import/voorbeeld', '/import/bevestig'])
      for (const body of bodies) yield post(path, body);
  },
];

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/json, text/plain',
  'application/graphql-response+json',
  'application/graphql',
  'application/x-www-form-urlencoded',
  'text/plain',
  'text/plain; charset=utf-8',
  'text/html',
  'application/xml',
  'text/xml',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'application/javascript',
  'application/csp-report',
  'application/vnd.api+json',
  'application/ld+json',
  '*/*',
  'application/*',
  'garbage',
  ';;;',
];

const contentTypes: Category = [
  'content types',
  function* ({ marker: m, known }) {
    for (const [i, ct] of CONTENT_TYPES.entries()) {
      // Half of them (and the raw GraphQL one) a write on a stored object, refused however sent.
      const doc =
        i % 2 === 0 || ct === 'application/graphql'
          ? `mutation { ${m}: deleteKnooppunt(id: "${known.ids[i % known.ids.length]}", versie: 1) }`
          : `{ ${m}: regios { id } }`;
      const body =
        ct === 'application/graphql'
          ? doc
          : ct === 'application/x-www-form-urlencoded'
            ? `query=${encodeURIComponent(doc)}`
            : gql(doc);
      for (const csrf of [false, true])
        yield post('/graphql', body, { 'content-type': ct, ...(csrf ? CSRF : {}) });
    }
  },
];

/** A JSON GraphQL body of exactly n bytes (padding in a variable). */
const jsonOfSize = (n: number, m: string) => {
  const head = `{"query":"query($p: String) { ${m}: __typename }","variables":{"p":"`;
  return head + 'a'.repeat(Math.max(0, n - head.length - 3)) + '"}}';
};
/** 100 MB of spaces inside a JSON string: compresses to about 100 kB. */
const inflating = (m: string) =>
  Buffer.concat([
    Buffer.from(`{"query":"{ ${m}: __typename }","p":"`),
    Buffer.alloc(100e6, 0x20),
    Buffer.from('"}'),
  ]);
const MB = 1_000_000;

const hugeBodies: Category = [
  'huge bodies',
  function* ({ marker: m }) {
    for (const n of [199_000, 204_700, 204_900, MB, 5 * MB, 25 * MB])
      yield graphql(() => jsonOfSize(n, m), { probe: `body application/json ${n}` });
    for (const n of [190_000, MB, 24 * MB, 26 * MB])
      yield post(
        '/graphql',
        () => `# ${'a'.repeat(n - m.length - 30)}\n{ ${m}: __typename }`,
        { 'content-type': 'application/graphql', ...CSRF },
        { probe: `body application/graphql ${n}` },
      );
    yield post(
      '/graphql',
      () => jsonOfSize(5 * MB, m),
      { 'content-type': 'text/plain', ...CSRF },
      { probe: `body text/plain ${5 * MB}` },
    );
    yield post(
      '/graphql',
      () =>
        multipart([
          ['operations', jsonOfSize(5 * MB, m)],
          ['map', '{}'],
        ]),
      { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...CSRF },
      { probe: `body multipart ${5 * MB}` },
    );
    for (const path of ['/import/voorbeeld', '/import/bevestig'])
      for (const n of [19 * MB, 21 * MB])
        yield post(
          path,
          () =>
            `{"sleutel":"${m}","bestanden":[{"naam":"x.xlsx","inhoud":"${'QUFB'.repeat(Math.floor((n - 80) / 4))}"}]}`,
        );
    for (const n of [11_000, MB])
      yield post(
        '/auth/aanmelden',
        () => `{"gebruikersnaam":"${m}","wachtwoord":"${'a'.repeat(n)}"}`,
      );
    for (const path of ['/graphql', '/import/voorbeeld', '/auth/aanmelden'])
      yield post(path, () => gzipSync(inflating(m)), { ...JSON_CT, 'content-encoding': 'gzip' });
    yield graphql(() => deflateSync(inflating(m)), {
      headers: { ...JSON_CT, 'content-encoding': 'deflate' },
    });
    yield graphql(
      () => brotliCompressSync(inflating(m), { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }),
      { headers: { ...JSON_CT, 'content-encoding': 'br' } },
    );
    yield graphql(gql(`{ ${m}: __typename }`), {
      headers: { ...JSON_CT, 'content-encoding': 'x-unknown' },
    });
  },
];

const hostileDocuments: Category = [
  'hostile documents',
  function* ({ marker: m, known }) {
    const doc = (query: string, probe?: string) =>
      graphql(() => gql(query), probe ? { probe } : {});
    for (const n of [11, 12, 13, 14, 50, 1000, 5000]) yield doc(nested(n, m));
    for (const n of [20, 21, 1000, 10_000])
      yield doc(`{ ${repeat(n, (i) => `${m}${i}: regios { id }`)} }`);
    for (const n of [1000, 10_000]) yield doc(`{ ${repeat(n, (i) => `${m}${i}: __typename`)} }`);
    for (const n of [20, 21, 1000, 5000])
      yield doc(`{ ${repeat(n, (i) => `${m}${i}: __typename @include(if: true)`)} }`);
    yield doc(`{ ${m}: __typename ${repeat(1000, () => '@x')} }`);
    for (const n of [700, 708, 5000, 20_000])
      yield doc(`{ ${m}: __typename ${repeat(n, () => '__typename')} }`);
    yield doc(`{ ${m}: __typename ${repeat(1000, () => 'regios { id }')} }`);
    // Fragments: cycles, unknown, unused, a fan-out doubling at each of 20 levels, deep inline.
    yield doc(
      `{ ${m}: __typename ...A } fragment A on Query { ...B } fragment B on Query { ...A }`,
    );
    yield doc(`{ ${m}: __typename ...A } fragment A on Query { ...A }`);
    yield doc(`{ ${m}: __typename ...Nope }`);
    yield doc(
      `{ ${m}: __typename } ${repeat(1000, (i) => `fragment F${i} on Query { __typename }`)}`,
    );
    yield doc(
      `{ ${m}: __typename ...F0 } ${repeat(20, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`)} fragment F20 on Query { kaart(regioId: "ZVH-NHN") { knooppunten { id naam } } }`,
    );
    yield doc(
      `{ ${m}: __typename ${'... on Query { '.repeat(1000)}__typename${' }'.repeat(1000)} }`,
    );
    // Deep literals: the parser recurses once per level.
    for (const n of [100, 1000, 10_000, 50_000])
      yield doc(`{ ${m}: knooppunten(filter: { regioIds: ${deepList(n)} }) { totaal } }`);
    for (const n of [1000, 10_000, 30_000])
      yield doc(`{ ${m}: casusMatch(casus: ${deepObjectLiteral(n)}) { lacune } }`);
    yield doc(`${'{'.repeat(50_000)}${m}${'}'.repeat(50_000)}`);
    yield doc(`{ ${m}: knooppunten(filter: { tekst: "${'a'.repeat(190_000)}" }) { totaal } }`);
    yield doc(`{ ${m}: knooppunten(filter: { tekst: """${'b'.repeat(190_000)}""" }) { totaal } }`);
    for (const bad of [
      '"\\uD800"',
      '"\\u{110000}"',
      '"a\u0000b"',
      '"unterminated',
      '"""unterminated',
    ])
      yield doc(`{ ${m}: knooppunten(filter: { tekst: ${bad} }) { totaal } }`);
    yield doc(`\uFEFF{ ${m}: __typename }`);
    for (const n of ['99999999999999999999', '1e400', '-2147483649', '2147483647', '-1'])
      yield doc(`{ ${m}: knooppunten(eerste: ${n}) { totaal items { id } } }`);
    yield doc(
      `{ ${m}: __schema { types { name fields { name type { name } } } } }`,
      'introspection',
    );
    yield doc(
      `{ ${m}: __type(name: "Query") { fields { type { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } } } }`,
    );
    yield doc(
      `{ ${m}: __schema { types { fields { args { type { fields { args { type { fields { name } } } } } } } } } }`,
    );
    yield graphql(() =>
      gql(
        repeat(1000, (i) => `query Q${i} { ${m}: __typename }`),
        undefined,
        { operationName: 'Q500' },
      ),
    );
    yield doc(`query(${repeat(1000, (i) => `$v${i}: Int`)}) { ${m}: __typename }`);
    yield doc(`{ ${m}: knooppunt(id: $nope) { id } }`);
    yield doc(`query($v: Nope) { ${m}: knooppunt(id: $v) { id } }`);
    yield doc(`query($v: Knooppunt) { ${m}: knooppunt(id: $v) { id } }`);
    for (const d of [`# ${m}`, '', ' '.repeat(190_000), `{ }`, `{ ${m}: __typename`]) yield doc(d);
    yield doc(
      `{ ${m}: knooppunten(filter: { regioIds: [${repeat(5000, () => '"x"', ',')}] }) { totaal } }`,
    );
    yield doc(`{ ${m}: knooppuntn }`, 'suggestions');
    yield doc(
      `mutation { ${repeat(20, (i) => `${m}${i}: deleteKnooppunt(id: "${known.ids[i % known.ids.length]}", versie: ${(i % 3) + 1})`)} }`,
    );
    yield doc(
      `{ ${m}: regios { id } knooppunten { items { id } } organisaties { id } themas { id } gemeenten { id } wetten { id } gezondheid { ok } }`,
    );
    // The privacy case of the review: a casus next to a failing field in one document.
    yield doc(
      `{ casusMatch(casus: { themaIds: ["woonoverlast"], gemeenteId: "GM0361" }) { lacune } k: kaart(regioId: "${m}") { regio { id } } }`,
    );
    yield doc(
      `{ ${repeat(20, (i) => `${m}${i}: knooppunten { items { ... on Knooppunt { id } } }`)} }`,
    );
  },
];

const batching: Category = [
  'batching',
  function* ({ marker: m }) {
    const op = { query: `{ ${m}: __typename }` };
    yield graphql(JSON.stringify([op, op]), { probe: 'batching' });
    yield graphql(() => JSON.stringify(Array.from({ length: 100 }, () => op)));
    yield graphql(() =>
      JSON.stringify(
        Array.from({ length: 1000 }, () => ({ query: `{ ${m}: knooppunten { items { id } } }` })),
      ),
    );
    yield graphql(`[1, 2, "${m}"]`);
    yield graphql('[]');
    yield graphql(JSON.stringify([[op]]));
  },
];

const INVALID_UTF8 = [
  [0xff],
  [0xfe],
  [0xc0, 0xaf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0x80],
  [0xe2, 0x82],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xc3, 0x28],
].map((b) => Buffer.from(b));

const invalidUtf8: Category = [
  'invalid UTF-8',
  function* ({ marker: m }) {
    const withBody = (path: string, ct: string, parts: Buffer[], extra: string[] = []) => {
      const body = Buffer.concat(parts);
      return http1(
        'POST',
        path,
        [`Content-Type: ${ct}`, `Content-Length: ${body.length}`, markerHeader(m), ...extra],
        body,
      );
    };
    for (const bad of INVALID_UTF8) {
      yield rawCase(() =>
        withBody('/graphql', 'application/json', [
          Buffer.from(
            `{"query":"{ ${m}: knooppunten(filter: {tekst: $t}) { totaal } }","variables":{"t":"`,
          ),
          bad,
          Buffer.from('"}}'),
        ]),
      );
      yield rawCase(() =>
        withBody(
          '/graphql',
          'application/graphql',
          [Buffer.from(`{ ${m}: knooppunt(id: "`), bad, Buffer.from('") { id } }')],
          ['X-GraphQL-Yoga-CSRF: 1'],
        ),
      );
      yield rawCase(() =>
        http1('GET', Buffer.concat([Buffer.from(`/graphql?query=%7B__typename%7D&${m}=`), bad]), [
          markerHeader(m),
        ]),
      );
      yield rawCase(() =>
        http1('GET', '/healthz', [markerHeader(m), Buffer.concat([Buffer.from('X-Soak: '), bad])]),
      );
      yield rawCase(() =>
        withBody('/auth/aanmelden', 'application/json', [
          Buffer.from(`{"gebruikersnaam":"${m}`),
          bad,
          Buffer.from('","wachtwoord":"x"}'),
        ]),
      );
    }
  },
];

const getRequests: Category = [
  'GET',
  function* ({ marker: m, known }) {
    // With the CSRF header, so that the GET handling itself is tested (without, the first two).
    const q = (params: string, more: Partial<Case> = {}): Case => ({
      path: `/graphql?${params}`,
      ...more,
      headers: { ...CSRF, ...more.headers },
    });
    yield { path: `/graphql?query=${encodeURIComponent(`{ ${m}: __typename }`)}` };
    yield {
      path: `/graphql?query=${encodeURIComponent(`{ ${m}: __typename }`)}&variables=notjson`,
    };
    const query = `query=${encodeURIComponent(`{ ${m}: __typename }`)}`;
    const mutation = `mutation { ${m}: deleteKnooppunt(id: "${known.ids[0]}", versie: 1) }`;
    yield q(query);
    yield q(`${query}&variables=notjson${m}`);
    yield q(`${query}&extensions=notjson${m}`);
    yield q(`${query}&variables=${encodeURIComponent('{"a":')}`);
    yield q(`${query}&variables=${encodeURIComponent(`{"v":${deepList(3000)}}`)}`);
    yield q(`${query}&variables=${encodeURIComponent(`{"v":${deepList(20_000)}}`)}`);
    yield q(`query=${encodeURIComponent(mutation)}`);
    yield q(
      `query=${encodeURIComponent(`query A { ${m}: __typename } ${mutation.replace('mutation', 'mutation B')}`)}&operationName=B`,
    );
    yield q(`${m}=1`);
    yield q(`query=&${m}=1`);
    yield q(`query=${encodeURIComponent(`subscription { ${m}: __typename }`)}`);
    yield q(`query[]=a&query[]=${m}`);
    yield q(`${query}&query=${m}`);
    yield { path: `/graphql?${m}=1`, headers: { accept: 'text/html' }, probe: 'graphiql' };
    yield q(query, { headers: { accept: 'text/html' } });
    yield q(query, { method: 'HEAD' });
    yield q(`query=${encodeURIComponent(`{ ${m}: __typename ${'__typename '.repeat(1300)}}`)}`);
    yield q(`query=${encodeURIComponent(`{ ${m}: __typename }`)}&p=${'a'.repeat(100_000)}`);
    yield q(`${query}&operationName=Nope`);
    yield q(`${query}&variables=null`);
    yield q(`${query}&variables=%5B%5D`);
    yield q(
      `${query}&extensions=${encodeURIComponent(`{"persistedQuery":{"version":1,"sha256Hash":"${m}"}}`)}`,
    );
    yield rawCase(() =>
      http1(
        'GET',
        `/graphql?${query}`,
        ['Content-Type: application/json', 'Content-Length: 40', markerHeader(m)],
        Buffer.from(gql('{ __typename }').padEnd(40)),
      ),
    );
    yield q(`query=%00${m}`);
  },
];

const operations: Category = [
  'operations',
  function* ({ marker: m }) {
    const op = (query: string, extra: Record<string, unknown> = {}) =>
      graphql(gql(query, undefined, extra));
    yield op(`query A { ${m}: __typename }`, { operationName: 'Nope' });
    yield op(`query A { ${m}: __typename } query B { __typename }`);
    yield op(`subscription { ${m}: __typename }`);
    yield op(`query A { ${m}: __typename } query A { __typename }`);
    yield op('', { m });
    yield op(`fragment F on Query { ${m}: __typename }`);
    yield op(`query A { ${m}: __typename }`, { operationName: 5 });
    yield op(`query A { ${m}: __typename } mutation B { deleteKnooppunt(id: "${m}", versie: 1) }`, {
      operationName: 'B',
    });
    yield op(`type ${m} { a: Int }`);
    yield op(`extend schema @${m}`);
    yield op(`{ ${m}: __typename } }`);
  },
];

/** Values of the wrong type for any argument; deep ones as JSON text (JSON.stringify recurses). */
const hostileValues = (m: string): string[] => [
  JSON.stringify(`x${m}`),
  '1.5',
  String(2 ** 53 + 2),
  '-1',
  'true',
  'null',
  '[]',
  '{}',
  JSON.stringify([m]),
  JSON.stringify({ [m]: 1 }),
  '{"__proto__":{"admin":true}}',
  JSON.stringify('a'.repeat(100_000)),
  deepList(100_000),
  deepObject(20_000),
  '1e999',
  '"\\u0000"',
];

/** Every (field, argument) pair of the schema, queries and mutations. */
const argumentsOf = (schema: Schema): [Field, string, boolean][] => [
  ...schema.queries.flatMap((f) =>
    f.args.map((a) => [f, a.name, false] as [Field, string, boolean]),
  ),
  ...schema.mutations.flatMap((f) =>
    f.args.map((a) => [f, a.name, true] as [Field, string, boolean]),
  ),
];

const wronglyTyped: Category = [
  'wrongly typed variables',
  function* ({ marker: m, schema, known, seed }) {
    const pairs = argumentsOf(schema);
    const values = hostileValues(m);
    if (pairs.length === 0) return;
    for (let i = 0; i < 175; i++) {
      const [field, arg, isMutation] = pairs[i % pairs.length]!;
      const rest = validArgs(schema, field, known, seed + i);
      const defs = field.args.map((a) => `$${a.name}: ${printType(a.type)}`).join(', ');
      const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const query = `${isMutation ? 'mutation' : 'query'}(${defs}) { ${m}: ${field.name}(${call})${selectionOf(field.type)} }`;
      const others = Object.entries(rest)
        .filter(([k]) => k !== arg)
        .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
      const value = values[i % values.length]!;
      yield graphql(
        () =>
          `{"query":${JSON.stringify(query)},"variables":{${[...others, `${JSON.stringify(arg)}:${value}`].join(',')}}}`,
      );
    }
  },
];

const randomMutations: Category = [
  'random mutations',
  function* ({ marker: m, schema, known, seed }) {
    if (schema.mutations.length === 0) return;
    const mutation = fc.constantFrom(...schema.mutations).chain((field) => {
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const a of field.args) model[a.name] = valueOf(schema, a.type, known, 0.1);
      return fc.tuple(fc.constant(field), fc.record(model), fc.boolean());
    });
    for (const [field, args, inline] of fc.sample(mutation, { seed, numRuns: 510 })) {
      if (inline) {
        const call = Object.entries(args)
          .map(
            ([k, v]) => `${k}: ${literal(schema, v, field.args.find((a) => a.name === k)?.type)}`,
          )
          .join(', ');
        yield graphql(
          gql(
            `mutation { ${m}: ${field.name}${call ? `(${call})` : ''}${selectionOf(field.type)} }`,
          ),
        );
      } else {
        const defs = field.args.map((a) => `$${a.name}: ${printType(a.type)}`).join(', ');
        const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
        yield graphql(
          gql(
            `mutation${defs ? `(${defs})` : ''} { ${m}: ${field.name}${call ? `(${call})` : ''}${selectionOf(field.type)} }`,
            args,
          ),
        );
      }
    }
  },
];

const BOUNDARY = 'soakboundary7MA4YWxkTrZu0gW';
function multipart(
  parts: [name: string, value: string | Buffer, filename?: string][],
  boundary = BOUNDARY,
): Buffer {
  const chunks: Buffer[] = [];
  for (const [name, value, filename] of parts) {
    const disposition = `form-data; name="${name}"${filename === undefined ? '' : `; filename="${filename}"`}`;
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${filename === undefined ? '' : 'Content-Type: application/octet-stream\r\n'}\r\n`,
      ),
      Buffer.from(value),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const TRAVERSAL = [
  '/../../etc/passwd',
  '/..%2f..%2fetc%2fpasswd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/%2e%2e%2f%2e%2e%2fpackage.json',
  '/.env',
  '/.git/config',
  '/package.json',
  '/server/index.ts',
  '/node_modules/express/package.json',
  '//etc/passwd',
  '/%00',
  '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  '/index.html%00.js',
  '/\\..\\..\\package.json',
  '/assets/..%5c..%5cpackage.json',
  '/assets/../../package.json',
  '/.data/knooppuntenregister.sqlite',
  '/dist/../package.json',
  `/${'a'.repeat(8000)}`,
  '/',
  '/index.html',
  '/aanmelden.html',
  '/favicon.ico',
  '/nl-vr-gm.topo.json',
];

const EXPORT_NAMES = [
  'register.xlsx',
  'register.xlsx?sjabloon=1',
  'knooppunten.csv',
  'organisaties.csv',
  'deelnames.csv',
  'overdrachten.csv',
  'knooppunten.csv?sjabloon=1',
  'onbekend.csv',
  'register.xlsx%00.csv',
  '%2e%2e%2fpackage.json',
  '..%2f..%2fpackage.json',
  '..%252f..%252fetc%252fpasswd',
  '....//....//etc/passwd',
  '%c0%ae%c0%ae%2fetc%2fpasswd',
  'register.xlsx%0d%0aSet-Cookie:%20x=1',
  'a'.repeat(10_000),
  '%ff%fe',
  'con.csv',
  '.%2e/.%2e/server/index.ts',
  'register.xlsx?sjabloon[]=1',
  'register.xlsx?sjabloon=1&sjabloon=0',
  'knooppunten.csv?sjabloon=%00',
];

const otherRoutes: Category = [
  'other routes',
  function* ({ marker: m, template }) {
    // Sign-in: malformed and wrongly typed; the per-address limit answers 429 after 30.
    const signIns: unknown[] = [
      { gebruikersnaam: m, wachtwoord: 'x' },
      { gebruikersnaam: 5, wachtwoord: 5 },
      { gebruikersnaam: [m], wachtwoord: ['x'] },
      { gebruikersnaam: { $ne: null }, wachtwoord: { $ne: null } },
      { gebruikersnaam: null, wachtwoord: null },
      { gebruikersnaam: '', wachtwoord: '' },
      { gebruikersnaam: `${m}${'a'.repeat(4000)}`, wachtwoord: 'b'.repeat(4000) },
      { gebruikersnaam: `${m}\u0000\u202e\ud83d\ude00`, wachtwoord: 'x' },
      { gebruikersnaam: `${m}' OR 1=1 --`, wachtwoord: "' OR 1=1 --" },
      { gebruikersnaam: m, wachtwoord: 'x', rol: 'BEHEERDER' },
      { gebruikersnaam: 'soak-beheerder', wachtwoord: m },
      [m],
    ];
    for (const b of signIns) yield post('/auth/aanmelden', JSON.stringify(b));
    yield post(
      '/auth/aanmelden',
      `{"__proto__":{"admin":true},"gebruikersnaam":"${m}","wachtwoord":"x"}`,
    );
    yield post('/auth/aanmelden', JSON.stringify({ gebruikersnaam: m, wachtwoord: 'x' }), {
      'content-type': 'text/plain',
    });
    yield post('/auth/aanmelden', `gebruikersnaam=${m}&wachtwoord=x`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    yield post('/auth/aanmelden', JSON.stringify({ gebruikersnaam: m, wachtwoord: 'x' }), {});
    for (const method of ['GET', 'PUT', 'OPTIONS', 'DELETE'])
      yield { path: '/auth/aanmelden', method };
    for (const cookie of [
      '',
      `kpr_sessie=${m}`,
      `kpr_sessie=${'a'.repeat(8000)}`,
      repeat(200, (i) => `c${i}=${m}`, '; '),
      `kpr_sessie=${m}; kpr_sessie=${m}`,
    ])
      yield post('/auth/afmelden', '', cookie === '' ? {} : { cookie });
    yield { path: '/auth/methoden' };
    yield post('/auth/methoden', '{}');
    yield { path: `/auth/oidc?terug=//evil.example/${m}` };
    yield { path: `/auth/oidc/terug?code=${m}&state=${m}` };
    yield { path: `/auth/${m}` };
    yield { path: '/auth/../graphql' };
    for (const name of EXPORT_NAMES)
      yield { path: `/export/${name}${name.includes('?') ? '&' : '?'}m=${m}` };
    yield { path: '/export/' };
    yield post('/export/register.xlsx', '{}');
    yield { path: '/export/register.xlsx', method: 'HEAD' };
    // Import, anonymous: neither route may read the files before checking rights (review C1).
    const file = (naam: string, inhoud: string | Buffer) => ({
      naam,
      inhoud: Buffer.isBuffer(inhoud) ? inhoud.toString('base64') : inhoud,
    });
    const csv = (text: string) => Buffer.from(text).toString('base64');
    const imports: unknown[] = [
      { sleutel: m, bestanden: [file('register.xlsx', template)] },
      { sleutel: m, bestanden: [file('x.xlsx', '!!!')] },
      { sleutel: m, bestanden: [{ naam: 5, inhoud: 5 }] },
      { sleutel: m, bestanden: 'x' },
      { sleutel: m, bestanden: [] },
      { sleutel: m, bestanden: Array.from({ length: 500 }, () => file('x.csv', csv('id;naam\n'))) },
      { sleutel: m, bestanden: [file('../../x.xlsx', template)] },
      { sleutel: m, bestanden: [file('x.exe', template)] },
      {
        sleutel: m,
        bestanden: [
          file(
            'organisaties.csv',
            csv(
              `id;naam;type;privacykader\n;=HYPERLINK("http://x");GEMEENTE;AVG\n;${m};GEMEENTE;AVG\n`,
            ),
          ),
        ],
      },
      { sleutel: m, bestanden: [file('x.XLSX', template)] },
      { sleutel: m, bestanden: [file('x.xlsx', '')] },
      { sleutel: { m }, bestanden: [file('register.xlsx', template)] },
      { bestanden: [file('register.xlsx', template)] },
      [m],
      { sleutel: m, bestanden: [file('organisaties.csv', csv(`id;${m};x\n1;2;3\n`))] },
      {
        sleutel: m,
        bestanden: [
          file('organisaties.csv', csv(`${repeat(10_000, (i) => `k${i}`, ';')}\n${m}\n`)),
        ],
      },
      { sleutel: m, bestanden: [file('organisaties.csv', csv(`id;naam\n"unterminated;${m}\n`))] },
      { sleutel: m, bestanden: [file('knooppunten.csv', Buffer.from([0xff, 0xfe, 0x00, 0x41]))] },
    ];
    for (const path of ['/import/voorbeeld', '/import/bevestig'])
      for (const b of imports) yield post(path, JSON.stringify(b));
    // Static paths over a socket: a URL parser would resolve the dot segments before sending.
    for (const path of TRAVERSAL)
      yield rawCase(() => http1('GET', path, [markerHeader(m)]), {
        probe: `static ${path.slice(0, 60)}`,
      });
    for (const [method, path] of [
      ['PUT', '/'],
      ['DELETE', '/graphql'],
      ['PATCH', '/graphql'],
      ['TRACE', '/'],
      ['PROPFIND', '/'],
      ['OPTIONS', '*'],
      ['GET', '*'],
    ] as const)
      yield rawCase(() => http1(method, path, [markerHeader(m)]));
    yield {
      path: '/graphql',
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-graphql-yoga-csrf',
      },
      probe: 'cors',
    };
    yield { path: '/healthz' };
    yield post('/healthz', '{}');
    yield { path: '/healthz', method: 'HEAD' };
    yield { path: `/healthz?${m}=1` };
    yield { path: '/healthz/' };
  },
];

const protocol: Category = [
  'protocol',
  function* ({ marker: m }) {
    const bytes = (s: string) => () => Buffer.from(s, 'latin1');
    yield rawCase(bytes(`\x00\x01\x02\xff${m}\r\n\r\n`));
    // Incomplete requests (only line ends; HTTP/0.9; below, a chunk of 2^64 - 1 bytes): the
    // parser rightly waits for the rest, so each is bounded to 3 s and expects no answer.
    const incomplete = { timeoutMs: 3_000, slow: true };
    yield rawCase(bytes('\r\n\r\n\r\n'), incomplete);
    yield rawCase(bytes(`GET /${m}\r\n`), incomplete);
    yield rawCase(
      bytes(`GET /healthz HTTP/1.1\r\nConnection: close\r\n${markerHeader(m)}\r\n\r\n`),
    );
    yield rawCase(
      bytes(`GET /healthz HTTP/9.9\r\nHost: x\r\nConnection: close\r\n${markerHeader(m)}\r\n\r\n`),
    );
    yield rawCase(() =>
      http1('GET', '/healthz', [markerHeader(m), `X-Big: ${'a'.repeat(100_000)}`]),
    );
    yield rawCase(() =>
      http1('GET', '/healthz', [
        markerHeader(m),
        ...Array.from({ length: 2000 }, (_, i) => `X-H${i}: ${i}`),
      ]),
    );
    yield rawCase(() =>
      http1('GET', '/healthz', [markerHeader(m), 'X-Nul: a\u0000b', 'X-Fold: a', ' folded']),
    );
    yield rawCase(() =>
      http1(
        'POST',
        '/graphql',
        [
          markerHeader(m),
          'Content-Type: application/json',
          'Content-Length: 4',
          'Transfer-Encoding: chunked',
        ],
        Buffer.from('0\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n'),
      ),
    );
    yield rawCase(() =>
      http1(
        'POST',
        '/graphql',
        [markerHeader(m), 'Content-Type: application/json', 'Transfer-Encoding: chunked'],
        Buffer.from('zz\r\nabc\r\n0\r\n\r\n'),
      ),
    );
    yield rawCase(
      () =>
        http1(
          'POST',
          '/graphql',
          [markerHeader(m), 'Content-Type: application/json', 'Transfer-Encoding: chunked'],
          Buffer.from('ffffffffffffffff\r\nabc\r\n0\r\n\r\n'),
        ),
      incomplete,
    );
    yield rawCase(() =>
      http1(
        'POST',
        '/graphql',
        [markerHeader(m), 'Content-Type: application/json', 'Content-Length: -1'],
        Buffer.from('{}'),
      ),
    );
    yield rawCase(() =>
      http1(
        'POST',
        '/graphql',
        [
          markerHeader(m),
          'Content-Type: application/json',
          'Content-Length: 2',
          'Content-Length: 20',
        ],
        Buffer.from('{}'),
      ),
    );
    yield rawCase(bytes(`PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n${m}`));
    yield rawCase(
      bytes(`CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1:443\r\n${markerHeader(m)}\r\n\r\n`),
      { timeoutMs: 5_000, slow: true },
    );
    yield rawCase(() => http1('GET', `http://evil.example/healthz?${m}`, [markerHeader(m)]));
    yield rawCase(() =>
      Buffer.concat(
        Array.from({ length: 100 }, (_, i) =>
          http1('GET', `/healthz?${m}=${i}`, [])
            .toString('latin1')
            .replace(
              'Connection: close\r\n',
              i < 99 ? 'Connection: keep-alive\r\n' : 'Connection: close\r\n',
            ),
        ).map((s) => Buffer.from(s, 'latin1')),
      ),
    );
    // Slow senders, each bounded to 3 s: the head trickled, and a body shorter than announced.
    const head = http1('GET', '/healthz', [markerHeader(m)]).toString('latin1');
    yield rawCase(bytes(''), {
      chunks: () =>
        Array.from({ length: 6 }, (_, i) => Buffer.from(head.slice(i * 10, i * 10 + 10), 'latin1')),
      pauseMs: 500,
      timeoutMs: 3_000,
      slow: true,
    });
    yield rawCase(
      () =>
        http1(
          'POST',
          '/graphql',
          [markerHeader(m), 'Content-Type: application/json', 'Content-Length: 100'],
          Buffer.from('{"query":'),
        ),
      { timeoutMs: 3_000, slow: true },
    );
  },
];

const multipartUploads: Category = [
  'multipart uploads',
  function* ({ marker: m, template }) {
    const ct = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
    const operations = JSON.stringify({
      query: `mutation($f: Upload) { ${m}: deleteKnooppunt(id: "${m}", versie: 1) }`,
      variables: { f: null },
    });
    const upload = (extra: [string, string | Buffer, string?][] = []) =>
      multipart([
        ['operations', operations],
        ['map', '{"0":["variables.f"]}'],
        ['0', template, 'register.xlsx'],
        ...extra,
      ]);
    yield post('/graphql', () => upload(), ct);
    yield post('/graphql', () => upload(), { ...ct, ...CSRF });
    yield post(
      '/graphql',
      () =>
        multipart([
          ['operations', operations],
          ['map', '{"0":["variables.f"]}'],
          ['0', Buffer.alloc(5 * MB, 0x61), 'big.bin'],
        ]),
      { ...ct, ...CSRF },
    );
    yield post(
      '/graphql',
      () =>
        multipart([
          ['operations', operations],
          [
            'map',
            JSON.stringify(
              Object.fromEntries(
                Array.from({ length: 1000 }, (_, i) => [String(i), ['variables.f']]),
              ),
            ),
          ],
          ...Array.from({ length: 1000 }, (_, i): [string, string, string] => [
            String(i),
            'x',
            `${i}.txt`,
          ]),
        ]),
      { ...ct, ...CSRF },
    );
    yield post('/graphql', () => upload(), {
      'content-type': 'multipart/form-data; boundary=wrong',
      ...CSRF,
    });
    yield post('/graphql', () => multipart([['map', '{}']]), { ...ct, ...CSRF });
    yield post(
      '/graphql',
      () =>
        multipart([
          ['operations', operations],
          ['map', '{"0":["variables.__proto__.admin"]}'],
          ['0', 'x', 'x.txt'],
        ]),
      { ...ct, ...CSRF },
    );
    yield post(
      '/graphql',
      () =>
        multipart([
          ['operations', `{"query":"{ ${m}: __typename }"`],
          ['map', 'nope'],
        ]),
      { ...ct, ...CSRF },
    );
    for (const path of ['/import/voorbeeld', '/import/bevestig'])
      yield post(path, () => upload([['sleutel', m]]), { ...ct, ...CSRF });
    yield post(
      '/auth/aanmelden',
      () =>
        multipart([
          ['gebruikersnaam', m],
          ['wachtwoord', 'x'],
        ]),
      ct,
    );
    yield post('/graphql', () => Buffer.concat([upload().subarray(0, 200)]), { ...ct, ...CSRF });
  },
];

export const CATEGORIES: readonly Category[] = [
  badJson,
  contentTypes,
  hugeBodies,
  hostileDocuments,
  batching,
  invalidUtf8,
  getRequests,
  operations,
  wronglyTyped,
  randomMutations,
  otherRoutes,
  protocol,
  multipartUploads,
];
