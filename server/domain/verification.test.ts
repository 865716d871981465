// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  buildDeelname,
  buildKnooppunt,
  buildOrganisatie,
  referentiedata,
} from '../../test/builders.ts';
import type { Actor } from './accounts.ts';
import { ValidationError } from './errors.ts';
import type { Knooppunt } from './model.ts';
import { indexRegistry } from './registry-index.ts';
import {
  geverifieerd,
  parseVerificatie,
  teVerifierenDoor,
  verificatieStand,
  verificatieStatus,
} from './verification.ts';

const ref = referentiedata();
const regioB = {
  id: 'regio-b',
  naam: 'Regio B',
  soort: 'VEILIGHEIDSREGIO' as const,
  zekerheid: null,
};
const knooppunt = (id: string, o: Partial<Knooppunt> = {}): Knooppunt => ({
  ...buildKnooppunt({ naam: id, belegdBijId: 'ggd' }),
  id,
  versie: 1,
  gewijzigdOp: '2026-01-10T10:00:00Z',
  ...o,
});
const org = (id: string) => ({
  ...buildOrganisatie({ naam: id.toUpperCase() }),
  id,
  versie: 1,
  gewijzigdOp: '',
});
const index = indexRegistry({
  ...ref,
  regios: [...ref.regios, regioB],
  // GM0002 lies in both regions: regio-b maintains nothing, but knooppunt "elders" works there.
  gemeenten: [ref.gemeenten[0]!, { ...ref.gemeenten[1]!, regioIds: ['regio-a', 'regio-b'] }],
  knooppunten: [
    knooppunt('nooit'),
    knooppunt('oud', { geverifieerdOp: '2025-01-01', geverifieerdDoor: 'X' }),
    knooppunt('bijna', {
      geverifieerdOp: '2025-03-01',
      geverifieerdDoor: 'X',
      gewijzigdOp: '2025-03-01T00:00:00Z',
    }),
    knooppunt('vers', { geverifieerdOp: '2026-01-10', geverifieerdDoor: 'X' }),
    knooppunt('elders', { gemeenteIds: ['GM0002'], belegdBijId: 'ggz' }),
  ],
  organisaties: [org('ggd'), org('ggz'), org('politie')],
  deelnames: [{ ...buildDeelname('politie', 'elders'), id: 'd1', versie: 1, gewijzigdOp: '' }],
  overdrachten: [],
});
const vandaag = '2026-02-01';
const rita: Actor = { accountId: 'r', naam: 'Rita', rol: 'REDACTEUR', organisatieIds: ['ggd'] };

describe('verification that means something (H §2.6 stap 3)', () => {
  it('counts a change after midnight in the Netherlands as a day later than the verification', () => {
    const geverifieerdOp = '2026-01-10';
    const status = (gewijzigdOp: string) =>
      verificatieStatus(knooppunt('k', { geverifieerdOp, gewijzigdOp }), vandaag);
    expect(status('2026-01-10T22:59:00Z')).toBe('GEVERIFIEERD'); // 23:59 on the 10th in Amsterdam
    expect(status('2026-01-10T23:30:00Z')).toBe('GEWIJZIGD_NA_VERIFICATIE'); // 00:30 on the 11th
  });
  it("counts a region's knooppunten with those another region manages in its gemeenten, oldest first", () => {
    const stand = verificatieStand(index, 'regio-b', vandaag);
    expect(stand).toMatchObject({ totaal: 1, elders: 1 });
    expect(stand.wachtrij.map((t) => t.knooppunt.id)).toEqual(['elders']);
    expect(verificatieStand(index, 'regio-a', vandaag).wachtrij.map((t) => t.knooppunt.id)).toEqual(
      ['elders', 'nooit', 'oud'],
    );
  });

  it('reminds an organisation of what waits and of what turns stale within 60 days', () => {
    expect(teVerifierenDoor(index, 'ggd', vandaag).map((t) => [t.knooppunt.id, t.status])).toEqual([
      ['nooit', 'NIET_GEVERIFIEERD'],
      ['oud', 'VEROUDERD'],
      ['bijna', 'GEVERIFIEERD'],
    ]);
    expect(teVerifierenDoor(index, 'politie', vandaag).map((t) => t.knooppunt.id)).toEqual([
      'elders',
    ]);
  });

  it('records for whom, with whom and what; refuses none consulted and a foreign organisation', () => {
    const k = index.knooppunten.get('nooit')!;
    const invoer = {
      namensId: 'ggd',
      geraadpleegd: [{ organisatieId: 'politie', rol: 'wijkagent' }],
      bevestigd: ['ROUTES'],
    };
    const v = parseVerificatie(invoer, k, rita, index);
    expect(geverifieerd(k, rita, v, index, vandaag)).toMatchObject({
      geverifieerdDoor: 'Rita (GGD)',
      geverifieerdOp: vandaag,
      verificatie: { ...invoer, toelichting: null },
    });
    const fout = (input: object) => {
      try {
        parseVerificatie(input, k, rita, index);
      } catch (e) {
        return (e as ValidationError).issues.map((i) => i.message).join(' ');
      }
      return '';
    };
    expect(fout({ ...invoer, geraadpleegd: [] })).toMatch(/^Geraadpleegde organisaties/);
    expect(fout({ ...invoer, namensId: 'ggz' })).toMatch(/^Namens: kies een eigen organisatie/);
    expect(fout({ ...invoer, geraadpleegd: [{ organisatieId: 'nergens' }] })).toMatch(
      /bestaat niet/,
    );
  });
});
