// SPDX-License-Identifier: EUPL-1.2
// A DPIA pre-scan of a knooppunt (H §3.4): the criteria that make a DPIA mandatory, checked
// against the description, and the four parts art. 35 lid 7 AVG asks for (H §3.4 a–d) answered
// from it, each open question marked. It prepares a DPIA; it is not one.
import { beveiliging, janeeRegels } from './art30.ts';
import { documentVeld } from './convenant-concept.ts';
import {
  alleGegevens,
  bronVan,
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
import type { Knooppunt } from './model.ts';

/** A criterion is met (with the reason from the description) or still open (with what to weigh). */
export interface Criterium {
  naam: string;
  voldaan: boolean;
  reden: string;
}

/** From this many criteria met a DPIA is needed (EDPB-richtsnoeren WP248 rev.01). */
const DREMPEL = 2;

/**
 * The nine criteria of the EDPB guidelines (WP248 rev.01), on which the AP's list of processing
 * that requires a DPIA builds (H §3.4, footnote 10). Only what the description shows counts as
 * met; everything else stays open for the privacy officer, never "not met".
 */
export function criteria(d: Dossier): Criterium[] {
  const k = d.knooppunt;
  const gevoelig = [
    ...d.deelnemers
      .filter((x) => x.deelname.bijzondereGegevens || x.deelname.strafrechtelijkeGegevens)
      .map((x) => x.organisatie.naam),
  ];
  const categorieen = alleGegevens(k).filter((c) => c === 'GEZONDHEID' || c === 'STRAFRECHTELIJK');
  const open = (naam: string, reden: string): Criterium => ({ naam, voldaan: false, reden });
  const ja = (naam: string, reden: string): Criterium => ({ naam, voldaan: true, reden });
  const minderjarig = k.leeftijdMax !== null && k.leeftijdMax < 18;
  const schaalGroot = ['REGIONAAL', 'BOVENREGIONAAL', 'LANDELIJK'].includes(k.schaal);
  return [
    k.werkproces === 'SIGNALERING'
      ? ja(
          'Evaluatie of beoordeling van personen',
          'Het werkproces is signalering: partijen brengen vermoedens over personen samen (H bijlage 1.2).',
        )
      : open(
          'Evaluatie of beoordeling van personen',
          'weegt het knooppunt de situatie van personen af, bijvoorbeeld bij de triage?',
        ),
    open('Geautomatiseerde besluitvorming met rechtsgevolg', 'het register beschrijft dit niet.'),
    open('Stelselmatige monitoring', 'het register beschrijft dit niet.'),
    gevoelig.length > 0 || categorieen.length > 0
      ? ja(
          'Gevoelige gegevens (art. 9 en 10 AVG)',
          [
            ...(gevoelig.length ? [`Verwerkt door: ${gevoelig.join(', ')}.`] : []),
            ...(categorieen.length
              ? [
                  `In het werkproces: ${categorieen.map((c) => label('Gegevenscategorie', c)).join(', ')}.`,
                ]
              : []),
          ].join(' '),
        )
      : open('Gevoelige gegevens (art. 9 en 10 AVG)', 'het register noemt ze niet.'),
    schaalGroot
      ? ja('Verwerking op grote schaal', `Schaal: ${label('Schaal', k.schaal).toLowerCase()}.`)
      : open(
          'Verwerking op grote schaal',
          `schaal ${label('Schaal', k.schaal).toLowerCase()}; weeg het aantal betrokkenen.`,
        ),
    d.deelnemers.length >= 2
      ? ja(
          'Gegevens uit verschillende bronnen combineren',
          `${d.deelnemers.length} organisaties brengen gegevens samen.`,
        )
      : open(
          'Gegevens uit verschillende bronnen combineren',
          'het register noemt minder dan twee deelnemers.',
        ),
    minderjarig
      ? ja(
          'Kwetsbare betrokkenen',
          `De doelgroep is jonger dan 18 (tot en met ${k.leeftijdMax} jaar).`,
        )
      : open(
          'Kwetsbare betrokkenen',
          k.doelgroep
            ? `Aan de hand van de doelgroep: ${k.doelgroep}`
            : 'de doelgroep is niet beschreven.',
        ),
    open('Nieuwe technologie', 'het register beschrijft dit niet.'),
    k.informerenUitzonderingen.length > 0
      ? ja(
          'Betrokkenen kunnen een recht tijdelijk niet uitoefenen',
          `Het informeren mag worden uitgesteld: ${k.informerenUitzonderingen.map((u) => label('Uitzonderingsgrond', u)).join('; ')}.`,
        )
      : open(
          'Betrokkenen kunnen een recht tijdelijk niet uitoefenen',
          'het register noemt geen gronden om het informeren uit te stellen.',
        ),
  ];
}

function conclusie(lijst: Criterium[]): string {
  const voldaan = lijst.filter((c) => c.voldaan).length;
  const open = lijst.length - voldaan;
  return voldaan >= DREMPEL
    ? `${voldaan} criteria zijn voldaan: een DPIA is verplicht. ${open} criteria zijn nog te beoordelen.`
    : `${voldaan} criterium voldaan volgens het register; ${open} nog te beoordelen. De handreiking noemt een DPIA bij een knooppunt vrijwel altijd vereist (H §3.4).`;
}

const vraag = (naam: string, waarde: string[] | null): DocumentVeld => ({ label: naam, waarde });

function beschrijving(d: Dossier): DocumentSectie {
  const k: Knooppunt = d.knooppunt;
  return {
    kop: 'a. Beschrijving van de aanpak, het doel en de persoonsgegevens',
    bron: 'H §3.4 a; art. 35 lid 7 onder a AVG',
    inleiding: null,
    velden: [
      tekst('Doel van het knooppunt', k.doel),
      regels(
        'Deelnemende partijen',
        d.deelnemers.map((x) => `${x.organisatie.naam} (${label('Rol', x.deelname.rol)})`),
      ),
      tekst('Doelgroep', k.doelgroep),
      tekst('Aanmeldcriteria', k.aanmeldcriteria),
      ...gegevensPerFase(k),
    ],
  };
}

function noodzaak(d: Dossier): DocumentSectie {
  const k = d.knooppunt;
  return {
    kop: 'b. Noodzaak en evenredigheid',
    bron: 'H §3.4 b, §3.2; art. 35 lid 7 onder b AVG',
    inleiding: null,
    velden: [
      tekst('Waarom samenwerking nodig is', k.noodzaakSamenwerking),
      tekst('Waarom de inbreuk op de privacy gerechtvaardigd is', k.proportionaliteit),
      ...d.deelnemers.map(({ deelname, organisatie }) =>
        vraag(
          `${organisatie.naam}: rol, noodzaak en wettelijke basis`,
          deelname.noodzaak
            ? [
                `Rol: ${label('Rol', deelname.rol)}`,
                `Waarom nodig: ${deelname.noodzaak}`,
                ...(deelname.taak ? [`Taak: ${deelname.taak}`] : []),
                ...wettenVan(d, deelname.wetten),
                ...(deelname.grondslag === 'ONBEKEND'
                  ? []
                  : [label('Grondslag', deelname.grondslag)]),
              ]
            : null,
        ),
      ),
      regels(
        'Doelbinding: verder gebruik',
        k.verderGebruik === 'NIET_VASTGELEGD' ? [] : [label('VerderGebruik', k.verderGebruik)],
      ),
    ],
  };
}

/** The DPIA pre-scan of a knooppunt. */
export function dpiaScan(d: Dossier): PrivacyDocument {
  const k = d.knooppunt;
  const lijst = criteria(d);
  return {
    soort: 'DPIA_SCAN',
    titel: `DPIA-voorscan: ${k.naam}`,
    onderwerp: k.naam,
    bronnen: [bronVan(k)],
    secties: [
      {
        kop: 'Is een DPIA verplicht?',
        bron: 'H §3.4; art. 35 AVG; EDPB-richtsnoeren WP248 rev.01; AP-lijst DPIA verplicht',
        inleiding: conclusie(lijst),
        velden: lijst.map((c) => ({
          label: c.naam,
          waarde: [`${c.voldaan ? 'Voldaan' : 'Nog te beoordelen'}: ${c.reden}`],
        })),
      },
      beschrijving(d),
      noodzaak(d),
      {
        kop: "c. Risico's voor de betrokkenen",
        bron: 'H §3.4 c, §5.1; art. 35 lid 7 onder c AVG',
        inleiding: null,
        velden: [
          tekst("Risico's voor burgers", k.risicos),
          janee("Werkafspraken voor de risico's van dit soort knooppunt", k.typeRisicoAfspraken),
        ],
      },
      {
        kop: "d. Maatregelen tegen de risico's",
        bron: 'H §3.4 d, §4.1 (6); art. 35 lid 7 onder d AVG',
        inleiding: null,
        velden: [
          beveiliging(k),
          janeeRegels('Zorgvuldig werkproces', [
            ['Werkproces in fasen, met een afweging bij elke overgang', k.faseringVastgelegd],
            [
              'Gegevens van een casus die hier niet hoort, worden vernietigd',
              k.vernietigingBijNietPassend,
            ],
          ]),
        ],
      },
      {
        kop: 'Uitvoering van de DPIA',
        bron: 'H §3.4 tips; art. 35 lid 2 AVG',
        inleiding: null,
        velden: [
          verantwoordelijkheid(d),
          tekst('Functionaris gegevensbescherming (FG)', k.functionarisGegevensbescherming),
          janee('De FG was betrokken bij de DPIA', k.fgBetrokkenBijDpia),
          documentVeld('DPIA', k.dpia),
        ],
      },
    ],
  };
}
