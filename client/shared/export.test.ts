// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { toCsv } from './export.ts';

describe('CSV for Dutch Excel', () => {
  it('separates cells with ";", starts with a byte-order mark and defuses formulas', () => {
    const csv = toCsv(
      [
        ['=1+1', 'één; twee', '-3'],
        ["'=al geschermd", 'gewoon', ''],
      ],
      ['Formule', 'Lijst', 'Getal'],
    );
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).trim().split('\n')).toEqual([
      'Formule;Lijst;Getal',
      `'=1+1;"één; twee";'-3`,
      `''=al geschermd;gewoon;`,
    ]);
  });
});
