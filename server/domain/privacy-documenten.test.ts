// SPDX-License-Identifier: EUPL-1.2
// Issue 21: every filled field of the privacy documents comes from the description, and every
// field the description leaves empty is a marked gap, never a guess.
import { describe, expect, it } from 'vitest';
import {
  buildDeelname,
  buildKnooppunt,
  buildOrganisatie,
  buildRegistry,
  entity,
} from '../../test/builders.ts';
import { art30Rijen, art30VanOrganisatie, ART30_KOLOMMEN } from './art30.ts';
import { criteria } from './dpia-scan.ts';
import { ONBESCHREVEN_KNOOPPUNT, type Knooppunt, type KnooppuntGegevens } from './model.ts';
import { maakDocument } from './privacy-documenten.ts';
import {
  bronZin,
  dossiersVanOrganisatie,
  dossierVan,
  GAT,
  type Dossier,
  type PrivacyDocument,
  type PrivacyDocumentSoort,
} from './privacy-dossier.ts';
import { transparantie } from './privacyverklaring.ts';
import { indexRegistry } from './registry-index.ts';

const GGZ = entity('ggz', buildOrganisatie({ naam: 'GGZ Noord' }));
const POLITIE = entity(
  'politie',
  buildOrganisatie({
    naam: 'Politie Noord',
    type: 'POLITIE',
    privacykader: 'WPG',
    beroepsgeheim: null,
  }),
);

function dossier(overrides: Partial<KnooppuntGegevens> = {}, metDeelnemers = true): Dossier {
  const k = { ...entity('tafel', buildKnooppunt(overrides)), versie: 7 };
  const index = indexRegistry(
    buildRegistry({
      knooppunten: [k],
      organisaties: [GGZ, POLITIE],
      deelnames: metDeelnemers
        ? [
            entity('d1', buildDeelname('ggz', 'tafel', { noodzaak: 'Behandelt de verslaving' })),
            entity(
              'd2',
              buildDeelname('politie', 'tafel', {
                grondslag: 'WPG',
                bijzondereGegevens: false,
                strafrechtelijkeGegevens: true,
                noodzaak: null,
              }),
            ),
          ]
        : [],
    }),
  );
  return dossierVan(index, 'tafel')!;
}

/** An empty description: everything the optional parts can leave open. */
const LEEG: Partial<KnooppuntGegevens> = { ...ONBESCHREVEN_KNOOPPUNT, naam: 'Lege tafel' };

const velden = (doc: PrivacyDocument) => doc.secties.flatMap((s) => s.velden);
const veld = (doc: PrivacyDocument, label: string) => {
  const gevonden = velden(doc).find((v) => v.label === label);
  if (!gevonden) throw new Error(`Geen veld "${label}" in ${doc.titel}`);
  return gevonden.waarde;
};
const alles = (doc: PrivacyDocument) => JSON.stringify(doc);

/** [field, a value, the document and the field where it must show]. */
const TEKSTVELDEN: [keyof KnooppuntGegevens, PrivacyDocumentSoort, string][] = [
  ['doel', 'CONVENANT', 'Doel'],
  ['doel', 'ART30', 'Doeleinden'],
  ['doel', 'PRIVACYVERKLARING', 'Doel'],
  ['doelgroep', 'PRIVACYVERKLARING', 'Voor wie'],
  ['maatschappelijkeOpgave', 'CONVENANT', 'Maatschappelijke opgave'],
  ['aanmeldcriteria', 'DPIA_SCAN', 'Aanmeldcriteria'],
  ['noodzaakSamenwerking', 'CONVENANT', 'Waarom samenwerking nodig is'],
  ['proportionaliteit', 'DPIA_SCAN', 'Waarom de inbreuk op de privacy gerechtvaardigd is'],
  ['bewaartermijn', 'CONVENANT', 'Bewaartermijn'],
  ['bewaartermijn', 'PRIVACYVERKLARING', 'Bewaartermijn'],
  ['bewaartermijn', 'ART30', 'Bewaartermijnen'],
  ['bewaartermijnOnderbouwing', 'CONVENANT', 'Onderbouwing van de bewaartermijn'],
  ['contactpuntRechten', 'PRIVACYVERKLARING', 'Contactpunt voor uw rechten'],
  ['contactpuntRechten', 'CONVENANT', 'Contactpunt voor de rechten van betrokkenen'],
  ['functionarisGegevensbescherming', 'ART30', 'Functionaris gegevensbescherming (FG)'],
  ['functionarisGegevensbescherming', 'DPIA_SCAN', 'Functionaris gegevensbescherming (FG)'],
  ['informerenBetrokkenen', 'PRIVACYVERKLARING', 'Hoe'],
  ['privacyverklaring', 'CONVENANT', 'Privacyverklaring'],
  ['risicos', 'DPIA_SCAN', "Risico's voor burgers"],
  ['terugvalEnVerlenging', 'CONVENANT', 'Afspraken bij terugval en over langer bewaren'],
];

describe('privacy documents from the description (issue 21)', () => {
  it.each(TEKSTVELDEN)(
    'shows %s in %s as "%s", and a gap when it is empty',
    (pad, soort, label) => {
      const waarde = `Beschreven ${pad} ${soort}`;
      expect(veld(maakDocument(dossier({ [pad]: waarde }), soort), label)).toContain(waarde);
      const leeg = maakDocument(dossier({ [pad]: null }), soort);
      if (soort !== 'ART30') expect(veld(leeg, label)).toBeNull();
      expect(alles(leeg)).not.toContain(waarde);
    },
  );

  it('marks every art. 30 field the description leaves open, and never fills one itself', () => {
    const doc = maakDocument(dossier(LEEG, false), 'ART30');
    const [rij] = art30Rijen(doc);
    const cel = (kolom: string) => rij![ART30_KOLOMMEN.indexOf(kolom)];
    for (const kolom of [
      'Verwerkingsverantwoordelijke',
      'Contactgegevens van de verwerkingsverantwoordelijke',
      'Functionaris gegevensbescherming (FG)',
      'Doeleinden',
      'Categorieën betrokkenen',
      'Categorieën persoonsgegevens',
      'Ontvangers',
      'Doorgifte aan derde landen of internationale organisaties',
      'Bewaartermijnen',
      'Beveiligingsmaatregelen',
      'Grondslag',
    ])
      expect(cel(kolom), kolom).toBe(GAT);
    expect(cel('Knooppunt')).toBe('Lege tafel');
    expect(cel('Versie van de beschrijving')).toBe('7');
  });

  it('fills the art. 30 entry from the description: controller, data, recipients, security', () => {
    const d = dossier({
      verwerkingsverantwoordelijkheid: 'EEN_PARTIJ',
      verwerkingsverantwoordelijkeId: 'ggz',
      gegevensAanmelding: ['IDENTIFICATIE', 'AANMELDREDEN'],
      gegevensCasusoverleg: ['GEZONDHEID'],
      autorisatiePerCasus: true,
      toegangLogging: false,
      leeftijdMin: 12,
      leeftijdMax: 23,
    });
    const doc = maakDocument(d, 'ART30');
    const [knooppunt, ...organisaties] = doc.secties;
    const waarde = (label: string) => knooppunt!.velden.find((v) => v.label === label)!.waarde;
    expect(waarde('Verwerkingsverantwoordelijke')).toEqual(['GGZ Noord']);
    expect(waarde('Categorieën persoonsgegevens')).toEqual([
      'Naam, adres en geboortedatum',
      'Reden van aanmelding',
      'Gezondheid',
      'Bijzondere persoonsgegevens (art. 9 AVG), door: GGZ Noord',
      'Strafrechtelijke gegevens (art. 10 AVG), door: Politie Noord',
    ]);
    expect(waarde('Categorieën betrokkenen')).toContain('Leeftijd: 12 tot en met 23 jaar');
    expect(waarde('Ontvangers')).toEqual([
      'GGZ Noord (Vaste deelnemer)',
      'Politie Noord (Vaste deelnemer)',
    ]);
    expect(waarde('Beveiligingsmaatregelen')).toEqual([
      'Toegang alleen voor wie bij de casus betrokken is: ja',
      'Toegang wordt vastgelegd en gecontroleerd: nee',
      `Procedure voor datalekken: ${GAT}`,
      `Deelnemers tekenen een geheimhoudingsverklaring: ${GAT}`,
    ]);
    expect(waarde('Doorgifte aan derde landen of internationale organisaties')).toBeNull();
    expect(organisaties.map((s) => s.kop)).toEqual([
      'GGZ Noord in Testtafel',
      'Politie Noord in Testtafel',
    ]);
  });

  it("gives an organisation one art. 30 entry per knooppunt, each naming the description's version", () => {
    const a = { ...entity('a', buildKnooppunt({ naam: 'Tafel A' })), versie: 3 };
    const b = { ...entity('b', buildKnooppunt({ naam: 'Tafel B' })), versie: 5 };
    const c = entity('c', buildKnooppunt({ naam: 'Tafel C' }));
    const index = indexRegistry(
      buildRegistry({
        knooppunten: [c, b, a],
        organisaties: [GGZ],
        deelnames: [
          entity('db', buildDeelname('ggz', 'b', { taak: null })),
          entity('da', buildDeelname('ggz', 'a', { taak: 'Taak A' })),
        ],
      }),
    );
    const doc = art30VanOrganisatie(GGZ, dossiersVanOrganisatie(index, 'ggz'));
    const rijen = art30Rijen(doc);
    expect(rijen.map((r) => r.slice(0, 2))).toEqual([
      ['Tafel A', '3'],
      ['Tafel B', '5'],
    ]);
    const doelen = rijen.map((r) => r[ART30_KOLOMMEN.indexOf('Doeleinden')]);
    expect(doelen[0]).toBe('Doel\nEigen taak: Taak A');
    expect(doelen[1]).toBe('Doel');
  });

  it('drafts the convenant with the §3.8 subjects, each citing its section, and the police duty', () => {
    const doc = maakDocument(dossier(), 'CONVENANT');
    expect(doc.secties.map((s) => s.kop.replace(/^\d+\. /, ''))).toEqual([
      'Doel van de samenwerking',
      'Partijen en hun (wettelijke) taak',
      'Grondslagen voor de gegevensverwerking',
      'Welke gegevens',
      'Verwerkingsverantwoordelijkheid en datalekken',
      'Rechten van betrokkenen, bezwaar en beroep',
      'Zorgvuldigheid (art. 5 AVG)',
      'Bewaartermijn',
      'Evaluatie en documenten',
    ]);
    for (const s of doc.secties) expect(s.bron, s.kop).toMatch(/§3\.8|§3\.3|art\./);
    expect(veld(doc, 'GGZ Noord: waarom deelname nodig is')).toEqual(['Behandelt de verslaving']);
    expect(veld(doc, 'Politie Noord: waarom deelname nodig is')).toBeNull();
    expect(veld(doc, 'Politie Noord: grondslag')).toEqual(['Wet politiegegevens']);
    expect(alles(doc)).toContain('art. 20 WPG');
    expect(veld(doc, 'Convenant')).toEqual(['Vastgesteld', 'Vastgesteld op 31 januari 2024']);
  });

  it('checks the DPIA criteria only on what the description shows, leaving the rest open', () => {
    const open = criteria(dossier({ ...LEEG, schaal: 'LOKAAL' }, false));
    expect(open.every((c) => !c.voldaan)).toBe(true);
    const jong = criteria(dossier({ leeftijdMax: 17, schaal: 'REGIONAAL' }));
    const voldaan = jong.filter((c) => c.voldaan).map((c) => c.naam);
    expect(voldaan).toEqual([
      'Gevoelige gegevens (art. 9 en 10 AVG)',
      'Verwerking op grote schaal',
      'Gegevens uit verschillende bronnen combineren',
      'Kwetsbare betrokkenen',
    ]);
    const scan = maakDocument(dossier({ leeftijdMax: 17 }), 'DPIA_SCAN');
    expect(scan.secties[0]!.inleiding).toMatch(/een DPIA is verplicht/);
  });

  it('keeps the public page to the table: who takes part and why, and a gap where it is not said', () => {
    const doc = maakDocument(dossier({ informerenMoment: 'NA_TRIAGE' }), 'PRIVACYVERKLARING');
    expect(veld(doc, 'GGZ Noord')).toEqual(['Behandelt de verslaving']);
    expect(veld(doc, 'Politie Noord')).toBeNull();
    expect(veld(doc, 'Wanneer')).toEqual(['Na de triage, voordat de casus wordt besproken']);
    expect(veld(maakDocument(dossier(LEEG), 'PRIVACYVERKLARING'), 'Wanneer')).toBeNull();
  });

  it('says which version of the description a document was made from, and when, in Dutch', () => {
    const doc = maakDocument(dossier({ naam: 'Tafel' }), 'CONVENANT');
    const bron = { ...doc.bronnen[0]!, gewijzigdOp: '2026-03-31T23:30:00.000Z' };
    expect(bronZin(bron)).toBe(
      'Gemaakt uit versie 7 van de beschrijving van Tafel, gewijzigd op 1 april 2026.',
    );
  });

  it('lists per region its knooppunten for the transparency page', () => {
    const k: Knooppunt = entity('t', buildKnooppunt({ naam: 'Tafel' }));
    expect(transparantie(indexRegistry(buildRegistry({ knooppunten: [k] })))).toEqual([
      {
        regioId: 'regio-a',
        naam: 'Regio A',
        knooppunten: [{ knooppuntId: 't', naam: 'Tafel', functie: 'OVERLEGTAFEL' }],
      },
    ]);
  });
});
