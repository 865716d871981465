// SPDX-License-Identifier: EUPL-1.2
// One Dutch date format for every page: "2 december 2026" (the same words the server's messages
// use, server/domain/kalender.ts), and "2 december 2026, 04:30" for moments.
import { datumInWoorden } from '../../server/domain/kalender.ts';

const TIJDSTIP = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Today on the reader's own calendar, as YYYY-MM-DD (sv-SE writes dates that way). */
export const vandaag = (): string => new Date().toLocaleDateString('sv-SE');

/** A calendar date (YYYY-MM-DD, as the schema's Datum, or the date part of a moment) in words. */
export const datum = (iso: string): string => datumInWoorden(iso.slice(0, 10));

/** A moment (ISO 8601 with time) in the reader's time zone. */
export function tijdstip(iso: string): string {
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime()) ? iso : TIJDSTIP.format(moment);
}
