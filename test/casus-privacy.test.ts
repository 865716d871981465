// SPDX-License-Identifier: EUPL-1.2
// Privacy by design: a casus description is never stored and never logged. Runs matches with a
// marker in every field a user can type into (valid, invalid, malformed), with logging at its most
// verbose, then searches the data directory, the log and the store for the marker.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerCache, type AntwoordCache } from '../server/graphql/response-cache.ts';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { TEST_AUDIT_SLEUTEL } from './builders.ts';
import { startHttp, type HttpHarness } from './http-harness.ts';

const MARKER = 'PRIVACYMARKER7f3a9c';
const root = mkdtempSync(join(tmpdir(), 'kpr-privacy-'));
const logFile = join(root, 'app.log');
let h: HttpHarness;
/** Answers the app keeps: a casus answer must never be among them. */
const kept: string[] = [];

beforeAll(async () => {
  const logger = pino({ level: 'trace' }, pino.destination({ dest: logFile, sync: true }));
  const cache = answerCache();
  const answers: AntwoordCache = {
    get: (key) => cache.get(key),
    // What is kept is the answer's JSON text.
    set: (key, answer) => (
      kept.push((answer.stringify ?? JSON.stringify)(answer)),
      cache.set(key, answer)
    ),
  };
  h = await startHttp({ logger, answers });
});
afterAll(async () => {
  await h.close();
  rmSync(root, { recursive: true, force: true });
});

const MATCH = `query($casus: CasusInput!) { casusMatch(casus: $casus) { passend { knooppunt { id } voldaan } elders { knooppunt { id } } lacune } }`;
const post = (body: string) => h.post('/graphql', body);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('casus matching stores and logs nothing of the casus', () => {
  it('leaves no trace of a marker typed into any field', async () => {
    const valid = {
      themaIds: ['verward-gedrag'],
      signalen: ['MEERDERE_PROBLEMEN'],
      gemeenteId: 'GM0361',
      leeftijd: { van: 18, tot: 64 },
    };
    const answers = [
      await post(JSON.stringify({ query: MATCH, variables: { casus: valid } })),
      await post(
        JSON.stringify({
          query: MATCH,
          variables: { casus: { ...valid, themaIds: ['verward-gedrag', MARKER] } },
        }),
      ),
      await post(
        JSON.stringify({ query: MATCH, variables: { casus: { ...valid, gemeenteId: MARKER } } }),
      ),
      await post(
        JSON.stringify({
          query: MATCH,
          variables: { casus: { ...valid, betrokkenOrganisatieIds: [MARKER] } },
        }),
      ),
      await post(
        JSON.stringify({
          query: MATCH,
          variables: { casus: { ...valid, vanKnooppuntId: MARKER } },
        }),
      ),
      await post(
        JSON.stringify({ query: MATCH, variables: { casus: { ...valid, signalen: [MARKER] } } }),
      ),
      await post(
        JSON.stringify({
          query: MATCH,
          variables: { casus: { ...valid, leeftijd: { van: MARKER } } },
        }),
      ),
      await post(
        JSON.stringify({ query: `{ casusMatch(casus: { gemeenteId: "${MARKER}" }) { lacune } }` }),
      ),
      await post(`{"query": "${MATCH}", "variables": {"casus": {"gemeenteId": "${MARKER}"`),
    ];
    const bodies = await Promise.all(answers.map((a) => a.text()));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 400, 400, 200, 400]);
    const [ok] = bodies;
    expect(JSON.parse(ok!)).toMatchObject({
      data: { casusMatch: { passend: expect.any(Array) as unknown } },
    });
    // Invalid ids are refused naming the field, without repeating what was typed.
    expect(JSON.parse(bodies[2]!)).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'casus.gemeenteId' }] } }],
    });
    for (const [i, body] of bodies.entries()) {
      expect(body, `answer ${i}`).not.toContain(MARKER);
    }
    // Not even the answer is kept in the response cache; other answers are.
    expect(kept).toEqual([]);
    await post(JSON.stringify({ query: '{ regios { id } }' }));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toContain('"regios"');

    // An unexpected failure is logged, with its stack, and still without the casus.
    await h.store.close();
    const failed = await post(
      JSON.stringify({ query: MATCH, variables: { casus: { ...valid, gemeenteId: MARKER } } }),
    );
    expect(await failed.text()).toContain('INTERNAL_SERVER_ERROR');
    expect(readFileSync(logFile, 'utf8')).toContain('"level":50');

    for (const file of [...filesUnder(h.dir), logFile]) {
      expect(readFileSync(file).includes(MARKER), file).toBe(false);
    }
    const reopened = new EmbeddedStore(h.dir, { auditSleutel: TEST_AUDIT_SLEUTEL });
    expect(JSON.stringify(await reopened.load())).not.toContain(MARKER);
    await reopened.close();
  });
});
