// SPDX-License-Identifier: EUPL-1.2
// GraphiQL's example operations (server/graphql/graphiql-voorbeelden.ts) run against the API on
// the example region, so they cannot drift from the SDL; GraphiQL opens with them; and the read-only
// registerInfo names the configured contact address (CONTACT_EMAIL), or none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.ts';
import { VOORBEELDEN } from '../server/graphql/graphiql-voorbeelden.ts';
import { VERSIE } from '../server/versie.ts';
import { codeOf, startHttp, type Answer, type HttpHarness } from './http-harness.ts';

let h: HttpHarness;
beforeAll(async () => {
  h = await startHttp();
});
afterAll(() => h.close());

/** The longest list anywhere in an answer: each example must find something in the example region. */
const langsteLijst = (waarde: unknown): number =>
  Array.isArray(waarde)
    ? Math.max(waarde.length, ...waarde.map(langsteLijst))
    : typeof waarde === 'object' && waarde !== null
      ? Math.max(0, ...Object.values(waarde).map(langsteLijst))
      : 0;

describe("GraphiQL's examples", () => {
  it('are the main questions, each a named operation', () => {
    expect(VOORBEELDEN.map((v) => v.naam)).toEqual([
      'Regios',
      'KnooppuntenInRegio',
      'RoutesVanKnooppunt',
      'TafelsVanOrganisatie',
      'DekkingVanRegio',
      'NieuwProbleem',
      'CasusMatch',
    ]);
    for (const v of VOORBEELDEN) expect(v.query).toMatch(new RegExp(`query ${v.naam}\\b`));
  });

  it.each(VOORBEELDEN.map((v) => [v.naam, v] as const))(
    '%s runs without errors and finds something',
    async (_naam, voorbeeld) => {
      const answer = await h.gql(voorbeeld.query, voorbeeld.variables);
      expect(answer.errors).toBeUndefined();
      expect(answer.status).toBe(200);
      expect(langsteLijst(answer.data)).toBeGreaterThan(0);
    },
  );

  it('passes the casus as variables, never as literals in the document', () => {
    const casus = VOORBEELDEN.find((v) => v.naam === 'CasusMatch')!;
    expect(casus.query).toContain('casusMatch(casus: $casus)');
    expect(casus.query).not.toMatch(/themaIds:\s*\[/);
  });

  it('are what GraphiQL opens with, when it is served', async () => {
    const url = await h.listen({ security: { graphiql: true } });
    const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('Welkom bij de GraphQL-API van het Knooppuntenregister');
    for (const v of VOORBEELDEN) expect(text).toContain(`query ${v.naam}`);
  });
});

describe('registerInfo', () => {
  const QUERY = '{ registerInfo { contact versie } }';

  it('has no contact address unless one is configured, and names the version', async () => {
    const answer = await h.gql(QUERY);
    expect(answer.data).toEqual({ registerInfo: { contact: null, versie: VERSIE } });
  });

  it("names the regional beheerder's address when CONTACT_EMAIL is set", async () => {
    const url = await h.listen({ contact: 'beheer@zvh.example' });
    const answer = await h.gql(QUERY, {}, {}, url);
    expect(answer.data).toEqual({
      registerInfo: { contact: 'beheer@zvh.example', versie: VERSIE },
    });
  });

  it('is answered without signing in where reading needs it, and only registerInfo is', async () => {
    const url = await h.listen({
      security: { anoniemLezen: false },
      contact: 'beheer@zvh.example',
    });
    const open = await h.gql('query ContactInfo { registerInfo { contact } }', {}, {}, url);
    expect(open.data).toEqual({ registerInfo: { contact: 'beheer@zvh.example' } });
    const dicht = async (body: { query: string; operationName?: string }) => {
      const res = await h.post('/graphql', body, {}, url);
      return codeOf((await res.json()) as Answer);
    };
    expect(await dicht({ query: '{ registerInfo { contact } regios { id } }' })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await dicht({ query: '{ ...F } fragment F on Query { regios { id } }' })).toBe(
      'UNAUTHENTICATED',
    );
    const tweeOperaties = 'query A { registerInfo { versie } } query B { regios { id } }';
    expect(await dicht({ query: tweeOperaties, operationName: 'B' })).toBe('UNAUTHENTICATED');
    expect(await dicht({ query: tweeOperaties, operationName: 'A' })).toBeUndefined();
  });

  it('takes CONTACT_EMAIL only as an e-mail address; empty is none', () => {
    expect(loadConfig({ CONTACT_EMAIL: 'beheer@zvh.example' }).CONTACT_EMAIL).toBe(
      'beheer@zvh.example',
    );
    expect(loadConfig({ CONTACT_EMAIL: '' }).CONTACT_EMAIL).toBeUndefined();
    expect(() => loadConfig({ CONTACT_EMAIL: 'de beheerder' })).toThrow(
      /CONTACT_EMAIL: moet een e-mailadres zijn/,
    );
  });
});
