// SPDX-License-Identifier: EUPL-1.2
// Every rule of shared/RULES.md as a pure check with a stable id, a severity, a message that names
// what is missing, and the section of the handreiking (H) it comes from. A finding points at the
// knooppunt, and where it concerns one, at the deelname (and organisatie) or overdracht.
import { ENUM_LABELS } from './enum-labels.ts';
import { datumInWoorden } from './kalender.ts';
import { opsomming } from './taal.ts';
import { vastgesteldOp } from './validity.ts';
import { verificatieGrens } from './verification.ts';
import type { Bevinding, Ernst } from './findings.ts';
import type {
  Deelname,
  Gegevenscategorie,
  Grondslag,
  Knooppunt,
  Organisatie,
  OrganisatieType,
} from './model.ts';
import { checkOverdracht } from './overdracht-checks.ts';
import type { RegistryIndex } from './registry-index.ts';

export interface Finding extends Bevinding {
  knooppuntId: string;
  organisatieId: string | null;
  deelnameId: string | null;
  overdrachtId: string | null;
}

export interface Rule {
  id: string;
  ernst: Ernst;
  bron: string;
  /** The rule in one line, for summaries. */
  titel: string;
}

interface Context {
  index: RegistryIndex;
  /** ISO date the checks run on (R20). */
  vandaag: string;
}

type Check = (
  k: Knooppunt,
  ctx: Context,
) => (Omit<
  Finding,
  'regel' | 'ernst' | 'bron' | 'knooppuntId' | 'organisatieId' | 'deelnameId' | 'overdrachtId'
> &
  Partial<Pick<Finding, 'organisatieId' | 'deelnameId' | 'overdrachtId' | 'regel' | 'ernst'>>)[];

const deelnamesVan = (k: Knooppunt, ctx: Context): { d: Deelname; o: Organisatie | undefined }[] =>
  (ctx.index.deelnamesVanKnooppunt.get(k.id) ?? []).map((d) => ({
    d,
    o: ctx.index.organisaties.get(d.organisatieId),
  }));
const naam = (o: Organisatie | undefined, d: Deelname) => o?.naam ?? d.organisatieId;
const perDeelname = (
  k: Knooppunt,
  ctx: Context,
  fails: (d: Deelname, o: Organisatie | undefined) => string | null,
) =>
  deelnamesVan(k, ctx).flatMap(({ d, o }) => {
    const melding = fails(d, o);
    return melding === null ? [] : [{ melding, deelnameId: d.id, organisatieId: d.organisatieId }];
  });
const when = (cond: boolean, melding: string) => (cond ? [{ melding }] : []);
/** One finding listing the fields that are empty, e.g. "Niet beschreven: het doel en de opgave." */
const ontbrekend = (k: Knooppunt, inleiding: string, velden: [keyof Knooppunt, string][]) => {
  const mist = velden.filter(([veld]) => k[veld] === null).map(([, woord]) => woord);
  return when(mist.length > 0, `${inleiding}: ${mist.join(' en ')}.`);
};

const E = 'AVG_6_1_E_PUBLIEKE_TAAK';
const C = 'AVG_6_1_C_WETTELIJKE_VERPLICHTING';
const B = 'AVG_6_1_B_OVEREENKOMST';
/**
 * R05: which grondslagen fit which kind of party (H §3.1 (3), §3.3). Government: 6.1.e ("vrijwel
 * altijd de enige geldige grondslag"), or 6.1.c where a law obliges. Private parties with a
 * statutory task, such as the Reclassering and a GI: 6.1.e (H §3.3). Care: 6.1.b in the voluntary
 * framework (behandelovereenkomst, Wgbo), 6.1.e in verplichte zorg (H §3.3). Parties without an
 * explicit task are checked by R11 and for restgrondslagen below; types not listed are not checked.
 */
const PASSENDE_GRONDSLAG: Partial<Record<OrganisatieType, Grondslag[]>> = {
  POLITIE: ['WPG'],
  OPENBAAR_MINISTERIE: ['WJSG'],
  RECLASSERING: [E],
  PENITENTIAIRE_INRICHTING: [E],
  GECERTIFICEERDE_INSTELLING: [E],
  GEMEENTE: [E, C],
  BURGEMEESTER: [E, C],
  VEILIG_THUIS: [E, C],
  RAAD_VOOR_DE_KINDERBESCHERMING: [E, C],
  GGD: [E, C],
  ZORG_EN_VEILIGHEIDSHUIS: [E],
  SCHULDHULPVERLENING: [E, C],
  WIJKTEAM: [E, C],
  GGZ: [B, E],
  VERSLAVINGSZORG: [B, E],
  HUISARTS: [B, E],
  LVB_ZORG: [B, E],
};
/** Care parties: in the voluntary framework their basis is the behandelovereenkomst (H §3.3). */
const ZORG: OrganisatieType[] = ['GGZ', 'VERSLAVINGSZORG', 'HUISARTS', 'LVB_ZORG'];

/** R11: parties without an explicit task in the domain (H §3.3 "Partijen zonder expliciete taak"). */
const ZONDER_EXPLICIETE_TAAK: OrganisatieType[] = [
  'WONINGCORPORATIE',
  'ONDERWIJS',
  'JONGERENWERK',
  'OVERIG',
];

/** The privacy framework each grondslag belongs to (H §3.1 (3)): WPG and WJSG are their own. */
const KADER_VAN = (g: Grondslag): Organisatie['privacykader'] =>
  g === 'WPG' || g === 'WJSG' ? g : 'AVG';

/** A grondslag as a message names it: its label, e.g. "publieke taak (art. 6 lid 1 sub e AVG)". */
const grondslagNaam = (g: Grondslag): string => {
  const label = ENUM_LABELS.Grondslag[g];
  return label.startsWith('Wet ') ? `de ${label}` : label[0]!.toLowerCase() + label.slice(1);
};
const kaderNaam = (k: Organisatie['privacykader']): string =>
  k === 'AVG' ? 'de AVG' : `de ${ENUM_LABELS.Privacykader[k]}`;

/**
 * R14: retention terms the law sets, by the party whose own meldpunt it is. Veilig Thuis keeps its
 * dossiers at least twenty years, and under the AVG that minimum is also the maximum (H §3.2 (5)).
 */
const WETTELIJKE_BEWAARTERMIJN: Partial<Record<OrganisatieType, { jaren: number; wie: string }>> = {
  VEILIG_THUIS: { jaren: 20, wie: 'Veilig Thuis' },
};
const TELWOORDEN: Record<string, number> = { vijf: 5, tien: 10, vijftien: 15, twintig: 20 };
/** The number of years a retention text names ("5 jaar", "twintig jaar"), or null. */
function jarenIn(tekst: string): number | null {
  const m = /(\d+|vijftien|twintig|tien|vijf)\s*jaar/i.exec(tekst);
  if (!m) return null;
  return TELWOORDEN[m[1]!.toLowerCase()] ?? Number(m[1]);
}

const DOCUMENT = {
  VASTGESTELD: 'vastgesteld',
  IN_VOORBEREIDING: 'in voorbereiding',
  ONTBREEKT: 'ontbreekt',
  ONBEKEND: 'onbekend',
} as const;

export const RULES: (Rule & { check: Check })[] = [
  {
    id: 'R01',
    ernst: 'WAARSCHUWING',
    bron: 'H §2.6 stap 2; §3.7 stap 1',
    titel: 'Doel en maatschappelijke opgave zijn beschreven',
    check: (k) =>
      ontbrekend(k, 'Niet beschreven', [
        ['doel', 'het doel'],
        ['maatschappelijkeOpgave', 'de maatschappelijke opgave'],
      ]),
  },
  {
    id: 'R02',
    ernst: 'WAARSCHUWING',
    bron: 'H §2.2, §2.6 stap 2, §4.2',
    titel: 'Aanmeldcriteria zijn vastgelegd',
    check: (k) =>
      when(
        k.aanmeldcriteria === null,
        'Er zijn geen aanmeldcriteria vastgelegd: welke casus hoort hier thuis, en welke niet?',
      ),
  },
  {
    id: 'R03',
    ernst: 'FOUT',
    bron: 'H §3.7 stap 2, §4.1; §3.3',
    titel: 'Iedere partij noemt haar (wettelijke) taak op artikelniveau',
    // Care in the voluntary framework rests on the behandelovereenkomst, not on a statutory task
    // (H §3.3): it names its task, but no article of law is asked.
    check: (k, ctx) =>
      perDeelname(k, ctx, (d, o) =>
        d.taak === null
          ? `${naam(o, d)} neemt deel zonder vastgelegde taak. Geen taak is geen deelname.`
          : o && ZORG.includes(o.type) && d.grondslag === B
            ? null
            : d.wetten.length === 0 || d.wetten.some((w) => w.artikel === null)
              ? `${naam(o, d)}: de wettelijke basis van de taak is niet op artikelniveau vastgelegd.`
              : null,
      ),
  },
  {
    id: 'R04',
    ernst: 'FOUT',
    bron: 'H §3.3 "Toestemming is geen geldige grondslag"; IBD §2',
    titel: 'Geen deelname rust op toestemming',
    check: (k, ctx) =>
      perDeelname(k, ctx, (d, o) =>
        d.grondslag === 'AVG_6_1_A_TOESTEMMING'
          ? `${naam(o, d)} neemt deel op grond van toestemming; in deze samenwerking is dat geen geldige grondslag.`
          : null,
      ),
  },
  {
    id: 'R05',
    ernst: 'WAARSCHUWING',
    bron: 'H §3.1 (3), §3.3',
    titel: 'De grondslag past bij de partij',
    check: (k, ctx) =>
      perDeelname(k, ctx, (d, o) => {
        if (d.grondslag === 'ONBEKEND') return `${naam(o, d)}: de grondslag is niet vastgelegd.`;
        if (d.grondslag === 'AVG_6_1_A_TOESTEMMING' || !o) return null; // R04
        // H §3.3 "Partijen zonder expliciete taak": no restgrondslagen such as vitaal belang.
        if (ZONDER_EXPLICIETE_TAAK.includes(o.type) && d.grondslag === 'AVG_6_1_D_VITAAL_BELANG')
          return `${naam(o, d)} heeft geen expliciete taak in dit domein en kan niet steunen op ${grondslagNaam(d.grondslag)}: dat is een restgrondslag. Noem de wet die deze deelname mogelijk maakt.`;
        if (KADER_VAN(d.grondslag) !== o.privacykader)
          return `${naam(o, d)} valt onder ${kaderNaam(o.privacykader)}, maar de grondslag is ${grondslagNaam(d.grondslag)}. Privacykader en grondslag horen bij elkaar te passen.`;
        const passend = PASSENDE_GRONDSLAG[o.type];
        return passend && !passend.includes(d.grondslag)
          ? `${naam(o, d)}: de grondslag ${grondslagNaam(d.grondslag)} past niet bij dit soort partij. Verwacht: ${passend.map(grondslagNaam).join(' of ')}.`
          : null;
      }),
  },
  {
    id: 'R06',
    ernst: 'FOUT',
    bron: 'H §3.8 voetnoot 15 (art. 20 WPG)',
    titel: 'Met politie aan tafel is er een convenant',
    // "In een aantal gevallen ... met name als de politie in de samenwerking deelneemt" (H §3.8
    // fn 15): art. 20 WPG is about structural provision to a samenwerkingsverband. Where the
    // politie only informs (a melding at a meldpunt), other WPG provisions apply: attention only.
    check: (k, ctx) => {
      const politie = deelnamesVan(k, ctx).filter(({ o }) => o?.type === 'POLITIE');
      if (politie.length === 0 || vastgesteldOp(k.convenant, ctx.vandaag)) return [];
      const convenant =
        k.convenant.status === 'VASTGESTELD'
          ? `het samenwerkingsconvenant liep af op ${k.convenant.geldigTot ? datumInWoorden(k.convenant.geldigTot) : '?'}`
          : `er is geen vastgesteld samenwerkingsconvenant (status: ${DOCUMENT[k.convenant.status]})`;
      return politie.some(({ d }) => d.rol !== 'INFORMANT')
        ? [
            {
              melding: `De politie neemt vast deel, maar ${convenant}. Art. 20 WPG vraagt dan een convenant dat geldt.`,
            },
          ]
        : [
            {
              regel: 'R06.informant',
              ernst: 'AANDACHT',
              melding: `De politie levert hier alleen informatie aan en ${convenant}. Een convenant is dan niet altijd verplicht; leg vast op welke bepaling van de WPG de politie verstrekt.`,
            },
          ];
    },
  },
  {
    id: 'R07',
    ernst: 'WAARSCHUWING',
    bron: 'H §3.4',
    titel: 'Er is een DPIA gedaan',
    check: (k) =>
      when(
        k.dpia.status !== 'VASTGESTELD',
        `Er is geen DPIA (status: ${DOCUMENT[k.dpia.status]}); in dit domein is die vrijwel altijd verplicht.`,
      ),
  },
  {
    id: 'R08',
    ernst: 'WAARSCHUWING',
    bron: 'H §3.5, §4.4',
    titel: 'De verwerkingsverantwoordelijkheid is belegd',
    check: (k) =>
      k.verwerkingsverantwoordelijkheid === 'ONBEKEND'
        ? [{ melding: 'Niet vastgelegd wie verwerkingsverantwoordelijke is.' }]
        : k.verwerkingsverantwoordelijkheid === 'EEN_PARTIJ' &&
            k.verwerkingsverantwoordelijkeId === null
          ? [
              {
                melding:
                  'Eén partij is verwerkingsverantwoordelijke, maar welke is niet vastgelegd.',
              },
            ]
          : when(
              k.verwerkingsverantwoordelijkheid === 'GEZAMENLIJK' && !k.gezamenlijkeRegeling,
              'Gezamenlijke verwerkingsverantwoordelijkheid zonder regeling als bedoeld in art. 26 AVG.',
            ),
  },
  {
    id: 'R09',
    ernst: 'WAARSCHUWING',
    bron: 'H §3.7 stap 4 b–d',
    titel: 'De basis voor bijzondere, strafrechtelijke gegevens en BSN is genoemd',
    check: (k, ctx) =>
      perDeelname(k, ctx, (d, o) => {
        const soorten = [
          d.bijzondereGegevens && 'bijzondere persoonsgegevens',
          d.strafrechtelijkeGegevens && 'strafrechtelijke gegevens',
          d.bsn && 'het BSN',
        ].filter(Boolean);
        return soorten.length > 0 && d.verwerkingsbasisBijzonder === null
          ? `${naam(o, d)} verwerkt ${soorten.join(', ')} zonder vastgelegde basis daarvoor.`
          : null;
      }),
  },
  {
    id: 'R10',
    ernst: 'AANDACHT',
    bron: 'H §4.5 stappenplan',
    titel: 'Afspraken voor partijen met een beroepsgeheim',
    check: (k, ctx) =>
      perDeelname(k, ctx, (d, o) => {
        // The party whose own statutory meldpunt this is (Veilig Thuis at Veilig Thuis) works under
        // its own legal task and secrecy rules there (H §4.3 fase 4, §5.1): no arrangement to make.
        if (k.functie === 'MELDPUNT' && k.verwerkingsverantwoordelijkeId === d.organisatieId)
          return null;
        if (!d.beroepsgeheim)
          return o?.beroepsgeheim
            ? `${naam(o, d)} heeft een beroepsgeheim (${o.beroepsgeheim}), maar bij deze deelname staat dat niet aangegeven. Leg vast op welke grond de professional hier deelt.`
            : null;
        if (d.beroepsgeheimRegeling === null)
          return `${naam(o, d)} heeft een beroepsgeheim. Niet vastgelegd op welke grond de professional hier deelt. Volg het stappenplan: eerst toestemming van de cliënt, of een wettelijk meldrecht of spreekplicht.`;
        return d.beroepsgeheimRegeling === 'CONFLICT_VAN_PLICHTEN' ||
          d.beroepsgeheimRegeling === 'NOODSITUATIE'
          ? `${naam(o, d)}: "${ENUM_LABELS.BeroepsgeheimRegeling[d.beroepsgeheimRegeling]}" staat als vaste afspraak vastgelegd. Dat beoordeelt de professional zelf, per casus, en het kan niet vooraf in een convenant worden afgesproken. Spreek af dat eerst toestemming wordt gevraagd (stappenplan, stap 3).`
          : null;
      }),
  },
  {
    id: 'R11',
    ernst: 'WAARSCHUWING',
    bron: 'H §3.3 "Partijen zonder expliciete taak"',
    titel: 'Partijen zonder expliciete taak noemen doel en wetsbepaling',
    // "Zolang er geen passende wetgeving wordt toegevoegd, is de uitwisseling ... niet mogelijk"
    // (H §3.3): a named article of law is needed, not only free text. A statutory obligation (e.g.
    // the Wgs signals for vroegsignalering, on 6.1.c) carries its own purpose.
    check: (k, ctx) =>
      perDeelname(k, ctx, (d, o) => {
        if (!o || !ZONDER_EXPLICIETE_TAAK.includes(o.type)) return null;
        const bepaling = d.wetten.some((w) => w.artikel !== null);
        const verplichting = bepaling && d.grondslag === C;
        return verplichting || (bepaling && d.taak !== null && d.noodzaak !== null)
          ? null
          : `${naam(o, d)} heeft geen expliciete taak in dit domein. Noem het specifieke doel en de wetsbepaling die deze deelname mogelijk maakt (zoals de Wgs bij vroegsignalering van schulden). Zonder zo'n bepaling is uitwisseling niet mogelijk.`;
      }),
  },
  {
    id: 'R12',
    ernst: 'WAARSCHUWING',
    bron: 'H §4.3 fase 4; §5.3 "Schakelen tussen knooppunten"',
    titel: 'Wie aanmeldt bij een ander knooppunt is vastgelegd',
    check: (k, ctx) => overdrachtFindings(k, ctx, 'R12'),
  },
  {
    id: 'R13',
    ernst: 'AANDACHT',
    bron: 'H §5.3 "Vuistregels schakelen tussen knooppunten"',
    titel: 'Welke informatie meegaat en wie de cliënt informeert is afgesproken',
    check: (k, ctx) => overdrachtFindings(k, ctx, 'R13'),
  },
  {
    id: 'R14',
    ernst: 'WAARSCHUWING',
    bron: 'H §3.2 (5), §4.1 (5)',
    titel: 'Een bewaartermijn is vastgelegd, onderbouwd en klopt met de wet',
    check: (k, ctx) => {
      const vv = k.verwerkingsverantwoordelijkeId
        ? ctx.index.organisaties.get(k.verwerkingsverantwoordelijkeId)
        : undefined;
      const wet = k.functie === 'MELDPUNT' && vv ? WETTELIJKE_BEWAARTERMIJN[vv.type] : undefined;
      const wettelijk = wet
        ? `${wet.wie} moet dossiers volgens de wet ten minste ${wet.jaren} jaar bewaren, en volgens de AVG is dat ook de langste termijn.`
        : '';
      if (k.bewaartermijn === null)
        return [{ melding: `Er is geen bewaartermijn vastgelegd. ${wettelijk}`.trim() }];
      if (wet && jarenIn(k.bewaartermijn) !== wet.jaren)
        return [
          {
            regel: 'R14.wet',
            ernst: 'FOUT',
            melding: `De bewaartermijn "${k.bewaartermijn}" klopt niet met de wet. ${wettelijk}`,
          },
        ];
      return when(k.bewaartermijnOnderbouwing === null, 'De bewaartermijn is niet onderbouwd.');
    },
  },
  {
    id: 'R15',
    ernst: 'WAARSCHUWING',
    bron: 'H §3.5',
    titel: 'Transparantie: privacyverklaring en informeren van betrokkenen',
    check: (k) =>
      ontbrekend(k, 'Niet vastgelegd', [
        ['privacyverklaring', 'een privacyverklaring'],
        ['informerenBetrokkenen', 'hoe betrokkenen worden geïnformeerd'],
      ]),
  },
  {
    id: 'R16',
    ernst: 'WAARSCHUWING',
    bron: 'H §3.5, §4.4',
    titel: 'Er is een contactpunt voor de rechten van betrokkenen',
    check: (k) =>
      when(
        k.contactpuntRechten === null,
        'Er is geen contactpunt voor inzage, correctie, bezwaar en de andere rechten van betrokkenen.',
      ),
  },
  {
    id: 'R17',
    ernst: 'AANDACHT',
    bron: 'H §2.4 element 1, §2.6',
    titel: 'Routes: meldpunten verwijzen door, tafels zijn bereikbaar',
    check: (k, ctx) => {
      const uit = ctx.index.overdrachtenUit.get(k.id) ?? [];
      const inn = ctx.index.overdrachtenIn.get(k.id) ?? [];
      return k.functie === 'MELDPUNT'
        ? when(
            uit.length === 0,
            'Dit meldpunt heeft geen vastgelegde route naar een ander knooppunt.',
          )
        : // Partners may report to a table directly (IBD "Aanmelding: door één van de partners"):
          // aanmeldcriteria that say who reports count as the way in.
          when(
            inn.length === 0 && !/aanmeld|voordracht|melden/i.test(k.aanmeldcriteria ?? ''),
            'Geen route naar deze tafel vastgelegd, en de aanmeldcriteria zeggen niet wie hier aanmeldt. Leg vast hoe casussen hier terechtkomen.',
          );
    },
  },
  {
    id: 'R18',
    ernst: 'AANDACHT',
    bron: 'H §5.1 "Risico’s bij andere typen knooppunten"; Bijlage 1.2',
    titel: 'Signaleringstafel: delen op vermoedens',
    check: (k) =>
      when(
        k.werkproces === 'SIGNALERING',
        'Hier worden signalen en vermoedens gedeeld, geen vastgestelde feiten. Wees extra zorgvuldig met wat u deelt en vastlegt, zodat niemand onterecht te boek komt te staan.',
      ),
  },
  {
    id: 'R19',
    ernst: 'AANDACHT',
    bron: 'H Bijlage 1.3',
    titel: 'Groepsaanpak: vaste deelnemers, individuele casuïstiek elders',
    check: (k, ctx) => {
      if (k.werkproces !== 'GROEPSAANPAK') return [];
      const naarCasus = (ctx.index.overdrachtenUit.get(k.id) ?? []).some(
        (o) => ctx.index.knooppunten.get(o.naarId)?.werkproces === 'CASUSOVERLEG',
      );
      return [
        ...when(
          k.samenstelling !== 'VAST',
          'Een groepsaanpak hoort een beperkte, vaste kring deelnemers te hebben.',
        ),
        ...when(
          !naarCasus,
          'Geen route naar een persoonsgerichte aanpak voor individuele casuïstiek.',
        ),
      ];
    },
  },
  {
    id: 'R20',
    ernst: 'WAARSCHUWING',
    bron: 'H §2.6 stap 3',
    titel: 'Binnen 12 maanden geverifieerd',
    check: (k, ctx) => {
      if (k.geverifieerdOp === null)
        return [
          {
            melding:
              'De beschrijving is niet geverifieerd met de betrokken professionals en organisaties.',
          },
        ];
      return when(
        k.geverifieerdOp < verificatieGrens(ctx.vandaag),
        `Laatst geverifieerd op ${datumInWoorden(k.geverifieerdOp)}: langer dan 12 maanden geleden.`,
      );
    },
  },
  {
    id: 'R21',
    ernst: 'WAARSCHUWING',
    bron: 'H §2.5 typering 2',
    titel: 'De typering klopt met wet of taakhouder',
    check: (k) =>
      k.wettelijkeBasis === 'WETTELIJK_GEREGELD'
        ? when(k.wetten.length === 0, 'Wettelijk geregeld, maar de regelende wet is niet genoemd.')
        : k.wettelijkeBasis === 'TAAK_VAN_EEN_PARTIJ'
          ? [
              ...when(
                k.taakhouderId === null,
                'Toe te rekenen aan de taak van één partij, maar die partij is niet genoemd.',
              ),
              ...when(
                k.wetten.length === 0 && k.wettelijkeBasisToelichting === null,
                'Toe te rekenen aan de taak van één partij, maar die taak is niet beschreven.',
              ),
            ]
          : [],
  },
  {
    id: 'R22',
    ernst: 'AANDACHT',
    bron: 'H §2.6 stap 2; §3.4 c–d; §5.1 Tabel 1',
    titel: 'Privacyrisico’s en maatregelen zijn beschreven',
    check: (k) =>
      ontbrekend(k, 'Niet beschreven', [
        ['risicos', "de privacyrisico's voor burgers"],
        ['maatregelen', 'de maatregelen'],
      ]),
  },
  {
    id: 'R23',
    ernst: 'WAARSCHUWING',
    bron: 'H §3.2 (2); §5.2 vuistregels 8–9; IBD',
    titel: 'Doelbinding: verder gebruik van de gegevens is afgesproken',
    check: checkDoelbinding,
  },
  {
    id: 'R24',
    ernst: 'WAARSCHUWING',
    bron: 'H §2.6 stap 2; §3.4 b; §3.7 stap 1',
    titel: 'De noodzaak van de samenwerking en van elke deelnemer is onderbouwd',
    check: checkNoodzaak,
  },
  {
    id: 'R25',
    ernst: 'WAARSCHUWING',
    bron: 'H §2.6 stap 2; §4.1 (2)',
    titel: 'De inbreuk op de privacy is gerechtvaardigd',
    check: (k) =>
      when(
        k.proportionaliteit === null,
        'Niet beschreven waarom de aard van de problematiek en het doel de inbreuk op de privacy van de burger rechtvaardigen.',
      ),
  },
  {
    id: 'R26',
    ernst: 'WAARSCHUWING',
    bron: 'H §3.7 stap 3; §4.3; §5.4 Tabel 2',
    titel: 'De soorten gegevens per fase zijn vastgelegd',
    check: checkGegevensPerFase,
  },
  {
    id: 'R27',
    ernst: 'AANDACHT',
    bron: 'H §3.4 tips; §3.5',
    titel: 'De functionaris gegevensbescherming is bekend en betrokken bij de DPIA',
    check: checkFg,
  },
  {
    id: 'R28',
    ernst: 'WAARSCHUWING',
    bron: 'H §3.5; §4.1 (6); §4.4',
    titel: 'Beveiliging: toegang per casus, logging en een datalekkenprocedure',
    check: checkBeveiliging,
  },
  {
    id: 'R29',
    ernst: 'WAARSCHUWING',
    bron: 'H §3.5; §4.4',
    titel: 'Informeren van de betrokkene: wanneer, wat, en tijdelijke uitzonderingen',
    check: checkInformeren,
  },
  {
    id: 'R30',
    ernst: 'WAARSCHUWING',
    bron: 'H §3.8',
    titel: 'Convenant of privacyprotocol beschrijft de onderwerpen van §3.8',
    check: checkConvenantInhoud,
  },
  {
    id: 'R31',
    ernst: 'AANDACHT',
    bron: 'H §4.2; §4.3',
    titel: 'Het werkproces kent fasen, vernietiging en afspraken na afsluiten',
    check: checkFasering,
  },
  {
    id: 'R32',
    ernst: 'AANDACHT',
    bron: 'H §4.1 (7); §4.2 "Reflecteren en leren"',
    titel: 'Evaluatie en privacy-audit zijn gepland',
    check: checkEvaluatie,
  },
  {
    id: 'R33',
    ernst: 'AANDACHT',
    bron: 'H §5.1 "Risico’s bij andere typen knooppunten"',
    titel: 'De risico’s van dit soort knooppunt zijn afgedekt',
    check: checkTypeRisicos,
  },
  {
    id: 'R34',
    ernst: 'AANDACHT',
    bron: 'H §5.2 vuistregel 7',
    titel: 'Geheimhoudingsverklaring; adviseurs en informanten nemen niets mee',
    check: checkGeheimhouding,
  },
  {
    id: 'R35',
    ernst: 'WAARSCHUWING',
    bron: 'H §2.1',
    titel: 'Nooit alleen handhaving: een zorg- of sociaal-domeinpartner neemt deel',
    check: checkNietAlleenHandhaving,
  },
  {
    id: 'R36',
    ernst: 'AANDACHT',
    bron: 'H §3.7 stap 4e; §5.1',
    titel: 'Bijzondere regels over geheimhouding of verstrekking zijn genoemd',
    check: checkBijzondereBepalingen,
  },
  {
    id: 'R37',
    ernst: 'WAARSCHUWING',
    bron: 'H §2.5; Bijlage 1',
    titel: 'Functie en werkproces passen bij elkaar',
    check: checkFunctieEnWerkproces,
  },
];

/** R23, H §3.2 (2): data may not be used for another purpose, unless compatible (art. 6 lid 4 AVG). */
function checkDoelbinding(k: Knooppunt) {
  if (k.verderGebruik === 'NIET_VASTGELEGD')
    return [
      {
        melding:
          'Niet vastgelegd wat deelnemers daarna met de gegevens mogen doen. Gegevens mogen niet zomaar voor een ander doel worden gebruikt.',
      },
    ];
  return when(
    k.verderGebruik === 'VERENIGBAAR_GETOETST' && k.verderGebruikToelichting === null,
    `‘${ENUM_LABELS.VerderGebruik.VERENIGBAAR_GETOETST}’ is gekozen, maar niet beschreven welk ander doel verenigbaar is en waarom (art. 6 lid 4 AVG).`,
  );
}

/**
 * R24, H §2.6 stap 2, §3.4 b: why the samenwerking, and why each party. Not asked of the party
 * that runs the knooppunt, and parties without an explicit task are left to R11, which asks the
 * same of them with its own legal consequence.
 */
function checkNoodzaak(k: Knooppunt, ctx: Context) {
  return [
    ...when(
      k.noodzaakSamenwerking === null,
      'Niet beschreven waarom samenwerking nodig is om deze problematiek op te pakken.',
    ),
    ...perDeelname(k, ctx, (d, o) =>
      d.noodzaak === null &&
      d.organisatieId !== k.belegdBijId &&
      !(o && ZONDER_EXPLICIETE_TAAK.includes(o.type))
        ? `${naam(o, d)}: niet beschreven waarom deelname van deze partij nodig is.`
        : null,
    ),
  ];
}

/** R26, H §3.7 stap 3, §4.3: per phase the data it needs; a meldpunt has no casusoverleg (H §4.2). */
function checkGegevensPerFase(k: Knooppunt) {
  const fasen: [Gegevenscategorie[], string][] = [
    [k.gegevensAanmelding, 'aanmelding en intake'],
    [k.gegevensTriage, 'triage'],
    ...(k.functie === 'OVERLEGTAFEL'
      ? [[k.gegevensCasusoverleg, 'casusoverleg en monitoring'] as [Gegevenscategorie[], string]]
      : []),
    [k.gegevensAfsluiting, 'afsluiten of overdragen'],
  ];
  const leeg = fasen.filter(([categorieen]) => categorieen.length === 0).map(([, f]) => `‘${f}’`);
  return when(
    leeg.length > 0,
    `Niet vastgelegd welke soorten gegevens nodig zijn in de ${leeg.length > 1 ? 'fasen' : 'fase'} ${opsomming(leeg)}.`,
  );
}

/** R27, H §3.5 and §3.4 tips: the FG supervises, and must be involved in a DPIA (art. 35 lid 2 AVG). */
function checkFg(k: Knooppunt) {
  const dpiaBezig = k.dpia.status === 'VASTGESTELD' || k.dpia.status === 'IN_VOORBEREIDING';
  return [
    ...when(
      k.functionarisGegevensbescherming === null,
      'Niet vastgelegd welke functionaris gegevensbescherming (FG) toezicht houdt op de gegevensdeling.',
    ),
    ...when(
      dpiaBezig && k.fgBetrokkenBijDpia !== true,
      k.fgBetrokkenBijDpia === false
        ? 'De FG was niet betrokken bij de DPIA; dat is verplicht (art. 35 lid 2 AVG).'
        : 'Niet vastgelegd of de FG betrokken was bij de DPIA; dat is verplicht (art. 35 lid 2 AVG).',
    ),
  ];
}

/** R28, H §3.5, §4.1 (6), §4.4: access per casus, detection of unlawful access, a datalekkenprocedure. */
function checkBeveiliging(k: Knooppunt) {
  const eisen: [boolean | null, string][] = [
    [k.autorisatiePerCasus, 'toegang alleen voor wie bij de casus betrokken is'],
    [k.toegangLogging, 'vastleggen en controleren van toegang'],
    [k.datalekkenprocedure, 'een procedure voor datalekken'],
  ];
  const nee = eisen.filter(([v]) => v === false).map(([, e]) => e);
  const onbekend = eisen.filter(([v]) => v === null).map(([, e]) => e);
  return [
    ...when(nee.length > 0, `Ontbreekt: ${opsomming(nee)}.`),
    ...when(onbekend.length > 0, `Niet beschreven: ${opsomming(onbekend)}.`),
  ];
}

/** R29, H §3.5 (after triage; what, by whom, why, rights) and §4.4 (exceptions: grounded, temporary). */
function checkInformeren(k: Knooppunt) {
  const inhoud = ENUM_LABELS.InformatieOnderdeel;
  const mist = (Object.keys(inhoud) as (keyof typeof inhoud)[])
    .filter((o) => !k.informerenInhoud.includes(o))
    .map((o) => inhoud[o].charAt(0).toLocaleLowerCase('nl') + inhoud[o].slice(1));
  return [
    ...(k.informerenMoment === 'NIET_VASTGELEGD'
      ? [
          {
            melding:
              'Niet vastgelegd wanneer de betrokkene hoort dat zijn gegevens hier worden verwerkt.',
          },
        ]
      : when(
          k.informerenMoment === 'NA_CASUSOVERLEG',
          'De betrokkene hoort het pas na het casusoverleg. Dat is te laat: informeer na de triage, voordat de casus wordt besproken.',
        )),
    ...when(
      mist.length > 0 && mist.length < Object.keys(inhoud).length,
      `De betrokkene hoort niet: ${opsomming(mist)}.`,
    ),
    ...when(
      mist.length === Object.keys(inhoud).length,
      'Niet vastgelegd wat de betrokkene te horen krijgt: welke gegevens, door welke partijen, met welk doel, waarom, en welke rechten hij heeft.',
    ),
    ...when(
      k.informerenUitzonderingen.length > 0 && k.uitzonderingHeroverweging === null,
      'Het informeren mag soms wachten, maar niet vastgelegd wanneer dat opnieuw wordt gewogen. Een uitzondering is altijd tijdelijk.',
    ),
  ];
}

/** R30, H §3.8: what the convenant or privacyprotocol should describe. */
function checkConvenantInhoud(k: Knooppunt) {
  const bestaat = [k.convenant, k.privacyprotocol].some(
    (d) => d.status === 'VASTGESTELD' || d.status === 'IN_VOORBEREIDING',
  );
  if (!bestaat)
    return [
      {
        melding:
          'Er is geen convenant of privacyprotocol waarin de afspraken van §3.8 staan: doel, partijen, grondslagen, gegevens, verantwoordelijkheid en datalekken, rechten, zorgvuldigheid.',
      },
    ];
  const onderwerpen = ENUM_LABELS.ConvenantOnderwerp;
  const mist = (Object.keys(onderwerpen) as (keyof typeof onderwerpen)[])
    .filter((o) => !k.convenantOnderwerpen.includes(o))
    .map((o) => `‘${onderwerpen[o]}’`);
  return when(mist.length > 0, `Convenant of privacyprotocol beschrijft niet: ${opsomming(mist)}.`);
}

/** R31, H §4.2, §4.3: phases with a weighing, destruction when a casus does not belong, fase 4 terugval. */
function checkFasering(k: Knooppunt) {
  return [
    ...when(
      k.faseringVastgelegd !== true,
      'Niet vastgelegd dat het werkproces in fasen verloopt, met bij elke overgang een afweging welke gegevens mee mogen.',
    ),
    ...when(
      k.vernietigingBijNietPassend !== true,
      'Niet vastgelegd dat gegevens van een casus die hier niet thuishoort, worden vernietigd of geanonimiseerd.',
    ),
    ...when(
      k.functie === 'OVERLEGTAFEL' && k.terugvalEnVerlenging === null,
      'Geen afspraken over terugval na afsluiten en over het verlengen van de bewaartermijn.',
    ),
  ];
}

/** R32, H §4.1 (7) "periodiek toetsen … privacy-audit", §4.2 "Reflecteren en leren". */
function checkEvaluatie(k: Knooppunt, ctx: Context) {
  const gepland = (datum: string | null, wat: string) =>
    datum === null
      ? [{ melding: `Er is geen ${wat} gepland.` }]
      : when(
          datum < ctx.vandaag,
          `De ${wat} was gepland op ${datumInWoorden(datum)}; leg de volgende vast.`,
        );
  return [
    ...gepland(k.evaluatieGepland, 'evaluatie van samenwerking en gegevensverwerking'),
    ...gepland(k.privacyAuditGepland, 'privacy-audit'),
  ];
}

/** R33, H §5.1: the extra risks of a statutory meldpunt and of a local team exploring signals of HG. */
function checkTypeRisicos(k: Knooppunt) {
  if (k.typeRisicoAfspraken === true) return [];
  if (k.functie === 'MELDPUNT' && k.wettelijkeBasis === 'WETTELIJK_GEREGELD')
    return [
      {
        melding:
          'Dit meldpunt heeft een eigen wettelijke regeling: leg in de werkafspraken vast hoe de geheimhoudingsregels van die wet worden nageleefd.',
      },
    ];
  return when(
    k.functie === 'OVERLEGTAFEL' &&
      k.schaal === 'LOKAAL' &&
      k.signalen.includes('HUISELIJK_GEWELD_OF_KINDERMISHANDELING'),
    'Hier worden signalen van huiselijk geweld verkend. Leg vast hoe wordt voorkomen dat mensen onterecht als dader te boek komen te staan.',
  );
}

/** R34, H §5.2 vuistregel 7: the casusoverleg is confidential. */
function checkGeheimhouding(k: Knooppunt, ctx: Context) {
  if (k.functie !== 'OVERLEGTAFEL' || k.geheimhoudingsverklaring === true) return [];
  const toehoorders = deelnamesVan(k, ctx).filter(
    ({ d }) => d.rol === 'ADVISEUR' || d.rol === 'INFORMANT',
  );
  return [
    {
      melding:
        toehoorders.length > 0
          ? `Niet vastgelegd dat deelnemers een geheimhoudingsverklaring tekenen, en dat adviseurs en informanten (${opsomming(toehoorders.map(({ d, o }) => naam(o, d)))}) geen informatie meenemen uit het overleg.`
          : 'Niet vastgelegd dat deelnemers een geheimhoudingsverklaring tekenen en geen informatie meenemen uit het overleg.',
    },
  ];
}

/**
 * R35, H §2.1: "Het doel van de samenwerking is nóóit eenzijdig handhaving, opsporing of
 * vervolging". The partners of care and the social domain, by kind of organisation.
 */
const ZORG_EN_SOCIAAL_DOMEIN: OrganisatieType[] = [
  'GEMEENTE',
  'WIJKTEAM',
  'GGZ',
  'VERSLAVINGSZORG',
  'GGD',
  'HUISARTS',
  'LVB_ZORG',
  'MAATSCHAPPELIJKE_OPVANG',
  'SCHULDHULPVERLENING',
  'JONGERENWERK',
  'VEILIG_THUIS',
  'GECERTIFICEERDE_INSTELLING',
  'RAAD_VOOR_DE_KINDERBESCHERMING',
];

function checkNietAlleenHandhaving(k: Knooppunt, ctx: Context) {
  const partijen = deelnamesVan(k, ctx);
  return when(
    k.functie === 'OVERLEGTAFEL' &&
      partijen.length > 0 &&
      !partijen.some(({ o }) => o && ZORG_EN_SOCIAAL_DOMEIN.includes(o.type)),
    'Aan deze tafel neemt geen partij uit de zorg of het sociaal domein deel. Samenwerking is nooit alleen handhaving, opsporing of vervolging.',
  );
}

/**
 * R36, H §3.7 stap 4e and §5.1: provisions beyond beroepsgeheim — Veilig Thuis's and the Raad's
 * own rules on receiving and keeping data, and the Wvggz's at its meldpunt.
 */
function checkBijzondereBepalingen(k: Knooppunt, ctx: Context) {
  const wvggz = k.wetten.some((w) => w.wetId === 'wvggz');
  return perDeelname(k, ctx, (d, o) =>
    d.geheimhoudingOfVerstrekking === null &&
    (wvggz || o?.type === 'VEILIG_THUIS' || o?.type === 'RAAD_VOOR_DE_KINDERBESCHERMING')
      ? `${naam(o, d)}: niet vastgelegd welke regels over geheimhouding of verstrekking gelden naast het beroepsgeheim${wvggz ? ' (hier geldt de Wvggz)' : ''}.`
      : null,
  );
}

/** R37, H §2.5 typering 1 and Bijlage 1: a meldpunt routes, a groepsaanpak is an overlegtafel. */
function checkFunctieEnWerkproces(k: Knooppunt) {
  return k.functie === 'MELDPUNT'
    ? when(
        k.werkproces === 'GROEPSAANPAK',
        'Een meldpunt is geen groepsaanpak. Een groepsaanpak is een overlegtafel met vaste deelnemers (Bijlage 1.3).',
      )
    : when(
        k.werkproces === 'MELDPUNT',
        'Een overlegtafel werkt niet met het werkproces van een meldpunt (Bijlage 1.1). Kies het werkproces van de tafel, of beschrijf het knooppunt als meldpunt.',
      );
}

/** R12/R13 for the overdrachten leaving the knooppunt, from the shared overdracht checks. */
function overdrachtFindings(k: Knooppunt, ctx: Context, regel: 'R12' | 'R13') {
  return (ctx.index.overdrachtenUit.get(k.id) ?? []).flatMap((o) =>
    checkOverdracht(ctx.index, o)
      .filter((b) => b.regel.startsWith(`${regel}.`))
      .map((b) => ({ melding: b.melding, regel: b.regel, overdrachtId: o.id })),
  );
}

export function checkKnooppunt(index: RegistryIndex, k: Knooppunt, vandaag: string): Finding[] {
  const ctx = { index, vandaag };
  return RULES.flatMap((rule) =>
    rule.check(k, ctx).map((f) => ({
      organisatieId: null,
      deelnameId: null,
      overdrachtId: null,
      ...f,
      regel: f.regel ?? rule.id,
      ernst: f.ernst ?? rule.ernst,
      bron: rule.bron,
      knooppuntId: k.id,
    })),
  );
}

export interface Verantwoording {
  bevindingen: Finding[];
  perRegel: { regel: Rule; aantal: number }[];
  perKnooppunt: { knooppunt: Knooppunt; aantal: number; fouten: number }[];
  perOrganisatie: { organisatie: Organisatie; aantal: number }[];
}

/**
 * The regional summary: all findings of the given knooppunten, counted per rule, knooppunt and
 * organisatie. `bevindingenVan` lets a caller reuse each knooppunt's findings where nothing they
 * depend on changed (registry-service.ts); they must equal checkKnooppunt's.
 */
export function verantwoording(
  index: RegistryIndex,
  knooppunten: readonly Knooppunt[],
  vandaag: string,
  bevindingenVan: (k: Knooppunt) => readonly Finding[] = (k) => checkKnooppunt(index, k, vandaag),
): Verantwoording {
  const bevindingen = knooppunten.flatMap(bevindingenVan);
  const tel = <K>(keys: K[]) =>
    keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());
  const perRegel = tel(bevindingen.map((f) => f.regel.split('.')[0]!));
  const perKnooppunt = tel(bevindingen.map((f) => f.knooppuntId));
  const fouten = tel(bevindingen.filter((f) => f.ernst === 'FOUT').map((f) => f.knooppuntId));
  const perOrganisatie = tel(
    bevindingen.flatMap((f) => (f.organisatieId ? [f.organisatieId] : [])),
  );
  return {
    bevindingen,
    perRegel: RULES.map((regel) => ({ regel, aantal: perRegel.get(regel.id) ?? 0 })),
    perKnooppunt: knooppunten
      .map((knooppunt) => ({
        knooppunt,
        aantal: perKnooppunt.get(knooppunt.id) ?? 0,
        fouten: fouten.get(knooppunt.id) ?? 0,
      }))
      .sort((a, b) => b.fouten - a.fouten || b.aantal - a.aantal),
    perOrganisatie: [...perOrganisatie]
      .map(([id, aantal]) => ({ organisatie: index.organisaties.get(id)!, aantal }))
      .filter((o) => o.organisatie !== undefined)
      .sort((a, b) => b.aantal - a.aantal),
  };
}
