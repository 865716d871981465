// SPDX-License-Identifier: EUPL-1.2
// How much a spreadsheet import may be (security review C1): every limit is checked before the
// work it guards, and a refusal names it. A region's whole inventory fits with room to spare: the
// largest region of the national set has 760 knooppunten, a few thousand rows in all.
export const IMPORT_GRENZEN = {
  /** The request body: the files as base64 in JSON. */
  verzoekBytes: 16 * 1024 * 1024,
  bestanden: 8,
  /** One file as sent. */
  bestandBytes: 10 * 1024 * 1024,
  /** What an XLSX (a zip) unpacks to, all its parts together, as its directory states them. */
  uitgepaktBytes: 40 * 1024 * 1024,
  zipOnderdelen: 200,
  /** Rows and cells over all files and sheets. */
  rijen: 10_000,
  cellen: 600_000,
  /** The first row errors the preview shows; the count says how many there are in all. */
  getoondeFouten: 200,
} as const;

/** Reading runs in a worker with this much heap and time; past either, the worker is stopped. */
export const LEES_GRENZEN = { heapMb: 384, seconden: 30, tegelijk: 2 } as const;

export const mb = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;
