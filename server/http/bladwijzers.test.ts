// SPDX-License-Identifier: EUPL-1.2
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BLADWIJZER_HEADER,
  codeer,
  decodeer,
  geschreven,
  meegestuurd,
} from '../store/bladwijzers.ts';
import { bladwijzers } from './bladwijzers.ts';

let base: string;
let sluit: () => void;

beforeAll(async () => {
  const app = express();
  app.use(bladwijzers);
  // As a store does: it reads what the client sent and, after an awaited write, what it left.
  app.post('/schrijf', async (_req, res) => {
    const mee = meegestuurd();
    await new Promise((r) => setTimeout(r, 5));
    geschreven([`na:${mee.join(',')}`]);
    res.json({ mee });
  });
  app.post('/lees', (_req, res) => void res.json({ mee: meegestuurd() }));
  const server = app.listen(0);
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sluit = () => server.close();
});
afterAll(() => sluit?.());

const post = (pad: string, header?: string) =>
  fetch(`${base}${pad}`, {
    method: 'POST',
    headers: header === undefined ? {} : { [BLADWIJZER_HEADER]: header },
  });

describe('bookmarks carried by the client', () => {
  it('reach the store during the request, and a write answers with its own', async () => {
    const antwoord = await post('/schrijf', codeer(['FB:een', 'FB:twee']));
    expect(await antwoord.json()).toEqual({ mee: ['FB:een', 'FB:twee'] });
    expect(decodeer(antwoord.headers.get(BLADWIJZER_HEADER) ?? undefined)).toEqual([
      'na:FB:een,FB:twee',
    ]);
  });

  it('are not set on an answer without a write', async () => {
    const antwoord = await post('/lees', codeer(['FB:een']));
    expect(await antwoord.json()).toEqual({ mee: ['FB:een'] });
    expect(antwoord.headers.get(BLADWIJZER_HEADER)).toBeNull();
  });

  it('are ignored when they are not ours: garbage, the wrong shape, too many or too long', async () => {
    for (const header of [
      'geen base64 {',
      codeer([]).slice(0, 1),
      Buffer.from('{"a":1}').toString('base64url'),
      codeer(Array.from({ length: 17 }, (_, i) => `FB:${i}`)),
      codeer(['x'.repeat(5000)]),
    ]) {
      const antwoord = await post('/lees', header);
      expect(antwoord.status).toBe(200);
      expect(await antwoord.json()).toEqual({ mee: [] });
    }
  });
});
