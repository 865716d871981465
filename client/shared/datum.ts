// SPDX-License-Identifier: EUPL-1.2
// One Dutch date format for every page: "2 december 2026", and "2 december 2026, 04:30" for moments.
const DATUM = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const TIJDSTIP = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A calendar date (YYYY-MM-DD, as the schema's Datum) in words; the date itself, no time zone. */
export function datum(iso: string): string {
  const [jaar, maand, dag] = iso.slice(0, 10).split('-').map(Number);
  if (!jaar || !maand || !dag) return iso;
  return DATUM.format(new Date(Date.UTC(jaar, maand - 1, dag, 12)));
}

/** A moment (ISO 8601 with time) in the reader's time zone. */
export function tijdstip(iso: string): string {
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime()) ? iso : TIJDSTIP.format(moment);
}
