// SPDX-License-Identifier: EUPL-1.2
// A second writer for the store contract suite (test/store-contract.test.ts): it writes while the
// test reads, so a read that is not one snapshot shows up (neo4j review C3). Each write is a pair,
// a knooppunt and a deelname of it in one applyAll: a registry holding the one without the other
// was read across a commit. The embedded store does its work synchronously, so within one
// process nothing interleaves with a load; the writer then runs in a worker thread with its own
// store on the same folder, as a second app process would.
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { systeemWijziging } from '../server/domain/audit.ts';
import type { Registry } from '../server/domain/model.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { creates, type Change, type Store } from '../server/store/port.ts';
import { buildDeelname, buildKnooppunt, TEST_AUDIT_SLEUTEL } from './builders.ts';

export interface SchrijfTaak {
  /** Prefix of every id and name written. */
  prefix: string;
  /** The organisatie that takes part in each knooppunt written. */
  organisatieId: string;
  aantal: number;
}

/** The i-th write: a knooppunt and the deelname of the organisatie in it. */
const paar = ({ prefix, organisatieId }: SchrijfTaak, i: number): Change[] =>
  creates([
    {
      kind: 'knooppunt',
      id: `${prefix}-k${i}`,
      gegevens: buildKnooppunt({ naam: `${prefix} ${i}` }),
    },
    {
      kind: 'deelname',
      id: `${prefix}-d${i}`,
      gegevens: buildDeelname(organisatieId, `${prefix}-k${i}`),
    },
  ]);

/** Writes the pairs one after the other through `store`. */
export async function schrijfParen(store: Store, taak: SchrijfTaak): Promise<void> {
  for (let i = 0; i < taak.aantal; i++) await store.applyAll(paar(taak, i), systeemWijziging());
}

/**
 * How many pairs of the task a registry holds, or a description of what is torn: a knooppunt of
 * the task without its deelname or the other way round, or a deelname whose knooppunt is missing.
 */
export function parenIn(registry: Registry, { prefix }: SchrijfTaak): number | string {
  const eigen = (id: string) => id.startsWith(`${prefix}-`);
  const knooppunten = new Set(registry.knooppunten.filter((k) => eigen(k.id)).map((k) => k.id));
  const deelnames = registry.deelnames.filter((d) => eigen(d.id));
  const alle = new Set(registry.knooppunten.map((k) => k.id));
  const zwevend = registry.deelnames.filter((d) => !alle.has(d.knooppuntId));
  if (zwevend.length > 0) return `deelname ${zwevend[0]!.id} zonder knooppunt`;
  if (deelnames.length !== knooppunten.size)
    return `${knooppunten.size} knooppunten maar ${deelnames.length} deelnames van de schrijver`;
  return knooppunten.size;
}

/** Runs the task in a worker thread with its own EmbeddedStore on `dir`. */
export function schrijfInWorker(dir: string, taak: SchrijfTaak): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { registerSchrijver: { dir, taak } },
    });
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`schrijver stopte met code ${code}`)),
    );
  });
}

const opdracht = (workerData as { registerSchrijver?: { dir: string; taak: SchrijfTaak } } | null)
  ?.registerSchrijver;
if (opdracht) {
  const store = new EmbeddedStore(opdracht.dir, { auditSleutel: TEST_AUDIT_SLEUTEL });
  try {
    await store.init();
    await schrijfParen(store, opdracht.taak);
  } finally {
    await store.close();
  }
  parentPort?.postMessage('klaar');
}
