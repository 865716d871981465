// SPDX-License-Identifier: EUPL-1.2
// CSV as Dutch Excel opens it, the same for the registry's files and a page's downloads: cells
// separated by ";", a byte-order mark so accents survive, and no cell that runs as a formula.

/** Dutch Excel splits on ";" (the "," is the decimal separator). */
export const SCHEIDINGSTEKEN = ';';
/** The UTF-8 byte-order mark: without it Excel reads "één" as "Ã©Ã©n". */
export const BOM = '\uFEFF';

/**
 * Text that a spreadsheet would run as a formula (CSV injection) gets an apostrophe in front in a
 * CSV file; reading takes it off again, so a round trip keeps the text.
 */
const FORMULE = /^'?[=+\-@\t\r]/;
export const geschermd = (cel: string): string => (FORMULE.test(cel) ? `'${cel}` : cel);
export const ontschermd = (cel: string): string =>
  cel.startsWith("'") && FORMULE.test(cel.slice(1)) ? cel.slice(1) : cel;
