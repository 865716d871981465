// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { knooppuntenCsv } from './csv.ts';

describe('the list as CSV', () => {
  it('lists knooppunten with labels, not codes', () => {
    const csv = knooppuntenCsv([
      {
        id: 'a',
        naam: '=HYPERLINK("x")',
        functie: 'MELDPUNT',
        werkproces: 'SIGNALERING',
        wettelijkeBasis: 'TAAK_VAN_EEN_PARTIJ',
        samenstelling: 'VAST',
        doelgroep: 'Jeugd, 12–23',
        themas: [{ id: 't', naam: 'Verward gedrag' }],
        werkgebied: [
          { id: 'g1', naam: 'Alkmaar' },
          { id: 'g2', naam: 'Bergen (NH.)' },
        ],
        belegdBij: null,
        geverifieerdDoor: null,
        geverifieerdOp: null,
        verificatie: null,
        verificatieStatus: 'NIET_GEVERIFIEERD',
        geldigVanaf: null,
        geldigTot: null,
        actueel: true,
      },
    ]);
    const [header, row] = csv.replace('\ufeff', '').trim().split('\n');
    expect(header).toBe(
      "Id;Naam;Functie;Werkproces;Wettelijke basis;Samenstelling;Doelgroep;Thema's;Werkgebied;Belegd bij",
    );
    expect(row).toBe(
      `a;"'=HYPERLINK(""x"")";Meldpunt;Signalering;Taak van één partij;Vaste deelnemers;Jeugd, 12–23;Verward gedrag;"Alkmaar; Bergen (NH.)";`,
    );
  });
});
