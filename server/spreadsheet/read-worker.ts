// SPDX-License-Identifier: EUPL-1.2
// Worker thread: reads one import's files (sheets.ts) off the main event loop, within a heap
// limit set by read-files.ts, and posts the rows or the refusal back.
import { parentPort, workerData } from 'node:worker_threads';
import { TooLargeError, ValidationError, type FieldIssue } from '../domain/errors.ts';
import type { ImportRij } from '../domain/import-plan.ts';
import { leesBestanden, type Bestand } from './sheets.ts';

export type LeesAntwoord =
  { rijen: ImportRij[] } | { issues: FieldIssue[]; teGroot: boolean } | { onverwacht: string };

const bestanden = (
  workerData as { bestanden: { naam: string; inhoud: Uint8Array }[] }
).bestanden.map((b): Bestand => ({
  naam: b.naam,
  inhoud: Buffer.from(b.inhoud.buffer, b.inhoud.byteOffset, b.inhoud.byteLength),
}));
leesBestanden(bestanden).then(
  (rijen) => parentPort?.postMessage({ rijen } satisfies LeesAntwoord),
  (error: unknown) =>
    parentPort?.postMessage(
      (error instanceof ValidationError
        ? { issues: error.issues, teGroot: error instanceof TooLargeError }
        : {
            onverwacht: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          }) satisfies LeesAntwoord,
    ),
);
