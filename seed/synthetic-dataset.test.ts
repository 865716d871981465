// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { uniqueKeyOf, referencesOf } from '../server/domain/references.ts';
import { parseGegevens } from '../server/domain/validation.ts';
import { loadReferentiedata } from './reference-data.ts';
import { generateSyntheticDataset } from './synthetic-dataset.ts';

describe('generateSyntheticDataset', () => {
  const referentiedata = loadReferentiedata();
  const items = generateSyntheticDataset(referentiedata);

  it('covers every gemeente and every zorg- en veiligheidshuisregio with about 10,000 knooppunten', () => {
    const knooppunten = items.filter((i) => i.kind === 'knooppunt').map((i) => i.gegevens);
    expect(knooppunten).toHaveLength(10_000);
    expect(new Set(knooppunten.flatMap((k) => k.gemeenteIds)).size).toBe(342);
    expect(new Set(knooppunten.map((k) => k.regioId)).size).toBe(31);
    expect(new Set(knooppunten.map((k) => k.functie))).toEqual(
      new Set(['MELDPUNT', 'OVERLEGTAFEL']),
    );
  });

  it('yields only valid objects, unique keys, and references to objects created before', () => {
    const created = new Set<string>();
    const keys = new Set<string>();
    const reference = new Set([
      ...referentiedata.themas.map((t) => `thema:${t.id}`),
      ...referentiedata.gemeenten.map((g) => `gemeente:${g.id}`),
      ...referentiedata.regios.map((r) => `regio:${r.id}`),
      ...referentiedata.wetten.map((w) => `wet:${w.id}`),
    ]);
    for (const item of items) {
      expect(parseGegevens(item.kind, item.gegevens)).toEqual(item.gegevens);
      for (const ref of referencesOf(item.kind, item.gegevens)) {
        expect(
          created.has(`${ref.target}:${ref.id}`) || reference.has(`${ref.target}:${ref.id}`),
          `${item.id} → ${ref.target}:${ref.id}`,
        ).toBe(true);
      }
      const key = `${item.kind}:${uniqueKeyOf(item.kind, item.gegevens).key}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
      expect(created.has(`${item.kind}:${item.id}`)).toBe(false);
      created.add(`${item.kind}:${item.id}`);
    }
  });

  it('is deterministic per seed and can be limited to one region', () => {
    const een = generateSyntheticDataset(referentiedata, {
      regioIds: ['ZVH-NHN'],
      knooppunten: 300,
      seed: 7,
    });
    expect(een).toEqual(
      generateSyntheticDataset(referentiedata, {
        regioIds: ['ZVH-NHN'],
        knooppunten: 300,
        seed: 7,
      }),
    );
    expect(een).not.toEqual(
      generateSyntheticDataset(referentiedata, {
        regioIds: ['ZVH-NHN'],
        knooppunten: 300,
        seed: 8,
      }),
    );
    expect(een.filter((i) => i.kind === 'knooppunt')).toHaveLength(300);
    expect(een.filter((i) => i.kind === 'overdracht').length).toBeGreaterThan(100);
  });
});
