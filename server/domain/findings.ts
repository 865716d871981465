// SPDX-License-Identifier: EUPL-1.2
// A finding: something a description lacks or gets wrong, measured against a rule of
// shared/RULES.md, with the section of the handreiking (H) it comes from.

export type Ernst = 'FOUT' | 'WAARSCHUWING' | 'AANDACHT';

export interface Bevinding {
  /** Stable id: the rule, plus a suffix where one rule can fail in several ways (e.g. R12.partner). */
  regel: string;
  ernst: Ernst;
  /** What is missing or wrong, in plain Dutch. */
  melding: string;
  /** Section(s) of the handreiking. */
  bron: string;
}
