// SPDX-License-Identifier: EUPL-1.2
// The public privacy page of a knooppunt, for anyone without an account, in plain Dutch (B1):
// what the table does, who takes part and why, which data on which grounds, how long, when people
// hear of it and how to use their rights (H §3.5 "Privacyverklaring", §4.4). It holds only what
// the description says about the table, never anything about a person.
import {
  alleGegevens,
  bronVan,
  deelnemersMet,
  label,
  regels,
  tekst,
  type DocumentSectie,
  type Dossier,
  type PrivacyDocument,
} from './privacy-dossier.ts';
import type { RegistryIndex } from './registry-index.ts';
import type { Functie } from './model.ts';

const SOORT_UITLEG: Record<Functie, string> = {
  MELDPUNT:
    'Dit is een meldpunt. Het meldpunt krijgt meldingen, bekijkt ze en stuurt ze door naar de organisatie die het best kan helpen.',
  OVERLEGTAFEL:
    'Dit is een overlegtafel. Hier werken organisaties samen aan een situatie die ze niet alleen kunnen oplossen. Ze maken samen een plan.',
};

/** The rights of art. 15–21 AVG as H §4.4 lists them, in plain words. */
const RECHTEN = [
  'U mag vragen welke gegevens over u zijn vastgelegd (inzage).',
  'U mag vragen om gegevens te verbeteren als ze niet kloppen (correctie).',
  'U mag vragen om gegevens te wissen (verwijderen).',
  'U mag vragen om minder met uw gegevens te doen (beperking).',
  'U mag bezwaar maken tegen het gebruik van uw gegevens (bezwaar).',
];

export function privacyverklaring(d: Dossier): PrivacyDocument {
  const k = d.knooppunt;
  const gevoelig = [
    ...(deelnemersMet(d, (x) => x.bijzondereGegevens).length
      ? ['Ook gegevens over gezondheid of andere gevoelige gegevens.']
      : []),
    ...(deelnemersMet(d, (x) => x.strafrechtelijkeGegevens).length
      ? ['Ook gegevens over strafbare feiten.']
      : []),
    ...(deelnemersMet(d, (x) => x.bsn).length ? ['Ook uw burgerservicenummer (BSN).'] : []),
  ];
  const secties: DocumentSectie[] = [
    {
      kop: 'Wat doet deze tafel?',
      bron: null,
      inleiding: SOORT_UITLEG[k.functie],
      velden: [tekst('Doel', k.doel), tekst('Voor wie', k.doelgroep)],
    },
    {
      kop: 'Welke organisaties doen mee, en waarom?',
      bron: null,
      inleiding: 'Elke organisatie doet mee vanuit haar eigen taak.',
      velden:
        d.deelnemers.length === 0
          ? [regels('Organisaties', [])]
          : d.deelnemers.map(({ deelname, organisatie }) =>
              tekst(organisatie.naam, deelname.noodzaak),
            ),
    },
    {
      kop: 'Welke gegevens mogen worden gedeeld?',
      bron: null,
      inleiding: 'Alleen de gegevens die nodig zijn voor het doel, en niet meer.',
      velden: [
        regels(
          'Soorten gegevens',
          alleGegevens(k).map((c) => label('Gegevenscategorie', c)),
        ),
        ...(gevoelig.length ? [regels('Gevoelige gegevens', gevoelig)] : []),
      ],
    },
    {
      kop: 'Waarom mag dat?',
      bron: null,
      inleiding:
        'Een organisatie mag gegevens alleen gebruiken als de wet dat toestaat. Dat heet de grondslag.',
      velden: d.deelnemers.map(({ deelname, organisatie }) =>
        regels(
          organisatie.naam,
          deelname.grondslag === 'ONBEKEND' ? [] : [label('Grondslag', deelname.grondslag)],
        ),
      ),
    },
    {
      kop: 'Hoe lang worden de gegevens bewaard?',
      bron: null,
      inleiding: null,
      velden: [tekst('Bewaartermijn', k.bewaartermijn)],
    },
    {
      kop: 'Wanneer hoort u dat uw gegevens worden gedeeld?',
      bron: null,
      inleiding: null,
      velden: [
        regels(
          'Wanneer',
          k.informerenMoment === 'NIET_VASTGELEGD'
            ? []
            : [label('InformeerMoment', k.informerenMoment)],
        ),
        tekst('Hoe', k.informerenBetrokkenen),
        regels(
          'Wat u hoort',
          k.informerenInhoud.map((o) => label('InformatieOnderdeel', o)),
        ),
        ...(k.informerenUitzonderingen.length
          ? [
              regels('Soms later', [
                'Soms mag het vertellen even wachten, bijvoorbeeld als het de veiligheid van anderen in gevaar brengt. Dat duurt nooit langer dan nodig.',
              ]),
            ]
          : []),
      ],
    },
    {
      kop: 'Uw rechten',
      bron: null,
      inleiding: null,
      velden: [
        regels('Wat u mag vragen', RECHTEN),
        tekst('Contactpunt voor uw rechten', k.contactpuntRechten),
        regels(
          'Wie is verantwoordelijk',
          d.verantwoordelijke && k.verwerkingsverantwoordelijkheid !== 'ONBEKEND'
            ? [d.verantwoordelijke.naam]
            : [],
        ),
        tekst('Functionaris gegevensbescherming', k.functionarisGegevensbescherming),
        regels('Een klacht', [
          'Bent u het er niet mee eens hoe met uw gegevens wordt omgegaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
        ]),
      ],
    },
  ];
  return {
    soort: 'PRIVACYVERKLARING',
    titel: `Privacy bij ${k.naam}`,
    onderwerp: k.naam,
    bronnen: [bronVan(k)],
    secties,
  };
}

/** Per region, by name, its knooppunten for the transparency page (the view leaves out ended ones). */
export const transparantie = (index: RegistryIndex) =>
  [...index.regios.values()]
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
    .map((regio) => ({
      regioId: regio.id,
      naam: regio.naam,
      knooppunten: (index.knooppuntenVanRegio.get(regio.id) ?? []).map((k) => ({
        knooppuntId: k.id,
        naam: k.naam,
        functie: k.functie,
      })),
    }))
    .filter((r) => r.knooppunten.length > 0);
