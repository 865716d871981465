// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { VELDEN } from '../../../server/domain/fields.ts';
import type { EditableKind } from '../../../server/domain/model.ts';
import { celTekst, keuzeLabel, labelsVan } from './formulier.ts';

const veld = (kind: EditableKind, pad: string) => VELDEN[kind].find((v) => v.pad === pad)!;

describe('what the form shows of codes and cells', () => {
  it('labels every code of every choice field by its own enumeration', () => {
    for (const [kind, velden] of Object.entries(VELDEN))
      for (const v of velden.filter((x) => x.waarden))
        for (const code of v.waarden!)
          expect(labelsVan(v)?.[code], `${kind}.${v.pad} ${code}`).toBeTruthy();
  });

  it('tells a document status from another enumeration with the same code', () => {
    const status = veld('knooppunt', 'convenant.status');
    expect(keuzeLabel(status, 'ONBEKEND')).toBe('Onbekend');
    expect(keuzeLabel(status, 'VASTGESTELD')).toBe('Vastgesteld');
    expect(keuzeLabel(veld('knooppunt', 'werkproces'), 'MELDPUNT')).toBe('Meldpunt');
  });

  it('shows cells as a person reads them: names, labels and dates in words', () => {
    const opties = {
      gemeente: [{ id: 'GM1', naam: 'Alkmaar' }],
      wet: [{ id: 'wvggz', naam: 'Wvggz' }],
    };
    expect(celTekst(veld('knooppunt', 'gemeenteIds'), 'GM1; GM2', opties)).toBe('Alkmaar, GM2');
    expect(celTekst(veld('knooppunt', 'wetten'), 'wvggz: art. 5:1', opties)).toBe(
      'Wvggz: art. 5:1',
    );
    expect(celTekst(veld('knooppunt', 'geldigTot'), '2026-12-02', opties)).toBe('2 december 2026');
    expect(celTekst(veld('knooppunt', 'functie'), 'OVERLEGTAFEL', opties)).toBe('Overlegtafel');
    expect(celTekst(veld('knooppunt', 'naam'), '', opties)).toBe('');
  });
});
