// SPDX-License-Identifier: EUPL-1.2
// What the map's tooltips say, in Dutch labels (never codes).
import { describe, expect, it } from 'vitest';
import { knooppuntTip, routeTip, tijdLabel, tijdVan } from './tooltip.ts';

describe('tooltips', () => {
  it('a knooppunt: name, typology in labels, and whether it exists today', () => {
    const tip = knooppuntTip({
      naam: 'Zorg- en Veiligheidshuis',
      functie: 'OVERLEGTAFEL',
      werkproces: 'CASUSOVERLEG',
      wettelijkeBasis: 'TAAK_VAN_EEN_PARTIJ',
      samenstelling: 'WISSELEND',
      geldigTot: '2020-01-31',
      tijd: 'beeindigd',
    });
    expect(tip.titel).toBe('Zorg- en Veiligheidshuis');
    expect(tip.regels.join(' ')).toContain('Overlegtafel · werkproces casusoverleg');
    expect(tip.regels.join(' ')).toContain('Taak van één partij');
    expect(tip.regels.at(-1)).toBe('Let op: beëindigd op 31 januari 2020');
  });

  it('ended and not yet begun, against a date', () => {
    expect(tijdVan({ geldigTot: '2020-01-01' }, '2026-01-01')).toBe('beeindigd');
    expect(tijdVan({ geldigVanaf: '2027-01-01' }, '2026-01-01')).toBe('toekomst');
    expect(tijdVan({ geldigVanaf: '2020-01-01', geldigTot: null }, '2026-01-01')).toBeNull();
    expect(tijdLabel({ tijd: 'toekomst', geldigVanaf: '2027-03-01' })).toBe(
      'begint op 1 maart 2027',
    );
  });

  it('a route: kind, who registers, what information goes along', () => {
    const tip = routeTip({
      soort: 'AFSCHALING',
      van: 'A',
      naar: 'B',
      aanmeldingDoor: 'PARTNER',
      aanmelder: null,
      informatie: 'Plan van aanpak',
      warm: true,
    });
    expect(tip.titel).toBe('Afschaling: A → B');
    expect(tip.regels).toEqual([
      'Aanmelding door: Een partner',
      'Informatie die meegaat: Plan van aanpak',
      'Warme overdracht',
    ]);
    expect(routeTip({ soort: 'SIGNAAL', van: 'A', naar: 'B' }).regels[1]).toBe(
      'Informatie die meegaat: niet vastgelegd',
    );
  });
});
