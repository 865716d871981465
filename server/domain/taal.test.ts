// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.ts';
import { bestaandeDatum, datumInWoorden, nederlandseDag, vanDagMaandJaar } from './kalender.ts';
import { aantal, inZin, opsomming, zin } from './taal.ts';

describe('grammar for people', () => {
  it('makes the noun agree with the number, in Dutch notation', () => {
    expect(aantal(1, 'gemeente', 'gemeenten')).toBe('1 gemeente');
    expect(aantal(0, 'gemeente', 'gemeenten')).toBe('0 gemeenten');
    expect(aantal(1200, 'rij', 'rijen')).toBe('1.200 rijen');
  });

  it('lists items in words', () => {
    expect(opsomming([])).toBe('');
    expect(opsomming(['a'])).toBe('a');
    expect(opsomming(['a', 'b', 'c'])).toBe('a, b en c');
    expect(opsomming(['Meldpunt', 'Overlegtafel'], 'of')).toBe('Meldpunt of Overlegtafel');
  });

  it('writes a label as it reads inside a sentence, keeping abbreviations and names', () => {
    expect(inZin('Woningcorporatie')).toBe('woningcorporatie');
    expect(inZin('Zorg- en Veiligheidshuis')).toBe('zorg- en veiligheidshuis');
    expect(inZin('GGD')).toBe('GGD');
    expect(inZin('LVB-zorg')).toBe('LVB-zorg');
    expect(inZin('Veilig Thuis', true)).toBe('Veilig Thuis');
  });

  it('summarises field issues as sentences, each once, without keys', () => {
    const fout = new ValidationError([
      { field: 'input.naam', message: 'Naam mag niet leeg zijn' },
      { field: 'input.gebruikersnaam', message: 'deze gebruikersnaam is al in gebruik' },
      { field: 'input.naam', message: 'Naam mag niet leeg zijn' },
    ]);
    expect(fout.message).toBe('Naam mag niet leeg zijn. Deze gebruikersnaam is al in gebruik.');
    expect(fout.issues[1]!.message).toBe('Deze gebruikersnaam is al in gebruik');
    expect(zin('Klaar!')).toBe('Klaar!');
  });
});

describe('calendar dates', () => {
  it('knows which days exist', () => {
    expect(bestaandeDatum('2026-02-28')).toBe(true);
    expect(bestaandeDatum('2028-02-29')).toBe(true);
    expect(bestaandeDatum('2026-02-29')).toBe(false);
    expect(bestaandeDatum('2026-02-31')).toBe(false);
    expect(bestaandeDatum('2026-13-01')).toBe(false);
    expect(bestaandeDatum('31-12-2026')).toBe(false);
  });

  it('says a date in words, also one that does not exist', () => {
    expect(datumInWoorden('2026-02-31')).toBe('31 februari 2026');
    expect(datumInWoorden('2026-12-02')).toBe('2 december 2026');
    expect(datumInWoorden('2026-13-01')).toBe('2026-13-01');
  });

  it('reads a date as Dutch people and Dutch Excel write it', () => {
    expect(vanDagMaandJaar('31-12-2026')).toBe('2026-12-31');
    expect(vanDagMaandJaar('1/2/2026')).toBe('2026-02-01');
    expect(vanDagMaandJaar('2026-12-31')).toBeNull();
  });

  it('gives the day a moment fell on in the Netherlands, in winter and in summer time', () => {
    expect(nederlandseDag('2026-03-01T22:59:59Z')).toBe('2026-03-01');
    expect(nederlandseDag('2026-03-01T23:00:00Z')).toBe('2026-03-02');
    expect(nederlandseDag(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(nederlandseDag(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
