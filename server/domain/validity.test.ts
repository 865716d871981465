// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { buildDeelname, buildKnooppunt, buildOverdracht, entity } from '../../test/builders.ts';
import type { Registry } from './model.ts';
import { geldigheidOp, geldigOp, registryOp, sindsOnbekend } from './validity.ts';

const registry = (): Registry => ({
  themas: [],
  gemeenten: [],
  regios: [],
  wetten: [],
  organisaties: [],
  knooppunten: [
    entity('altijd', buildKnooppunt({ naam: 'Altijd' })),
    entity(
      'oud',
      buildKnooppunt({ naam: 'Oud', geldigVanaf: '2020-01-01', geldigTot: '2024-12-31' }),
    ),
    entity(
      'nieuw',
      buildKnooppunt({
        naam: 'Nieuw',
        geldigVanaf: '2025-01-01',
        aanpalend: [{ knooppuntId: 'oud', reden: 'opvolger' }],
      }),
    ),
  ],
  deelnames: [
    entity('d-oud', buildDeelname('org', 'oud')),
    entity('d-nieuw', buildDeelname('org', 'nieuw')),
  ],
  overdrachten: [
    entity('oud-altijd', buildOverdracht('oud', 'altijd')),
    entity('nieuw-altijd', buildOverdracht('nieuw', 'altijd')),
  ],
});

describe('validity in time', () => {
  it('includes both bounds and treats a missing bound as open', () => {
    const k = { geldigVanaf: '2025-01-01', geldigTot: '2025-12-31' };
    expect(
      ['2024-12-31', '2025-01-01', '2025-12-31', '2026-01-01'].map((d) => geldigOp(k, d)),
    ).toEqual([false, true, true, false]);
    expect(geldigOp({ geldigVanaf: null, geldigTot: null }, '1900-01-01')).toBe(true);
  });

  it('shows the registry as it stood on a date, with the relations of what existed then', () => {
    const op2024 = registryOp(registry(), '2024-06-01');
    expect(op2024.knooppunten.map((k) => k.id)).toEqual(['altijd', 'oud']);
    expect(op2024.deelnames.map((d) => d.id)).toEqual(['d-oud']);
    expect(op2024.overdrachten.map((o) => o.id)).toEqual(['oud-altijd']);
    const op2026 = registryOp(registry(), '2026-11-22');
    expect(op2026.knooppunten.map((k) => k.id)).toEqual(['altijd', 'nieuw']);
    expect(op2026.knooppunten.find((k) => k.id === 'nieuw')!.aanpalend).toEqual([]);
    expect(op2026.overdrachten.map((o) => o.id)).toEqual(['nieuw-altijd']);
  });
});

describe('where a knooppunt stands on a date', () => {
  it('has ended after its last day, has not begun before its first, and exists in between', () => {
    const k = { geldigVanaf: '2025-01-01', geldigTot: '2025-12-31' };
    expect(geldigheidOp(k, '2024-12-31')).toBe('NOG_NIET_BEGONNEN');
    expect(geldigheidOp(k, '2025-01-01')).toBe('BESTAAT');
    expect(geldigheidOp(k, '2025-12-31')).toBe('BESTAAT');
    expect(geldigheidOp(k, '2026-01-01')).toBe('BEEINDIGD');
  });

  it('counts the knooppunten that exist on a date only because their start is unknown', () => {
    const knooppunten = registry().knooppunten;
    // "Altijd" has no start date; "Oud" existed in 2020 with a known start; "Nieuw" not yet.
    expect(sindsOnbekend(knooppunten, '1990-01-01')).toBe(1);
    expect(sindsOnbekend(knooppunten, '2020-06-01')).toBe(1);
    expect(sindsOnbekend([{ geldigVanaf: null, geldigTot: '1980-01-01' }], '1990-01-01')).toBe(0);
  });
});
