// SPDX-License-Identifier: EUPL-1.2
// Today's date in the Netherlands (YYYY-MM-DD): validity in time, the age of a verification (R20),
// and the answer cache's key. The clock is read here, never in the domain.
const NL = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });

// One formatter for the process: toLocaleDateString builds a new one per call (about 100 µs).
export const vandaag = (): string => NL.format(new Date());
