// SPDX-License-Identifier: EUPL-1.2
// Casus matching against the example region (seed/data/voorbeeldregio): the nine scenarios of the
// domain review (§8, "a" to "i"), the handreiking's own examples, and table-driven invariants over
// every thema and the acute and domestic-violence signals. The review names its nine scenarios
// only in passing (and the UX review's item 23 adds the details); the casus below are built from
// what both say about each, with the answer a procesregisseur of a ZVH would give.
import { describe, expect, it } from 'vitest';
import { KNOOPPUNTEN } from '../../seed/example-region.ts';
import { exampleIndex } from '../../test/example-index.ts';
import { matchCasus, type Casus, type MatchResult } from './casus-matching.ts';
import { dekking } from './coverage.ts';
import type { Signaal } from './model.ts';

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
const alle = (r: MatchResult) => [...ids(r.passend), ...ids(r.elders), ...ids(r.verwant)];
const VOLWASSEN = { van: 27, tot: 64 };
const JEUGD = { van: 12, tot: 17 };
const ALKMAAR = 'GM0361';
const DEN_HELDER = 'GM0400';
const HOORN = 'GM0405';

/** The acute advice as the professional reads it: who to call, in order. */
const bellen = (r: MatchResult) => r.acuut?.stappen.map((s) => s.nummer ?? s.wie) ?? null;

describe('the example region carries what matching needs', () => {
  it('the meldpunt Wvggz does not carry the acute signal its own criteria exclude (review §7.7)', () => {
    const wvggz = KNOOPPUNTEN['meldpunt-wvggz']!;
    expect(wvggz.signalen).not.toContain('ACUUT_GEVAAR');
    expect(wvggz.aanmeldcriteria).toMatch(/Niet bij een acute crisis.*crisisdienst.*112/);
  });

  it('models detentie and geweldsdelicten as conditions where the criteria say so (H §2.6 stap 2, §4.2)', () => {
    for (const id of ['nazorg-ex-gedetineerden', 'nazorgloket-wf', 'trajectberaad'])
      expect(KNOOPPUNTEN[id]!.signalen, id).toContain('DETENTIE');
    expect(KNOOPPUNTEN['levensloopaanpak']!.signalen).toContain('GEWELDSDELICTEN');
  });
});

describe('matchCasus: the nine scenarios of the domain review (§8)', () => {
  it('a. §2.2 the schuldhulpverlener (debts, addiction, suspected LVB, aggression) → the wijkzorgoverleg; elders only tables whose criteria it meets', () => {
    const r = matchCasus(
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
        gemeenteId: ALKMAAR,
        betrokkenOrganisatieIds: ['schuldhulp'],
      }),
    );
    expect(r.acuut).toBeNull();
    expect(ids(r.passend)).toEqual([
      'wijkzorgoverleg-alkmaar',
      'zvh-casusoverleg',
      'escalatietafel-multiprobleem',
      'pga-alkmaar',
      'meldpunt-zorg-overlast',
      'vroegsignalering-schulden',
      'lvb-casusoverleg',
    ]);
    expect(r.passend[0]!.voldaan).toContain('werkt in Alkmaar');
    expect(r.passend[0]!.aanmelders[0]).toMatchObject({
      organisatie: { id: 'schuldhulp' },
      alBetrokken: true,
    });
    // Not the Re-integratieoverleg for someone not in detention, nor the levensloopaanpak
    // without violent offences: related, with the reason, but not passend and not "elders".
    // Meldpunten too: a signal from a vaste-lastenpartner may already be there.
    expect(ids(r.elders)).toEqual([
      'escalatietafel-multiprobleem',
      'pga-alkmaar',
      'meldpunt-zorg-overlast',
      'vroegsignalering-schulden',
      'lvb-casusoverleg',
    ]);
    expect(r.verwant.map((m) => [m.knooppunt.id, m.nietVoldaan[0]])).toEqual([
      [
        'levensloopaanpak',
        'alleen voor casussen waarin de persoon ernstige geweldsdelicten heeft gepleegd',
      ],
      [
        'nazorg-ex-gedetineerden',
        'alleen voor casussen waarin de persoon in detentie zit of daar binnenkort uitkomt',
      ],
    ]);
    expect(r.lacune).toBeNull();
  });

  it('b. §2.1 woonoverlast with verward gedrag in Hoorn, from the Meldpunt Zorg en Overlast → the woonoverlastoverleg, never the own meldpunt', () => {
    const r = matchCasus(
      index,
      casus({
        themaIds: ['woonoverlast', 'verward-gedrag', 'psychische-problematiek'],
        signalen: [
          'MEERDERE_PROBLEMEN',
          'IMPACT_OP_OMGEVING',
          'CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG',
          'SAMENWERKING_NODIG',
        ],
        gemeenteId: HOORN,
        betrokkenOrganisatieIds: ['woningcorporatie-wf', 'politie-hoorn', 'ggz'],
        vanKnooppuntId: 'meldpunt-zorg-overlast',
      }),
    );
    expect(ids(r.passend)).toEqual([
      'woonoverlast-wf',
      'netwerk-verward-gedrag',
      'zvh-casusoverleg',
      'meldpunt-wvggz',
      'meldpunt-niet-acute-zorg',
    ]);
    const best = r.passend[0]!;
    expect(best.route?.stappen[0]?.van.id).toBe('meldpunt-zorg-overlast');
    expect(best.route?.stappen.at(-1)?.naar.id).toBe('woonoverlast-wf');
    // Not the levensloopaanpak; the meldpunten for verward gedrag may already have a melding.
    expect(ids(r.elders)).toEqual([
      'netwerk-verward-gedrag',
      'meldpunt-wvggz',
      'meldpunt-niet-acute-zorg',
    ]);
    expect(alle(r)).not.toContain('meldpunt-zorg-overlast');
    expect(r.eigen).toMatch(/eigen knooppunt, Meldpunt Zorg en Overlast .* past bij deze casus/);
    expect(alle(r)).not.toContain('pga-alkmaar'); // werkgebied Alkmaar only
  });

  it('c. domestic violence with children and acute danger in Alkmaar, from the wijkzorgoverleg: 112 and Veilig Thuis first, never the meldpunt Wvggz', () => {
    const r = matchCasus(
      index,
      casus({
        themaIds: ['huiselijk-geweld'],
        signalen: ['ACUUT_GEVAAR', 'HUISELIJK_GEWELD_OF_KINDERMISHANDELING', 'IMPACT_OP_OMGEVING'],
        leeftijd: { van: 0, tot: 17 },
        gemeenteId: ALKMAAR,
        betrokkenOrganisatieIds: ['wijkteam-alkmaar'],
        vanKnooppuntId: 'wijkzorgoverleg-alkmaar',
      }),
    );
    expect(bellen(r)).toEqual(['112', '0800-2000', 'Crisisdienst (GGZ)']);
    expect(ids(r.passend)).toEqual([
      'veilig-thuis',
      'casusoverleg-huiselijk-geweld',
      'jeugdbeschermingstafel',
    ]);
    expect(r.passend[0]!.voorrang).toMatch(/huiselijk geweld.*eigen wettelijke taak/);
    expect(r.passend.slice(1).every((m) => m.voorrang === null)).toBe(true);
    expect(alle(r)).not.toContain('meldpunt-wvggz');
    expect(alle(r)).not.toContain('wijkzorgoverleg-alkmaar');
    // c2: anyone may report to Veilig Thuis; the involved wijkteam is offered, not only its partners.
    expect(r.passend[0]!.aanmelders.map((a) => [a.organisatie.id, a.alBetrokken])).toEqual([
      ['wijkteam-alkmaar', true],
    ]);
  });

  it('d. a psychiatric crisis with acute danger in Den Helder: 112 and the crisisdienst first, never Veilig Thuis', () => {
    const r = matchCasus(
      index,
      casus({
        themaIds: ['psychische-problematiek', 'verward-gedrag'],
        signalen: ['ACUUT_GEVAAR', 'IMPACT_OP_OMGEVING'],
        leeftijd: VOLWASSEN,
        gemeenteId: DEN_HELDER,
      }),
    );
    expect(bellen(r)).toEqual(['112', 'Crisisdienst (GGZ)', '0800-2000']);
    expect(r.acuut!.stappen[1]!.wanneer).toMatch(/psychische crisis.*huisarts/);
    // The meldpunten not for acute danger are not passend: they say so in their criteria (issue 18).
    expect(ids(r.passend)).toEqual([
      'netwerk-verward-gedrag',
      'bemoeizorg-den-helder',
      'zvh-casusoverleg',
    ]);
    expect(r.passend.every((m) => m.voorrang === null)).toBe(true);
    expect(alle(r)).not.toContain('veilig-thuis');
  });

  it('e. a problematic youth group in Alkmaar, which has no groepsaanpak: a lacune, as in the coverage matrix, not individual justice tables', () => {
    const r = matchCasus(
      index,
      casus({
        themaIds: ['jeugdgroepen', 'jeugdcriminaliteit'],
        signalen: [
          'GROEP',
          'CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG',
          'ERNSTIG_LOKAAL_VEILIGHEIDSPROBLEEM',
        ],
        leeftijd: JEUGD,
        gemeenteId: ALKMAAR,
      }),
    );
    expect(r.passend).toEqual([]);
    expect(r.elders).toEqual([]);
    expect(
      r.verwant.map((m) => [m.knooppunt.id, m.nietVoldaan.includes('werkt niet met groepen')]),
    ).toEqual([
      ['trajectberaad', true],
      ['zsm-overleg', true],
    ]);
    expect(r.ongedekteThemas.map((t) => t.id)).toEqual(['jeugdgroepen']);
    expect(r.lacune).toMatch(
      /past bij geen enkel knooppunt in Alkmaar\. Voor problematische jeugdgroepen is er in Alkmaar geen knooppunt voor deze leeftijd; het dekkingsoverzicht .* lacune/,
    );
    // The same cells as the bestuurder's matrix for this age band.
    const matrix = dekking(index, 'ZVH-NHN', JEUGD).lacunes.filter(
      (c) => c.gemeenteId === ALKMAAR && ['jeugdgroepen', 'jeugdcriminaliteit'].includes(c.themaId),
    );
    expect(matrix.map((c) => c.themaId)).toEqual(['jeugdgroepen']);
  });

  it('f. a problematic youth group in Hoorn → the jeugdgroepoverleg only; group work is not for person-centred tables (Bijlage 1.3)', () => {
    const r = matchCasus(
      index,
      casus({
        themaIds: ['jeugdgroepen', 'jeugdcriminaliteit'],
        signalen: [
          'GROEP',
          'CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG',
          'ERNSTIG_LOKAAL_VEILIGHEIDSPROBLEEM',
        ],
        leeftijd: JEUGD,
        gemeenteId: HOORN,
      }),
    );
    expect(ids(r.passend)).toEqual(['jeugdgroepoverleg-hoorn']);
    expect(ids(r.verwant)).toEqual(['trajectberaad', 'zsm-overleg']);
    expect(alle(r)).not.toContain('signaleringstafel-jeugd-den-helder'); // werkgebied Den Helder
    expect(r.lacune).toBeNull();
  });

  it('g. an ex-gedetineerde returning to Hoorn → the re-integratieoverleg, then the nazorgloket; not without detentie', () => {
    const ex = {
      themaIds: ['recidive', 'dakloosheid', 'schulden'],
      leeftijd: VOLWASSEN,
      gemeenteId: HOORN,
    };
    const r = matchCasus(
      index,
      casus({ ...ex, signalen: ['MEERDERE_PROBLEMEN', 'SAMENWERKING_NODIG', 'DETENTIE'] }),
    );
    expect(ids(r.passend).slice(0, 2)).toEqual(['nazorg-ex-gedetineerden', 'nazorgloket-wf']);
    expect(r.passend[0]!.voldaan).toContain(
      'de persoon zit in detentie of komt daar binnenkort uit',
    );
    const zonder = matchCasus(
      index,
      casus({ ...ex, signalen: ['MEERDERE_PROBLEMEN', 'SAMENWERKING_NODIG'] }),
    );
    expect(ids(zonder.passend)).not.toContain('nazorg-ex-gedetineerden');
    expect(ids(zonder.verwant)).toEqual([
      'nazorg-ex-gedetineerden',
      'nazorgloket-wf',
      'levensloopaanpak',
    ]);
  });

  it('h. a suspicion of domestic violence in Den Helder, no acute danger → Veilig Thuis first, and no acute advice', () => {
    const r = matchCasus(
      index,
      casus({
        themaIds: ['huiselijk-geweld'],
        signalen: ['HUISELIJK_GEWELD_OF_KINDERMISHANDELING', 'IMPACT_OP_OMGEVING'],
        gemeenteId: DEN_HELDER,
      }),
    );
    expect(r.acuut).toBeNull();
    expect(ids(r.passend)).toEqual([
      'veilig-thuis',
      'casusoverleg-huiselijk-geweld',
      'jeugdbeschermingstafel',
    ]);
    expect(r.passend[0]!.voorrang).toMatch(/huiselijk geweld.*eigen wettelijke taak/);
    // Veilig Thuis can act on acute danger; it is not only for acute casussen.
    expect(r.passend[0]!.nietVoldaan).toEqual([]);
  });

  it('i. zorgmijding in Den Helder, from the Meldpunt Zorg en Overlast → the bemoeizorgoverleg; the own meldpunt is not recommended to itself', () => {
    const r = matchCasus(
      index,
      casus({
        themaIds: ['zorgmijding', 'verslaving', 'psychische-problematiek'],
        signalen: ['MEERDERE_PROBLEMEN', 'IMPACT_OP_OMGEVING'],
        leeftijd: VOLWASSEN,
        gemeenteId: DEN_HELDER,
        vanKnooppuntId: 'meldpunt-zorg-overlast',
      }),
    );
    expect(ids(r.passend)).toEqual([
      'bemoeizorg-den-helder',
      'zvh-casusoverleg',
      'netwerk-verward-gedrag',
      'meldpunt-wvggz',
    ]);
    expect(alle(r)).not.toContain('meldpunt-zorg-overlast');
    expect(r.eigen).toMatch(/Meldpunt Zorg en Overlast/);
    expect(r.passend[0]!.route?.stappen[0]?.van.id).toBe('meldpunt-zorg-overlast');
  });
});

describe('matchCasus: what a knooppunt excludes (uitsluitingen, H §2.3, §4.2)', () => {
  /** Why a knooppunt is not passend: its first reason, the one that rules it out. */
  const verwantOm = (r: MatchResult, id: string) =>
    r.verwant.find((m) => m.knooppunt.id === id)?.nietVoldaan[0];

  it('the example region fills the exclusions its criteria state in words', () => {
    expect(KNOOPPUNTEN['meldpunt-wvggz']!.uitsluitingen).toEqual(['ACUUT_GEVAAR']);
    expect(KNOOPPUNTEN['meldpunt-niet-acute-zorg']!.uitsluitingen).toEqual(['ACUUT_GEVAAR']);
    expect(KNOOPPUNTEN['meldpunt-zorg-overlast']!.uitsluitingen).toEqual([
      'ACUUT_GEVAAR',
      'HUISELIJK_GEWELD_OF_KINDERMISHANDELING',
    ]);
  });

  it('an acute psychiatric crisis: the meldpunt Wvggz and the meldpunt niet-acute zorg are not passend, and say why', () => {
    const r = matchCasus(
      index,
      casus({
        themaIds: ['psychische-problematiek'],
        signalen: ['ACUUT_GEVAAR'],
        gemeenteId: ALKMAAR,
      }),
    );
    expect(ids(r.passend)).not.toContain('meldpunt-wvggz');
    expect(ids(r.elders)).not.toContain('meldpunt-wvggz');
    expect(verwantOm(r, 'meldpunt-wvggz')).toBe('niet voor casussen waarin er acuut gevaar is');
    const verward = matchCasus(
      index,
      casus({ themaIds: ['verward-gedrag'], signalen: ['ACUUT_GEVAAR'], gemeenteId: ALKMAAR }),
    );
    expect(ids(verward.passend)).not.toContain('meldpunt-niet-acute-zorg');
    expect(verwantOm(verward, 'meldpunt-niet-acute-zorg')).toBe(
      'niet voor casussen waarin er acuut gevaar is',
    );
  });

  it('without acute danger the meldpunt Wvggz is passend again', () => {
    const r = matchCasus(
      index,
      casus({ themaIds: ['psychische-problematiek'], gemeenteId: ALKMAAR }),
    );
    expect(ids(r.passend)).toContain('meldpunt-wvggz');
  });

  it('domestic violence with woonoverlast: the Meldpunt Zorg en Overlast is not passend, Veilig Thuis is first', () => {
    const r = matchCasus(
      index,
      casus({
        themaIds: ['woonoverlast'],
        signalen: ['HUISELIJK_GEWELD_OF_KINDERMISHANDELING'],
        gemeenteId: ALKMAAR,
      }),
    );
    expect(ids(r.passend)[0]).toBe('veilig-thuis');
    expect(ids(r.passend)).not.toContain('meldpunt-zorg-overlast');
    expect(verwantOm(r, 'meldpunt-zorg-overlast')).toBe(
      'niet voor casussen waarin er signalen van huiselijk geweld of kindermishandeling zijn',
    );
  });

  it('no passend knooppunt excludes a signal of the casus, for every thema and signal', () => {
    for (const themaId of index.themas.keys())
      for (const signalen of [
        ['ACUUT_GEVAAR'],
        ['HUISELIJK_GEWELD_OF_KINDERMISHANDELING'],
        ['ACUUT_GEVAAR', 'HUISELIJK_GEWELD_OF_KINDERMISHANDELING'],
      ] as Signaal[][]) {
        const r = matchCasus(index, casus({ themaIds: [themaId], signalen }));
        for (const m of [...r.passend, ...r.elders])
          expect(
            m.knooppunt.uitsluitingen.filter((s) => signalen.includes(s)),
            `${themaId} ${m.knooppunt.id}`,
          ).toEqual([]);
      }
  });
});

describe('matchCasus: more of the handreiking’s examples', () => {
  it('serious violent offences with psychiatric problems and an LVB → the levensloopaanpak (H §1.5)', () => {
    const r = matchCasus(
      index,
      casus({
        themaIds: ['psychische-problematiek', 'lvb'],
        signalen: [
          'MEERDERE_PROBLEMEN',
          'CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG',
          'SAMENWERKING_NODIG',
          'IMPACT_OP_OMGEVING',
          'GEWELDSDELICTEN',
        ],
        leeftijd: VOLWASSEN,
        gemeenteId: ALKMAAR,
      }),
    );
    expect(r.passend[0]!.knooppunt.id).toBe('levensloopaanpak');
  });

  it('says plainly when a casus fits nowhere, naming the uncovered thema', () => {
    const r = matchCasus(
      index,
      casus({ themaIds: ['jeugdbescherming'], leeftijd: { van: 65, tot: null } }),
    );
    expect(r.passend).toEqual([]);
    expect(r.ongedekteThemas.map((t) => t.id)).toEqual(['jeugdbescherming']);
    expect(r.lacune).toMatch(
      /past bij geen enkel knooppunt in het register\. Voor jeugdbescherming/,
    );
  });

  it('matches nothing on signals alone: without a problematiek there is nothing passend, and no lacune', () => {
    const r = matchCasus(index, casus({ signalen: ['ACUUT_GEVAAR', 'MEERDERE_PROBLEMEN'] }));
    expect(r.passend).toEqual([]);
    expect(r.lacune).toBeNull();
    expect(bellen(r)).toEqual(['112', 'Crisisdienst (GGZ)', '0800-2000']);
  });

  it('writes its reasons in Dutch word order', () => {
    const r = matchCasus(
      index,
      casus({ themaIds: ['verward-gedrag', 'woonoverlast'], gemeenteId: ALKMAAR }),
    );
    const zinnen = r.passend.flatMap((m) => [...m.voldaan, ...m.nietVoldaan]);
    expect(zinnen).toContain('bedoeld voor casussen waarin meerdere problemen spelen');
    expect(zinnen.filter((z) => /waarin (er )?(is|zijn|spelen) /.test(z))).toEqual([]);
    expect(zinnen.filter((z) => /\b1 van zijn 1\b/.test(z))).toEqual([]);
  });

  it('writes whole sentences: lists with "en", the verb agreeing with who takes part (domain review §9 items 1, 2)', () => {
    const r = matchCasus(
      index,
      casus({
        themaIds: ['verward-gedrag', 'woonoverlast'],
        gemeenteId: ALKMAAR,
        betrokkenOrganisatieIds: ['politie-alkmaar', 'ggd'],
      }),
    );
    const om = (id: string) => r.passend.find((m) => m.knooppunt.id === id)!;
    expect(om('meldpunt-zorg-overlast').voldaan).toEqual([
      'pakt verward gedrag en woonoverlast op',
      "is vooral op deze problematiek gericht (2 van zijn 4 thema's)",
      'werkt in Alkmaar',
      'GGD-regio Noord-Holland Noord en Politie basisteam Alkmaar nemen hier al deel',
    ]);
    expect(om('pga-alkmaar').voldaan).toContain('Politie basisteam Alkmaar neemt hier al deel');
    expect(om('meldpunt-zorg-overlast').nietVoldaan[0]).toBe(
      'bedoeld voor casussen waarin meerdere problemen spelen',
    );
  });
});

describe('matchCasus: what holds for every thema, with and without acute danger or domestic violence', () => {
  const themas = [...index.themas.keys()];
  const signaalSets: Signaal[][] = [
    [],
    ['ACUUT_GEVAAR'],
    ['HUISELIJK_GEWELD_OF_KINDERMISHANDELING'],
    ['ACUUT_GEVAAR', 'HUISELIJK_GEWELD_OF_KINDERMISHANDELING'],
  ];
  const gemeenten = [null, ALKMAAR, DEN_HELDER, HOORN];
  const lacunes = dekking(index, 'ZVH-NHN').lacunes;
  const gevallen = themas.flatMap((themaId) =>
    signaalSets.flatMap((signalen) =>
      gemeenten.map((gemeenteId) => ({ themaId, signalen, gemeenteId })),
    ),
  );

  it.each(gevallen)('$themaId, $signalen, $gemeenteId', ({ themaId, signalen, gemeenteId }) => {
    const c = casus({ themaIds: [themaId], signalen, gemeenteId });
    const r = matchCasus(index, c);
    // The acute advice is there exactly when the casus signals acute danger, 112 first.
    expect(r.acuut === null).toBe(!signalen.includes('ACUUT_GEVAAR'));
    if (r.acuut) expect(r.acuut.stappen[0]!.nummer).toBe('112');
    const hg = signalen.includes('HUISELIJK_GEWELD_OF_KINDERMISHANDELING');
    for (const m of r.passend) {
      // Passend: the problematiek fits.
      const themaPast =
        m.knooppunt.themaIds.includes(themaId) ||
        (hg && m.knooppunt.signalen.includes('HUISELIJK_GEWELD_OF_KINDERMISHANDELING'));
      expect(themaPast, m.knooppunt.id).toBe(true);
      if (m.voorrang) {
        expect(m.knooppunt).toMatchObject({
          functie: 'MELDPUNT',
          wettelijkeBasis: 'WETTELIJK_GEREGELD',
        });
      }
    }
    // Never Veilig Thuis without domestic violence; never the meldpunt Wvggz first for it.
    if (!hg && themaId !== 'huiselijk-geweld') expect(ids(r.passend)).not.toContain('veilig-thuis');
    if (hg) {
      const wvggz = r.passend.find((m) => m.knooppunt.id === 'meldpunt-wvggz');
      expect(wvggz?.voorrang ?? null).toBeNull();
    }
    // Elders: other knooppunten among the passend ones (meldpunten too), every criterion met.
    for (const m of r.elders) {
      expect(m.nietVoldaan).toEqual([]);
      expect(ids(r.passend).slice(1)).toContain(m.knooppunt.id);
    }
    // A lacune exactly when nothing passend remains; the uncovered themas agree with the matrix.
    expect(r.lacune !== null).toBe(r.passend.length === 0);
    if (gemeenteId) {
      const matrix = lacunes.some(
        (cel) => cel.themaId === themaId && cel.gemeenteId === gemeenteId,
      );
      expect(r.ongedekteThemas.map((t) => t.id)).toEqual(matrix ? [themaId] : []);
    }
  });

  it('never recommends a knooppunt to itself', () => {
    for (const k of index.knooppunten.values()) {
      const r = matchCasus(
        index,
        casus({ themaIds: k.themaIds, signalen: k.signalen, vanKnooppuntId: k.id }),
      );
      expect(alle(r), k.id).not.toContain(k.id);
    }
  });
});
