// SPDX-License-Identifier: EUPL-1.2
// Reads an import's files in a worker thread of its own (security review C1): the event loop
// keeps serving other users meanwhile, and a file that would exhaust memory or time stops only
// its worker, with a refusal that names the limit. At most LEES_GRENZEN.tegelijk at once.
import { Worker } from 'node:worker_threads';
import { TooLargeError, ValidationError } from '../domain/errors.ts';
import type { ImportRij } from '../domain/import-plan.ts';
import { LEES_GRENZEN } from './limits.ts';
import type { LeesAntwoord } from './read-worker.ts';
import type { Bestand } from './sheets.ts';

/** Another import is being read on this instance; try again shortly (HTTP 503). */
export class BusyError extends Error {
  constructor() {
    super(
      `Er worden al ${LEES_GRENZEN.tegelijk} imports gelezen; probeer het over een minuut opnieuw.`,
    );
    this.name = 'BusyError';
  }
}

let bezig = 0;

export async function leesInWorker(bestanden: readonly Bestand[]): Promise<ImportRij[]> {
  if (bezig >= LEES_GRENZEN.tegelijk) throw new BusyError();
  bezig++;
  try {
    return await lees(bestanden);
  } finally {
    bezig--;
  }
}

function lees(bestanden: readonly Bestand[]): Promise<ImportRij[]> {
  const worker = new Worker(new URL('./read-worker.ts', import.meta.url), {
    workerData: {
      bestanden: bestanden.map((b) => ({ naam: b.naam, inhoud: new Uint8Array(b.inhoud) })),
    },
    resourceLimits: { maxOldGenerationSizeMb: LEES_GRENZEN.heapMb },
  });
  const teGroot = (waarom: string) =>
    new TooLargeError('bestanden', `${waarom}; splits de import of maak het bestand kleiner`);
  return new Promise<ImportRij[]>((resolve, reject) => {
    const klok = setTimeout(() => {
      reject(teGroot(`het lezen duurde langer dan ${LEES_GRENZEN.seconden} seconden`));
      void worker.terminate();
    }, LEES_GRENZEN.seconden * 1000);
    const klaar = () => {
      clearTimeout(klok);
      void worker.terminate();
    };
    worker.once('message', (antwoord: LeesAntwoord) => {
      klaar();
      if ('rijen' in antwoord) resolve(antwoord.rijen);
      else if ('issues' in antwoord)
        reject(
          antwoord.teGroot
            ? new TooLargeError(
                antwoord.issues[0]?.field ?? 'bestanden',
                antwoord.issues[0]?.message ?? '',
              )
            : new ValidationError(antwoord.issues),
        );
      else reject(new Error(antwoord.onverwacht));
    });
    worker.once('error', (error: Error & { code?: string }) => {
      klaar();
      reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? teGroot(`het uitpakken vroeg meer dan ${LEES_GRENZEN.heapMb} MB geheugen`)
          : error,
      );
    });
  });
}
