// SPDX-License-Identifier: EUPL-1.2
// The entries for the register of processing activities (art. 30 lid 1 AVG) that a knooppunt
// gives its controller, and each participating organisation for its own part (each processes on
// its own task, H §3.6). Filled from the description; what art. 30 asks and the registry does not
// hold (contact details, transfers to third countries) stays a gap.
import {
  alleGegevens,
  bronVan,
  datumVan,
  deelnemersMet,
  GAT,
  label,
  regels,
  tekst,
  verantwoordelijkheid,
  wettenVan,
  type Deelnemer,
  type DocumentSectie,
  type DocumentVeld,
  type Dossier,
  type PrivacyDocument,
} from './privacy-dossier.ts';
import type { Knooppunt, Organisatie } from './model.ts';

/** The columns of an entry, in the order of art. 30 lid 1 (a–g), plus the grondslag. */
export const ART30_VELDEN = [
  'Verwerking',
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
] as const;

/** Yes/no answers as lines; one not described is marked in its line; none described is a gap. */
export function janeeRegels(
  veld: string,
  vragen: readonly [string, boolean | null][],
  toelichting: string | null = null,
): DocumentVeld {
  const beschreven = vragen.some(([, w]) => w !== null) || toelichting;
  return {
    label: veld,
    waarde: beschreven
      ? [
          ...vragen.map(([v, w]) => `${v}: ${w === null ? GAT : w ? 'ja' : 'nee'}`),
          ...(toelichting ? [toelichting] : []),
        ]
      : null,
  };
}

function betrokkenen(k: Knooppunt): DocumentVeld {
  const { leeftijdMin: van, leeftijdMax: tot } = k;
  const leeftijd =
    van !== null && tot !== null
      ? [`Leeftijd: ${van} tot en met ${tot} jaar`]
      : van !== null
        ? [`Leeftijd: vanaf ${van} jaar`]
        : tot !== null
          ? [`Leeftijd: tot en met ${tot} jaar`]
          : [];
  return regels('Categorieën betrokkenen', [...(tekst('', k.doelgroep).waarde ?? []), ...leeftijd]);
}

/** Art. 32 lid 1 in the registry's terms (H §3.5, §4.1 (6), §4.4, §5.2 vuistregel 7). */
export const beveiliging = (k: Knooppunt): DocumentVeld =>
  janeeRegels(
    'Beveiligingsmaatregelen',
    [
      ['Toegang alleen voor wie bij de casus betrokken is', k.autorisatiePerCasus],
      ['Toegang wordt vastgelegd en gecontroleerd', k.toegangLogging],
      ['Procedure voor datalekken', k.datalekkenprocedure],
      ['Deelnemers tekenen een geheimhoudingsverklaring', k.geheimhoudingsverklaring],
    ],
    k.maatregelen,
  );

const bewaartermijn = (k: Knooppunt): DocumentVeld =>
  regels('Bewaartermijnen', [
    ...(tekst('', k.bewaartermijn).waarde ?? []),
    ...(k.bewaartermijn ? (tekst('', k.bewaartermijnOnderbouwing).waarde ?? []) : []),
  ]);

/** Art. 30 lid 1 onder e: the registry holds nothing about it, so it is always to complete. */
const doorgifte = (): DocumentVeld => tekst(ART30_VELDEN[8], null);

/** The entry of the knooppunt's controller(s). */
function knooppuntRegel(d: Dossier): DocumentSectie {
  const k = d.knooppunt;
  const gegevens = alleGegevens(k).map((c) => label('Gegevenscategorie', c));
  const bijzonder = deelnemersMet(d, (x) => x.bijzondereGegevens);
  const straf = deelnemersMet(d, (x) => x.strafrechtelijkeGegevens);
  const bsn = deelnemersMet(d, (x) => x.bsn);
  return {
    kop: `${k.naam}: verwerking van het knooppunt`,
    bron: 'art. 30 lid 1 AVG; H §3.5',
    inleiding: null,
    velden: [
      regels('Verwerking', [`Gegevensverwerking in ${k.naam} (${label('Functie', k.functie)})`]),
      verantwoordelijkheid(d),
      tekst(ART30_VELDEN[2], null),
      tekst(ART30_VELDEN[3], k.functionarisGegevensbescherming),
      tekst('Doeleinden', k.doel),
      betrokkenen(k),
      regels('Categorieën persoonsgegevens', [
        ...gegevens,
        ...(bijzonder.length
          ? [`Bijzondere persoonsgegevens (art. 9 AVG), door: ${bijzonder.join(', ')}`]
          : []),
        ...(straf.length
          ? [`Strafrechtelijke gegevens (art. 10 AVG), door: ${straf.join(', ')}`]
          : []),
        ...(bsn.length ? [`BSN, door: ${bsn.join(', ')}`] : []),
      ]),
      regels(
        'Ontvangers',
        d.deelnemers.map((x) => `${x.organisatie.naam} (${label('Rol', x.deelname.rol)})`),
      ),
      doorgifte(),
      bewaartermijn(k),
      beveiliging(k),
      regels(
        'Grondslag',
        d.deelnemers
          .filter((x) => x.deelname.grondslag !== 'ONBEKEND')
          .map((x) => `${x.organisatie.naam}: ${label('Grondslag', x.deelname.grondslag)}`),
      ),
    ],
  };
}

/** The entry of one organisation for its part in a knooppunt. */
function deelnameRegel(d: Dossier, { deelname, organisatie }: Deelnemer): DocumentSectie {
  const k = d.knooppunt;
  const doel = [
    ...(tekst('', k.doel).waarde ?? []),
    ...(deelname.taak ? [`Eigen taak: ${deelname.taak}`] : []),
  ];
  return {
    kop: `${organisatie.naam} in ${k.naam}`,
    bron: 'art. 30 lid 1 AVG; H §3.6, §3.7 stap 2',
    inleiding: null,
    velden: [
      regels('Verwerking', [
        `Deelname aan ${k.naam} als ${label('Rol', deelname.rol).toLowerCase()}`,
      ]),
      regels('Verwerkingsverantwoordelijke', [
        organisatie.naam,
        ...(k.verwerkingsverantwoordelijkheid === 'ONBEKEND'
          ? []
          : [
              `Verantwoordelijkheid voor het knooppunt: ${label('Verwerkingsverantwoordelijkheid', k.verwerkingsverantwoordelijkheid)}`,
            ]),
      ]),
      tekst(ART30_VELDEN[2], null),
      // The knooppunt's FG field names the controller's FG, not necessarily this organisation's.
      tekst(ART30_VELDEN[3], null),
      regels('Doeleinden', doel),
      betrokkenen(k),
      regels('Categorieën persoonsgegevens', [
        ...alleGegevens(k).map((c) => label('Gegevenscategorie', c)),
        `Bijzondere persoonsgegevens (art. 9 AVG): ${deelname.bijzondereGegevens ? 'ja' : 'nee'}`,
        `Strafrechtelijke gegevens (art. 10 AVG): ${deelname.strafrechtelijkeGegevens ? 'ja' : 'nee'}`,
        `BSN: ${deelname.bsn ? 'ja' : 'nee'}`,
        ...(tekst('', deelname.verwerkingsbasisBijzonder).waarde ?? []),
      ]),
      regels(
        'Ontvangers',
        d.deelnemers
          .filter((x) => x.deelname.id !== deelname.id)
          .map((x) => `${x.organisatie.naam} (${label('Rol', x.deelname.rol)})`),
      ),
      doorgifte(),
      bewaartermijn(k),
      beveiliging(k),
      regels(
        'Grondslag',
        deelname.grondslag === 'ONBEKEND'
          ? []
          : [label('Grondslag', deelname.grondslag), ...wettenVan(d, deelname.wetten)],
      ),
    ],
  };
}

/** The art. 30 entries of a knooppunt: its controller's, then each organisation's. */
export function art30VanKnooppunt(d: Dossier): PrivacyDocument {
  return {
    soort: 'ART30',
    titel: `Register van verwerkingsactiviteiten (art. 30 AVG): ${d.knooppunt.naam}`,
    onderwerp: d.knooppunt.naam,
    bronnen: [bronVan(d.knooppunt)],
    secties: [knooppuntRegel(d), ...d.deelnemers.map((x) => deelnameRegel(d, x))],
  };
}

/** The art. 30 entries of one organisation: one per knooppunt it takes part in. */
export function art30VanOrganisatie(
  organisatie: Organisatie,
  dossiers: Dossier[],
): PrivacyDocument {
  const delen = dossiers.flatMap((d) =>
    d.deelnemers.filter((x) => x.organisatie.id === organisatie.id).map((x) => ({ d, x })),
  );
  return {
    soort: 'ART30',
    titel: `Register van verwerkingsactiviteiten (art. 30 AVG): ${organisatie.naam}`,
    onderwerp: organisatie.naam,
    bronnen: delen.map(({ d }) => bronVan(d.knooppunt)),
    secties: delen.map(({ d, x }) => deelnameRegel(d, x)),
  };
}

/** The CSV's columns: which description an entry comes from, then the art. 30 fields. */
export const ART30_KOLOMMEN = [
  'Knooppunt',
  'Versie van de beschrijving',
  'Beschrijving gewijzigd op',
  ...ART30_VELDEN,
];

/** The entries as table rows (CSV): one row per entry, a cell per column; a gap says so. */
export function art30Rijen(doc: PrivacyDocument): string[][] {
  return doc.secties.map((s, i) => {
    // A knooppunt's document has one source for all its entries; an organisation's, one each.
    const bron = doc.bronnen[i] ?? doc.bronnen[0];
    return [
      bron?.naam ?? '',
      String(bron?.versie ?? ''),
      bron ? datumVan(bron.gewijzigdOp) : '',
      ...ART30_VELDEN.map((kolom) => {
        const veld = s.velden.find((v) => v.label === kolom);
        return veld?.waarde ? veld.waarde.join('\n') : GAT;
      }),
    ];
  });
}
