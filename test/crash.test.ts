// SPDX-License-Identifier: EUPL-1.2
// Kills a process that is writing to the embedded store and checks that every write it
// acknowledged is there after reopening.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { TEST_AUDIT_SLEUTEL } from './builders.ts';

const dir = mkdtempSync(join(tmpdir(), 'kpr-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('keeps every acknowledged write when the writing process is killed', async () => {
  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, 'fixtures', 'crash-writer.ts'), dir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const acked: number[] = [];
  let buffer = '';
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', () => resolve());
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) acked.push(Number(line.replace('ack ', '')));
      if (acked.length >= 150) child.kill('SIGKILL');
    });
  });
  expect(child.signalCode).toBe('SIGKILL');
  expect(acked.length).toBeGreaterThanOrEqual(150);

  const store = new EmbeddedStore(dir, { auditSleutel: TEST_AUDIT_SLEUTEL });
  await store.init();
  const ids = new Set((await store.load()).organisaties.map((o) => o.id));
  await store.close();
  const lost = acked.filter((i) => !ids.has(`crash-${i}`));
  expect(lost).toEqual([]);
  expect((await new EmbeddedStore(dir, { auditSleutel: TEST_AUDIT_SLEUTEL }).health()).ok).toBe(
    true,
  );
});
