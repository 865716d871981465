// SPDX-License-Identifier: EUPL-1.2
// The Dutch label of every code, generated from the enum value descriptions in the SDL (the one
// vocabulary). A code alone is ambiguous (MELDPUNT is a functie and a werkproces, ONBEKEND means
// different things), so a label is always looked up within its enum.
import { ENUM_LABELS } from './enum-labels.generated.ts';

export { ENUM_LABELS };

/**
 * The labels of the enum with exactly these values, as a field lists them (model.ts's arrays are
 * the SDL's enums, a test checks it); undefined for a list that is no enum.
 */
export function labelsVan(
  waarden: readonly string[],
): Readonly<Record<string, string>> | undefined {
  return Object.values(ENUM_LABELS).find((labels: Readonly<Record<string, string>>) => {
    const codes = Object.keys(labels);
    return codes.length === waarden.length && waarden.every((w) => codes.includes(w));
  });
}

/** The label of a code in a list of values, or the code itself when it has none. */
export function keuzeLabel(waarden: readonly string[], code: string): string {
  const labels = labelsVan(waarden);
  return labels && Object.hasOwn(labels, code) ? labels[code]! : code;
}
