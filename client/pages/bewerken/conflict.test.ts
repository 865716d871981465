// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { samenvoegen, verschillen } from './conflict.ts';

describe('a concurrent change', () => {
  const basis = { naam: 'Tafel', doel: 'oud doel', doelgroep: 'jeugd' };
  const mijn = { naam: 'Tafel', doel: 'mijn doel', doelgroep: 'jeugd' };
  const huidig = { naam: 'Tafel (hernoemd)', doel: 'oud doel', doelgroep: 'jeugd' };

  it('lists the fields that differ, marking those the editor changed', () => {
    const lijst = verschillen('knooppunt', basis, mijn, huidig);
    expect(lijst.map((v) => [v.veld.pad, v.mijn, v.huidig, v.doorMij])).toEqual([
      ['naam', 'Tafel', 'Tafel (hernoemd)', false],
      ['doel', 'mijn doel', 'oud doel', true],
    ]);
  });

  it('keeps both changes when each side changed another field', () => {
    const houd = new Set(
      verschillen('knooppunt', basis, mijn, huidig)
        .filter((v) => v.doorMij)
        .map((v) => v.veld.pad),
    );
    expect(samenvoegen(huidig, mijn, houd)).toEqual({
      naam: 'Tafel (hernoemd)',
      doel: 'mijn doel',
      doelgroep: 'jeugd',
    });
  });
});
