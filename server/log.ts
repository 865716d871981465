// SPDX-License-Identifier: EUPL-1.2
// One logger. Request bodies and GraphQL variables are never logged: they may hold what a
// professional typed (see the privacy notes in README.md).
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'knooppuntenregister' } });
}
