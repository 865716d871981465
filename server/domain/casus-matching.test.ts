// SPDX-License-Identifier: EUPL-1.2
// The handreiking's own examples against the example region, with the expected best fits.
import { describe, expect, it } from 'vitest';
import { exampleIndex } from '../../test/example-index.ts';
import { matchCasus, type Casus } from './casus-matching.ts';

const index = exampleIndex();

const casus = (c: Partial<Casus>): Casus => ({
  themaIds: [],
  leeftijd: null,
  gemeenteId: null,
  signalen: [],
  betrokkenOrganisatieIds: [],
  vanKnooppuntId: null,
  ...c,
});
const ids = (ms: { knooppunt: { id: string } }[]) => ms.map((m) => m.knooppunt.id);
const VOLWASSEN = { van: 27, tot: 64 };

describe('matchCasus: the handreiking’s examples in the example region', () => {
  it('§2.2 the schuldhulpverlener: debts, addiction, suspected LVB, aggression towards neighbours → the local wijkzorgoverleg', () => {
    const result = matchCasus(
      index,
      casus({
        themaIds: ['schulden', 'verslaving', 'lvb'],
        signalen: [
          'MEERDERE_PROBLEMEN',
          'SAMENWERKING_NODIG',
          'CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG',
          'IMPACT_OP_OMGEVING',
        ],
        leeftijd: VOLWASSEN,
        gemeenteId: 'GM0361',
        betrokkenOrganisatieIds: ['schuldhulp'],
      }),
    );
    expect(result.passend[0]!.knooppunt.id).toBe('wijkzorgoverleg-alkmaar');
    expect(result.passend[0]!.voldaan).toContain('werkt in Alkmaar');
    expect(result.passend[0]!.aanmelders[0]).toMatchObject({
      organisatie: { id: 'schuldhulp' },
      alBetrokken: true,
    });
    // Where else it may already be: other tables whose criteria it meets in full.
    expect(ids(result.elders)).toContain('escalatietafel-multiprobleem');
    expect(result.lacune).toBeNull();
  });

  it('§2.1 overlast with woningcorporatie, politie and GGZ in West-Friesland → the woonoverlastoverleg, reached from the meldpunt', () => {
    const result = matchCasus(
      index,
      casus({
        themaIds: ['woonoverlast', 'verward-gedrag', 'psychische-problematiek'],
        signalen: [
          'MEERDERE_PROBLEMEN',
          'IMPACT_OP_OMGEVING',
          'CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG',
          'SAMENWERKING_NODIG',
        ],
        gemeenteId: 'GM0405',
        betrokkenOrganisatieIds: ['woningcorporatie-wf', 'politie-hoorn', 'ggz'],
        vanKnooppuntId: 'meldpunt-zorg-overlast',
      }),
    );
    const best = result.passend[0]!;
    expect(best.knooppunt.id).toBe('woonoverlast-wf');
    expect(best.route?.stappen.at(-1)?.naar.id).toBe('woonoverlast-wf');
    expect(best.route?.stappen[0]?.van.id).toBe('meldpunt-zorg-overlast');
    expect(ids(result.passend)).not.toContain('pga-alkmaar'); // werkgebied Alkmaar only
  });

  it('a problematic youth group in Hoorn → the jeugdgroepoverleg; group casework is not for person-centred tables', () => {
    const result = matchCasus(
      index,
      casus({
        themaIds: ['jeugdgroepen', 'jeugdcriminaliteit'],
        signalen: [
          'GROEP',
          'CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG',
          'ERNSTIG_LOKAAL_VEILIGHEIDSPROBLEEM',
        ],
        leeftijd: { van: 12, tot: 17 },
        gemeenteId: 'GM0405',
      }),
    );
    expect(result.passend[0]!.knooppunt.id).toBe('jeugdgroepoverleg-hoorn');
    expect(
      result.passend.slice(1).every((m) => m.nietVoldaan.includes('werkt niet met groepen')),
    ).toBe(true);
    expect(ids(result.passend)).not.toContain('signaleringstafel-jeugd-den-helder'); // werkgebied Den Helder
  });

  it('an ex-gedetineerde returning to the gemeente → the nazorg overleg, then the nazorgloket', () => {
    const result = matchCasus(
      index,
      casus({
        themaIds: ['recidive', 'dakloosheid', 'schulden'],
        signalen: ['MEERDERE_PROBLEMEN', 'SAMENWERKING_NODIG'],
        leeftijd: VOLWASSEN,
        gemeenteId: 'GM0405',
      }),
    );
    expect(ids(result.passend).slice(0, 2)).toEqual(['nazorg-ex-gedetineerden', 'nazorgloket-wf']);
  });

  it('a suspicion of domestic violence puts Veilig Thuis first, and says why; acute danger does the same for the Wvggz meldpunt', () => {
    const hg = matchCasus(
      index,
      casus({
        themaIds: ['huiselijk-geweld'],
        signalen: ['HUISELIJK_GEWELD_OF_KINDERMISHANDELING', 'IMPACT_OP_OMGEVING'],
        gemeenteId: 'GM0400',
      }),
    );
    expect(hg.passend[0]!.knooppunt.id).toBe('veilig-thuis');
    expect(hg.passend[0]!.voorrang).toMatch(/huiselijk geweld.*wettelijke taak/);
    expect(hg.passend.slice(1).every((m) => m.voorrang === null)).toBe(true);
    // Even when another table matches the themes better, the legal task goes first.
    const acuut = matchCasus(
      index,
      casus({
        themaIds: ['verward-gedrag', 'woonoverlast', 'verslaving'],
        signalen: ['ACUUT_GEVAAR', 'MEERDERE_PROBLEMEN', 'IMPACT_OP_OMGEVING'],
      }),
    );
    expect(acuut.passend[0]!.knooppunt.id).toBe('meldpunt-wvggz');
  });

  it('says plainly when a casus fits nowhere', () => {
    const result = matchCasus(
      index,
      casus({ themaIds: ['jeugdbescherming'], leeftijd: { van: 65, tot: null } }),
    );
    expect(result.passend).toEqual([]);
    expect(result.lacune).toMatch(/past bij geen enkel knooppunt/);
  });
});
