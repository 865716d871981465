// SPDX-License-Identifier: EUPL-1.2
// Read-your-own-writes on any instance (issue 19, neo4j review §4.2). After a write the answer
// carries the store's bookmarks in a header; the client sends them back, and the reads of its next
// requests wait until the cluster member they land on has seen that write. The process-wide
// bookmark manager covers only this instance's writes; the embedded store has one file and never
// sets any. Bookmarks are opaque database tokens, no personal data.
import { AsyncLocalStorage } from 'node:async_hooks';

export const BLADWIJZER_HEADER = 'x-register-bladwijzer';

/** Larger values are no bookmarks of ours: they are ignored, not refused. */
const MAX_HEADER_LENGTE = 4096;
const MAX_BLADWIJZERS = 16;

interface Verzoek {
  /** What the client sent: reads wait until these writes are seen. */
  mee: string[];
  /** What a write of this request left: sent back in the header. */
  nieuw: string[] | undefined;
}

const verzoeken = new AsyncLocalStorage<Verzoek>();

/** The header's value: the bookmarks as base64url JSON, so no character of theirs needs escaping. */
export const codeer = (bladwijzers: readonly string[]): string =>
  Buffer.from(JSON.stringify(bladwijzers)).toString('base64url');

export function decodeer(waarde: string | undefined): string[] {
  if (!waarde || waarde.length > MAX_HEADER_LENGTE) return [];
  try {
    const lijst: unknown = JSON.parse(Buffer.from(waarde, 'base64url').toString('utf8'));
    return Array.isArray(lijst) &&
      lijst.length <= MAX_BLADWIJZERS &&
      lijst.every((b) => typeof b === 'string')
      ? lijst
      : [];
  } catch {
    return [];
  }
}

/** The bookmarks the client sent with this request (none outside a request). */
export const meegestuurd = (): string[] => verzoeken.getStore()?.mee ?? [];

/** Records what a write of this request left, for the answer's header. */
export function geschreven(bladwijzers: readonly string[]): void {
  const verzoek = verzoeken.getStore();
  if (verzoek && bladwijzers.length > 0) verzoek.nieuw = [...bladwijzers];
}

/** Runs `werk` (the rest of a request) with the client's bookmarks; `nieuw` gives what it wrote. */
export function metBladwijzers<T>(
  mee: string[],
  werk: (nieuw: () => string[] | undefined) => T,
): T {
  const verzoek: Verzoek = { mee, nieuw: undefined };
  return verzoeken.run(verzoek, () => werk(() => verzoek.nieuw));
}
