// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { exampleIndex } from '../../test/example-index.ts';
import { isGroepsthema, nieuwProbleem, type NieuwProbleem } from './new-problem.ts';

const index = exampleIndex();
const probleem = (p: Partial<NieuwProbleem>): NieuwProbleem => ({
  themaId: null,
  naam: null,
  groep: null,
  signalen: [],
  leeftijd: null,
  gemeenteIds: [],
  ...p,
});
const TEXEL = 'GM0448';

describe('nieuwProbleem', () => {
  it('finds the tables closest to a new problem and says what they would need', () => {
    // Problematic youth groups are only handled in Hoorn: what would it take elsewhere in West-Friesland?
    const kandidaten = nieuwProbleem(
      index,
      'ZVH-NHN',
      probleem({
        themaId: 'jeugdgroepen',
        leeftijd: { van: 12, tot: 17 },
        gemeenteIds: ['GM0405', 'GM0532', 'GM0420'],
      }),
    );
    expect(kandidaten[0]!.knooppunt.id).toBe('jeugdgroepoverleg-hoorn');
    expect(kandidaten[0]!.alGedekt).toContain('pakt problematische jeugdgroepen al op');
    expect(kandidaten[0]!.nodig.join(' ')).toMatch(
      /werkgebied uitbreiden met .*Medemblik|werkgebied uitbreiden met .*Enkhuizen/,
    );
    expect(kandidaten.every((k, i) => i === 0 || kandidaten[i - 1]!.score >= k.score)).toBe(true);
  });

  it('sends a group problem only to a groepsaanpak, never to individual casework tables (H Bijlage 1.3; UX review row 17)', () => {
    expect(isGroepsthema(index, 'jeugdgroepen')).toBe(true);
    expect(isGroepsthema(index, 'jeugdcriminaliteit')).toBe(false);
    const kandidaten = nieuwProbleem(
      index,
      'ZVH-NHN',
      probleem({ themaId: 'jeugdgroepen', gemeenteIds: [TEXEL] }),
      27,
    );
    expect(kandidaten.map((k) => k.knooppunt.id)).toEqual(['jeugdgroepoverleg-hoorn']);
    expect(kandidaten[0]!.alGedekt[0]).toBe('werkt met groepen (groepsaanpak)');
    expect(kandidaten[0]!.nodig).toContain('werkgebied uitbreiden met Texel');
    // Said explicitly: a group of, say, radicalising youths goes to the groepsaanpak too.
    const groep = nieuwProbleem(
      index,
      'ZVH-NHN',
      probleem({ themaId: 'radicalisering', groep: true }),
      27,
    );
    expect(groep.every((k) => k.knooppunt.werkproces === 'GROEPSAANPAK')).toBe(true);
    // And an individual problem never to a groepsaanpak.
    const individueel = nieuwProbleem(
      index,
      'ZVH-NHN',
      probleem({ themaId: 'jeugdgroepen', groep: false }),
      27,
    );
    expect(individueel.some((k) => k.knooppunt.werkproces === 'GROEPSAANPAK')).toBe(false);
    expect(individueel.length).toBeGreaterThan(0);
  });

  it('names the missing partijen for a table that does not yet take up the thema', () => {
    const kandidaten = nieuwProbleem(index, 'ZVH-NHN', probleem({ themaId: 'radicalisering' }), 27);
    const ander = kandidaten.find((k) => k.knooppunt.id !== 'radicalisering-casusoverleg')!;
    expect(ander.nodig[0]).toBe('radicalisering opnemen in doel en aanmeldcriteria');
    expect(
      kandidaten
        .find((k) => k.knooppunt.id === 'radicalisering-casusoverleg')!
        .nodig.some((n) => n.startsWith('radicalisering')),
    ).toBe(false);
  });

  it('writes party names as Dutch writes them, and the verb agrees (domain review §9 items 4, 5)', () => {
    const zinnen = (themaId: string, id: string) => {
      const k = nieuwProbleem(index, 'ZVH-NHN', probleem({ themaId }), 30).find(
        (x) => x.knooppunt.id === id,
      )!;
      return [...k.alGedekt, ...k.nodig];
    };
    expect(zinnen('woonoverlast', 'jeugdbeschermingstafel')).toContain(
      'partijen toevoegen: politie, woningcorporatie en wijkteam',
    );
    expect(zinnen('huiselijk-geweld', 'jeugdbeschermingstafel')).toContain(
      'partijen toevoegen: politie en Veilig Thuis',
    );
    expect(zinnen('woonoverlast', 'pga-alkmaar')).toContain(
      '1 van de 3 benodigde soorten partijen neemt al deel',
    );
    expect(zinnen('jeugdbescherming', 'jeugdbeschermingstafel')).toContain(
      '2 van de 3 benodigde soorten partijen nemen al deel',
    );
  });

  it('accepts a problem without a thema: named freely, matched on signals, doelgroep and werkgebied', () => {
    const kandidaten = nieuwProbleem(
      index,
      'ZVH-NHN',
      probleem({
        naam: 'uitbuiting van minderjarigen',
        signalen: ['HUISELIJK_GEWELD_OF_KINDERMISHANDELING', 'SAMENWERKING_NODIG'],
        leeftijd: { van: 12, tot: 17 },
      }),
    );
    expect(kandidaten[0]!.knooppunt.id).toBe('jeugdbeschermingstafel');
    expect(kandidaten[0]!.nodig[0]).toBe(
      'uitbuiting van minderjarigen opnemen in doel en aanmeldcriteria',
    );
    expect(kandidaten[0]!.alGedekt).toContain(
      'is bedoeld voor casussen waarin er signalen van huiselijk geweld of kindermishandeling zijn en samenwerking tussen partijen nodig is om effectief te zijn',
    );
    // No thema, so no partijen are asked for.
    expect(kandidaten.flatMap((k) => k.nodig).some((n) => n.startsWith('partijen'))).toBe(false);
  });
});
