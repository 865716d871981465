// SPDX-License-Identifier: EUPL-1.2
// Read queries run compiled from their second execution, with graphql-js's coercion of variables
// (input-field defaults, value-free errors); mutations keep the standard executor.
import { makeExecutableSchema } from '@graphql-tools/schema';
import { isEnumType, isScalarType, specifiedScalarTypes, type ExecutionResult } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useJitUitvoering } from './jit-uitvoering.ts';
import { buildSchema } from './schema.ts';

const typeDefs = `
  enum Kleur { ROOD GROEN }
  input Binnen { getallen: [Int!]! = [1] }
  input Vraag { tekst: String!, kleuren: [Kleur!]! = [GROEN], aantal: Int = 3, binnen: [Binnen!] }
  type Uit { getallen: [Int!]! }
  type Antwoord { tekst: String!, kleuren: [Kleur!]!, aantal: Int, binnen: [Uit!] }
  type Query { vraag(vraag: Vraag!): Antwoord! }
  type Mutation { zet(vraag: Vraag!): Antwoord! }
`;
const echo = (_: unknown, { vraag }: { vraag: object }) => vraag;

/** A Yoga with the plugin, noting whether each result object was built by the compiled query. */
function testYoga() {
  const gecompileerd: boolean[] = [];
  const waarnemer: Plugin = {
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        const { data } = result as ExecutionResult;
        // The standard executor builds objects without a prototype, graphql-jit plain ones.
        if (data) gecompileerd.push(Object.getPrototypeOf(data) === Object.prototype);
      },
    }),
  };
  const yoga = createYoga({
    schema: makeExecutableSchema({
      typeDefs,
      resolvers: { Query: { vraag: echo }, Mutation: { zet: echo } },
    }),
    plugins: [useJitUitvoering(), waarnemer],
    logging: false,
  });
  const vraag = async (query: string, variables: object) => {
    const res = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as ExecutionResult;
  };
  return { vraag, gecompileerd };
}

const QUERY = 'query($v: Vraag!) { vraag(vraag: $v) { tekst kleuren aantal } }';

describe('read queries executed compiled', () => {
  it('compiles a query on its second execution and applies the defaults of input fields', async () => {
    const { vraag, gecompileerd } = testYoga();
    const eerste = await vraag(QUERY, { v: { tekst: 'a' } });
    const tweede = await vraag(QUERY, { v: { tekst: 'a' } });
    const derde = await vraag(QUERY, { v: { tekst: 'b', kleuren: ['ROOD'], aantal: null } });
    expect(gecompileerd).toEqual([false, true, true]);
    expect(eerste).toEqual({ data: { vraag: { tekst: 'a', kleuren: ['GROEN'], aantal: 3 } } });
    expect(tweede).toEqual(eerste);
    expect(derde).toEqual({ data: { vraag: { tekst: 'b', kleuren: ['ROOD'], aantal: null } } });
  });

  it('fills in the defaults of nested input objects, compiled', async () => {
    const { vraag, gecompileerd } = testYoga();
    const query = 'query($v: Vraag!) { vraag(vraag: $v) { binnen { getallen } } }';
    const v = { tekst: 'a', binnen: [{}, { getallen: [2] }] };
    await vraag(query, { v });
    const antwoord = await vraag(query, { v });
    expect(gecompileerd).toEqual([false, true]);
    expect(antwoord).toEqual({
      data: { vraag: { binnen: [{ getallen: [1] }, { getallen: [2] }] } },
    });
  });

  it('reports a list where an input object belongs as graphql-js does', async () => {
    const { vraag } = testYoga();
    await vraag(QUERY, { v: { tekst: 'a' } });
    const fout = await vraag(QUERY, { v: [{ tekst: 'a' }] });
    expect(fout.data).toBeUndefined();
    expect(fout.errors?.[0]?.message).toMatch(/Expected type "Vraag" to be an object\./);
  });

  it('reports variables that do not coerce as graphql-js does, compiled or not', async () => {
    const { vraag } = testYoga();
    await vraag(QUERY, { v: { tekst: 'a' } });
    const fout = await vraag(QUERY, { v: { tekst: 'a', kleuren: ['BLAUW'] } });
    expect(fout.data).toBeUndefined();
    expect(fout.errors?.[0]?.message).toMatch(
      /^Variable "\$v" got invalid value "BLAUW" at "v\.kleuren\[0\]"; Value "BLAUW" does not exist in "Kleur" enum\./,
    );
  });

  it('leaves mutations to the standard executor', async () => {
    const { vraag, gecompileerd } = testYoga();
    const mutatie = 'mutation($v: Vraag!) { zet(vraag: $v) { tekst kleuren aantal } }';
    await vraag(mutatie, { v: { tekst: 'a' } });
    const tweede = await vraag(mutatie, { v: { tekst: 'a' } });
    expect(gecompileerd).toEqual([false, false]);
    expect(tweede).toEqual({ data: { zet: { tekst: 'a', kleuren: ['GROEN'], aantal: 3 } } });
  });

  it("holds for the app's schema: no custom scalars, no enum with internal values", () => {
    // Coerced variables pass through graphql-jit's coercion unchanged only then.
    const types = Object.values(buildSchema().getTypeMap()).filter((t) => !t.name.startsWith('__'));
    const eigen = types.filter(isScalarType).filter((t) => !specifiedScalarTypes.includes(t));
    expect(eigen.map((t) => t.name)).toEqual([]);
    const afwijkend = types
      .filter(isEnumType)
      .flatMap((t) => t.getValues().filter((v) => v.value !== v.name))
      .map((v) => v.name);
    expect(afwijkend).toEqual([]);
  });
});
