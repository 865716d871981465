// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { buildKnooppunt, buildOrganisatie, referentiedata } from '../../test/builders.ts';
import { chainRecord } from './audit.ts';
import { indexRegistry } from './registry-index.ts';
import {
  namenUit,
  onderwerpVan,
  recordInWoorden,
  veldenInWoorden,
} from './wijziging-in-woorden.ts';

const index = indexRegistry({
  ...referentiedata(),
  knooppunten: [
    {
      ...buildKnooppunt({ naam: 'Tafel Een' }),
      id: 'k1',
      versie: 1,
      gewijzigdOp: '2026-01-01T00:00:00Z',
    },
  ],
  organisaties: [
    { ...buildOrganisatie({ naam: 'GGZ Noord' }), id: 'ggz', versie: 1, gewijzigdOp: '' },
  ],
  deelnames: [],
  overdrachten: [],
});
const namen = namenUit(index);
const voor = { ...buildKnooppunt({ naam: 'Tafel Een' }), id: 'k1', versie: 1 };

describe('a change in words', () => {
  it('names fields by their label and values as people read them, not JSON or codes', () => {
    const na = {
      ...voor,
      versie: 2,
      doel: 'Nieuw doel',
      functie: 'MELDPUNT' as const,
      themaIds: ['thema-a', 'thema-b'],
      gemeenteIds: [],
      convenant: { ...voor.convenant, datum: '2026-03-01' },
    };
    const zinnen = veldenInWoorden({ kind: 'knooppunt', id: 'k1', voor, na }, namen).map(
      (v) => v.zin,
    );
    expect(zinnen).toEqual([
      'Functie gewijzigd van ‘Overlegtafel’ naar ‘Meldpunt’',
      'Doel gewijzigd van ‘Doel’ naar ‘Nieuw doel’',
      "Thema's: ‘Thema B’ toegevoegd",
      'Werkgebied (gemeenten): ‘Gemeente Een’ verwijderd',
      'Convenant: vastgesteld op gewijzigd van ‘31 januari 2024’ naar ‘1 maart 2026’',
    ]);
  });

  it('says nothing about a list put in another order', () => {
    const na = { ...voor, signalen: ['GROEP', 'MEERDERE_PROBLEMEN'] as typeof voor.signalen };
    const terug = { ...na, signalen: [...na.signalen].reverse() };
    expect(veldenInWoorden({ kind: 'knooppunt', id: 'k1', voor: na, na: terug }, namen)).toEqual(
      [],
    );
  });

  it('tells a record as a sentence: who did what to which object, and a refusal with its reason', () => {
    const entry = {
      actorId: 'a1',
      actorNaam: 'Rita Redacteur',
      herkomst: 'test',
      melding: null,
      knooppuntIds: ['k1'],
    };
    const gelukt = chainRecord(
      null,
      new Date('2026-01-02T10:00:00Z'),
      {
        ...entry,
        actie: 'WIJZIGEN',
        object: { kind: 'knooppunt', id: 'k1' },
        resultaat: 'GELUKT',
        wijzigingen: [{ kind: 'knooppunt', id: 'k1', voor, na: { ...voor, doel: 'Anders' } }],
      },
      'k',
    );
    expect(recordInWoorden(gelukt, namen)).toBe(
      'Rita Redacteur wijzigde Knooppunt ‘Tafel Een’: Doel.',
    );
    const geweigerd = chainRecord(
      gelukt,
      new Date('2026-01-02T11:00:00Z'),
      {
        ...entry,
        actie: 'VERWIJDEREN',
        object: { kind: 'knooppunt', id: 'k1' },
        resultaat: 'GEWEIGERD',
        melding: 'U mag dit niet.',
        wijzigingen: [],
      },
      'k',
    );
    expect(recordInWoorden(geweigerd, namen)).toBe(
      'Geweigerd: Rita Redacteur probeerde Knooppunt ‘Tafel Een’ te verwijderen (U mag dit niet).',
    );
    expect(
      onderwerpVan(
        { kind: 'deelname', id: 'd', voor: null, na: { organisatieId: 'ggz', knooppuntId: 'k1' } },
        namen,
      ),
    ).toBe('Deelname van ‘GGZ Noord’ aan ‘Tafel Een’');
  });
});
