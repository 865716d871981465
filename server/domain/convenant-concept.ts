// SPDX-License-Identifier: EUPL-1.2
// A draft samenwerkingsconvenant and privacyprotocol with the contents H §3.8 lists, filled from
// the description; every gap is marked for the jurist to complete. It is a starting point: the
// parties still decide, and a convenant is itself no grondslag (H §3.8 "Let op").
import { beveiliging, janeeRegels } from './art30.ts';
import {
  bronVan,
  datumVeld,
  deelnemersMet,
  gegevensPerFase,
  janee,
  label,
  regels,
  tekst,
  verantwoordelijkheid,
  wettenVan,
  type DocumentSectie,
  type DocumentVeld,
  type Dossier,
  type PrivacyDocument,
} from './privacy-dossier.ts';
import { datumInWoorden } from './kalender.ts';
import type { Document } from './model.ts';

/** A governance document's status and dates in words; "onbekend" is a gap. */
export function documentVeld(naam: string, doc: Document): DocumentVeld {
  if (doc.status === 'ONBEKEND') return tekst(naam, null);
  return regels(naam, [
    label('DocumentStatus', doc.status),
    ...(doc.datum ? [`Vastgesteld op ${datumInWoorden(doc.datum)}`] : []),
    ...(doc.geldigTot ? [`Geldig tot en met ${datumInWoorden(doc.geldigTot)}`] : []),
  ]);
}

/** H §3.8 footnote 15: with the police at the table a convenant is required (art. 20 WPG). */
const metPolitie = (d: Dossier): boolean =>
  d.deelnemers.some(
    (x) => x.organisatie.type === 'POLITIE' || x.organisatie.privacykader === 'WPG',
  );

function partijen(d: Dossier): DocumentSectie {
  return {
    kop: '2. Partijen en hun (wettelijke) taak',
    bron: 'H §3.7 stap 2, §3.8',
    inleiding:
      'Per partij: de rol aan tafel, de taak waarop zij deelneemt (op artikelniveau) en waarom haar deelname nodig is.',
    velden:
      d.deelnemers.length === 0
        ? [regels('Deelnemende partijen', [])]
        : d.deelnemers.flatMap(({ deelname, organisatie }) => [
            regels(organisatie.naam, [
              `Rol: ${label('Rol', deelname.rol)}`,
              `Soort organisatie: ${label('OrganisatieType', organisatie.type)}`,
            ]),
            tekst(`${organisatie.naam}: taak`, deelname.taak),
            regels(
              `${organisatie.naam}: wet en artikel van de taak`,
              wettenVan(d, deelname.wetten),
            ),
            tekst(`${organisatie.naam}: waarom deelname nodig is`, deelname.noodzaak),
          ]),
  };
}

function grondslagen(d: Dossier): DocumentSectie {
  const k = d.knooppunt;
  return {
    kop: '3. Grondslagen voor de gegevensverwerking',
    bron: 'H §3.3, §3.8',
    inleiding:
      'Elke partij verwerkt op haar eigen grondslag; het convenant zelf is geen grondslag (H §3.8).',
    velden: [
      regels('Wettelijke basis van het knooppunt', [
        label('WettelijkeBasis', k.wettelijkeBasis),
        ...(tekst('', k.wettelijkeBasisToelichting).waarde ?? []),
        ...wettenVan(d, k.wetten),
      ]),
      ...d.deelnemers.map(({ deelname, organisatie }) =>
        regels(
          `${organisatie.naam}: grondslag`,
          deelname.grondslag === 'ONBEKEND' ? [] : [label('Grondslag', deelname.grondslag)],
        ),
      ),
    ],
  };
}

function gegevens(d: Dossier): DocumentSectie {
  const bijzonder = (naam: string, wie: string[]) =>
    regels(
      naam,
      wie.length ? [`Door: ${wie.join(', ')}`] : ['Geen deelnemer verwerkt deze gegevens'],
    );
  return {
    kop: '4. Welke gegevens',
    bron: 'H §3.7 stap 3–4, §3.8, §4.3',
    inleiding: 'Per fase van het werkproces alleen de gegevens die daar nodig zijn.',
    velden: [
      ...gegevensPerFase(d.knooppunt),
      bijzonder(
        'Bijzondere persoonsgegevens (art. 9 AVG)',
        deelnemersMet(d, (x) => x.bijzondereGegevens),
      ),
      bijzonder(
        'Strafrechtelijke gegevens (art. 10 AVG)',
        deelnemersMet(d, (x) => x.strafrechtelijkeGegevens),
      ),
      bijzonder(
        'Burgerservicenummer (BSN)',
        deelnemersMet(d, (x) => x.bsn),
      ),
      ...d.deelnemers
        .filter(({ deelname: x }) => x.bijzondereGegevens || x.strafrechtelijkeGegevens || x.bsn)
        .map(({ deelname, organisatie }) =>
          tekst(
            `${organisatie.naam}: grondslag voor bijzondere en strafrechtelijke gegevens en BSN`,
            deelname.verwerkingsbasisBijzonder,
          ),
        ),
      ...d.deelnemers
        .filter(({ deelname }) => deelname.beroepsgeheim)
        .map(({ deelname, organisatie }) =>
          regels(
            `${organisatie.naam}: beroepsgeheim`,
            deelname.beroepsgeheimRegeling
              ? [label('BeroepsgeheimRegeling', deelname.beroepsgeheimRegeling)]
              : [],
          ),
        ),
      ...d.deelnemers
        .filter(({ deelname }) => deelname.geheimhoudingOfVerstrekking)
        .map(({ deelname, organisatie }) =>
          tekst(
            `${organisatie.naam}: andere regels over geheimhouding of verstrekking`,
            deelname.geheimhoudingOfVerstrekking,
          ),
        ),
    ],
  };
}

/** The draft convenant and privacyprotocol of a knooppunt (H §3.8). */
export function convenantConcept(d: Dossier): PrivacyDocument {
  const k = d.knooppunt;
  const secties: DocumentSectie[] = [
    {
      kop: '1. Doel van de samenwerking',
      bron: 'H §2.6 stap 2, §3.8',
      inleiding: 'Zo concreet en specifiek mogelijk: het doel bepaalt welke gegevens nodig zijn.',
      velden: [
        tekst('Maatschappelijke opgave', k.maatschappelijkeOpgave),
        tekst('Doel', k.doel),
        tekst('Doelgroep', k.doelgroep),
        tekst('Aanmeldcriteria', k.aanmeldcriteria),
        tekst('Waarom samenwerking nodig is', k.noodzaakSamenwerking),
        tekst('Waarom de inbreuk op de privacy gerechtvaardigd is', k.proportionaliteit),
      ],
    },
    partijen(d),
    grondslagen(d),
    gegevens(d),
    {
      kop: '5. Verwerkingsverantwoordelijkheid en datalekken',
      bron: 'H §3.5, §3.8, §4.4; art. 26 AVG',
      inleiding: null,
      velden: [
        verantwoordelijkheid(d),
        ...(k.verwerkingsverantwoordelijkheid === 'GEZAMENLIJK'
          ? [
              regels(
                'Regeling gezamenlijke verantwoordelijkheid (art. 26 AVG)',
                k.gezamenlijkeRegeling ? ['Vastgelegd'] : [],
              ),
            ]
          : []),
        tekst('Functionaris gegevensbescherming (FG)', k.functionarisGegevensbescherming),
        janee('Procedure voor datalekken', k.datalekkenprocedure),
      ],
    },
    {
      kop: '6. Rechten van betrokkenen, bezwaar en beroep',
      bron: 'H §3.5, §3.8, §4.4; art. 12–23 AVG',
      inleiding: null,
      velden: [
        tekst('Contactpunt voor de rechten van betrokkenen', k.contactpuntRechten),
        regels(
          'Wanneer de betrokkene het hoort',
          k.informerenMoment === 'NIET_VASTGELEGD'
            ? []
            : [label('InformeerMoment', k.informerenMoment)],
        ),
        regels(
          'Wat de betrokkene te horen krijgt',
          k.informerenInhoud.map((o) => label('InformatieOnderdeel', o)),
        ),
        tekst('Hoe betrokkenen worden geïnformeerd', k.informerenBetrokkenen),
        regels(
          'Gronden om het informeren tijdelijk uit te stellen',
          k.informerenUitzonderingen.length
            ? k.informerenUitzonderingen.map((u) => label('Uitzonderingsgrond', u))
            : ['Geen: de betrokkene wordt altijd geïnformeerd'],
        ),
        ...(k.informerenUitzonderingen.length
          ? [tekst('Wanneer een uitstel opnieuw wordt gewogen', k.uitzonderingHeroverweging)]
          : []),
        tekst('Privacyverklaring', k.privacyverklaring),
      ],
    },
    {
      kop: '7. Zorgvuldigheid (art. 5 AVG)',
      bron: 'H §3.2, §3.8, §4.1–4.3, §5.2',
      inleiding: null,
      velden: [
        regels(
          'Verder gebruik van de gegevens (doelbinding)',
          k.verderGebruik === 'NIET_VASTGELEGD'
            ? []
            : [
                label('VerderGebruik', k.verderGebruik),
                ...(tekst('', k.verderGebruikToelichting).waarde ?? []),
              ],
        ),
        janeeRegels('Werkproces', [
          ['Werkproces in fasen, met een afweging bij elke overgang', k.faseringVastgelegd],
          [
            'Gegevens van een casus die hier niet hoort, worden vernietigd',
            k.vernietigingBijNietPassend,
          ],
          ["Werkafspraken voor de risico's van dit soort knooppunt", k.typeRisicoAfspraken],
        ]),
        beveiliging(k),
      ],
    },
    {
      kop: '8. Bewaartermijn',
      bron: 'H §3.8, §4.3 fase 4',
      inleiding: null,
      velden: [
        tekst('Bewaartermijn', k.bewaartermijn),
        tekst('Onderbouwing van de bewaartermijn', k.bewaartermijnOnderbouwing),
        ...(k.functie === 'OVERLEGTAFEL'
          ? [tekst('Afspraken bij terugval en over langer bewaren', k.terugvalEnVerlenging)]
          : []),
      ],
    },
    {
      kop: '9. Evaluatie en documenten',
      bron: 'H §3.4, §3.8, §4.1 (7), §4.2',
      inleiding: null,
      velden: [
        datumVeld('Volgende evaluatie', k.evaluatieGepland),
        datumVeld('Volgende privacy-audit', k.privacyAuditGepland),
        documentVeld('Convenant', k.convenant),
        documentVeld('Privacyprotocol', k.privacyprotocol),
        documentVeld('DPIA', k.dpia),
        ...(metPolitie(d)
          ? [
              regels('Verplichting', [
                'De politie neemt deel: een convenant is verplicht (art. 20 WPG, H §3.8 voetnoot 15).',
              ]),
            ]
          : []),
      ],
    },
  ];
  return {
    soort: 'CONVENANT',
    titel: `Concept samenwerkingsconvenant en privacyprotocol: ${k.naam}`,
    onderwerp: k.naam,
    bronnen: [bronVan(k)],
    secties,
  };
}
