// SPDX-License-Identifier: EUPL-1.2
// Chooses the adapter: Neo4j when NEO4J_URI is set, the embedded store otherwise. Both get the
// audit chain's key, and log every new head ("auditanker"): a copy of the head outside the store.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, type Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { AuditOptions } from './audit-keten.ts';
import { EmbeddedStore } from './embedded/embedded-store.ts';
import { Neo4jStore } from './neo4j/neo4j-store.ts';
import type { Store } from './port.ts';

export async function createStore(config: Config, logger: Logger): Promise<Store> {
  // Only the head's number and hash: nothing of the record itself (names, herkomst) goes to the log.
  const audit: AuditOptions = {
    auditSleutel: auditSleutel(config, logger),
    onAppend: ({ volgnummer, hash }) => logger.info({ volgnummer, hash }, 'auditanker'),
  };
  const store: Store =
    config.NEO4J_URI !== undefined
      ? new Neo4jStore({
          uri: config.NEO4J_URI,
          user: config.NEO4J_USER,
          password: config.NEO4J_PASSWORD ?? '',
          database: config.NEO4J_DATABASE,
          ...audit,
        })
      : new EmbeddedStore(config.DATA_DIR, audit);
  await store.init();
  return store;
}

/**
 * AUDIT_SLEUTEL; without it (a quick start) a random key made once in DATA_DIR/audit-sleutel.
 * That key lies next to the data, so whoever can rewrite the data can rewrite the chain too: warn.
 */
export function auditSleutel(
  config: Pick<Config, 'AUDIT_SLEUTEL' | 'DATA_DIR'>,
  logger: Pick<Logger, 'warn'>,
): string {
  if (config.AUDIT_SLEUTEL !== undefined) return config.AUDIT_SLEUTEL;
  const file = join(config.DATA_DIR, 'audit-sleutel');
  mkdirSync(config.DATA_DIR, { recursive: true, mode: 0o700 });
  try {
    // 'wx': never overwrite a key that is there, even if two processes start at once.
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const sleutel = readFileSync(file, 'utf8').trim();
  if (sleutel.length < 32)
    throw new ConfigError(
      `Ongeldige configuratie:\n  ${file}: de auditsleutel moet minstens 32 tekens lang zijn`,
    );
  logger.warn(
    { bestand: file },
    'AUDIT_SLEUTEL is niet gezet: de audittrail is ondertekend met een sleutel die naast de data staat. Zet in productie AUDIT_SLEUTEL, bewaard buiten de data.',
  );
  return sleutel;
}
