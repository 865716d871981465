// SPDX-License-Identifier: EUPL-1.2
// Small grammar for the texts people read, on the server and in the browser: a number with its
// noun, a list in words, a sentence's capital.

// One formatter, and none for a whole number below a thousand (written alike everywhere):
// toLocaleString builds a formatter per call, tens of µs, and casus matching words a number for
// each knooppunt it returns.
const NL_GETAL = new Intl.NumberFormat('nl-NL');

/** "1.200": a number as Dutch readers write it. */
export const getal = (n: number): string =>
  Number.isInteger(n) && Math.abs(n) < 1000 ? String(n) : NL_GETAL.format(n);

/** "1 gemeente", "3 gemeenten", "1.200 rijen": the noun agrees with the number. */
export const aantal = (n: number, enkelvoud: string, meervoud: string): string =>
  `${getal(n)} ${n === 1 ? enkelvoud : meervoud}`;

/** "a", "a en b", "a, b en c"; with "of" for a choice. */
export function opsomming(items: readonly string[], voegwoord: 'en' | 'of' = 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${voegwoord} ${items.at(-1)!}`;
}

/**
 * A label as it reads inside a sentence: "Woningcorporatie" → "woningcorporatie", "Zorg- en
 * Veiligheidshuis" → "zorg- en veiligheidshuis". An abbreviation ("GGD", "LVB-zorg") and a name
 * ("Veilig Thuis", `eigennaam`) keep their capitals.
 */
export const inZin = (label: string, eigennaam = false): string =>
  eigennaam || /^\p{Lu}{2}/u.test(label) ? label : label.toLocaleLowerCase('nl');

/** The text as a sentence starts: with a capital. */
export const hoofdletter = (tekst: string): string =>
  tekst.charAt(0).toLocaleUpperCase('nl') + tekst.slice(1);

/** The text as a sentence ends: with a full stop, unless it has one. */
export const zin = (tekst: string): string =>
  /[.!?]$/.test(tekst) ? hoofdletter(tekst) : `${hoofdletter(tekst)}.`;
