// SPDX-License-Identifier: EUPL-1.2
// Every rule of shared/RULES.md as a pure check with a stable id, a severity, a message that names
// what is missing, and the section of the handreiking (H) it comes from. A finding points at the
// knooppunt, and where it concerns one, at the deelname (and organisatie) or overdracht.
import { datumInWoorden } from './kalender.ts';
import { vastgesteldOp } from './validity.ts';
import { verificatieGrens } from './verification.ts';
import type { Bevinding, Ernst } from './findings.ts';
import type { Deelname, Grondslag, Knooppunt, Organisatie, OrganisatieType } from './model.ts';
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
  Partial<Pick<Finding, 'organisatieId' | 'deelnameId' | 'overdrachtId' | 'regel'>>)[];

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

/** R05: which grondslagen fit which kind of party (H §3.1 (3), §3.3). Types not listed are not checked. */
const PASSENDE_GRONDSLAG: Partial<Record<OrganisatieType, Grondslag[]>> = {
  POLITIE: ['WPG'],
  OPENBAAR_MINISTERIE: ['WJSG'],
  RECLASSERING: ['WJSG', 'AVG_6_1_E_PUBLIEKE_TAAK'],
  PENITENTIAIRE_INRICHTING: ['WJSG', 'AVG_6_1_E_PUBLIEKE_TAAK'],
  GEMEENTE: ['AVG_6_1_E_PUBLIEKE_TAAK', 'AVG_6_1_C_WETTELIJKE_VERPLICHTING'],
  BURGEMEESTER: ['AVG_6_1_E_PUBLIEKE_TAAK', 'AVG_6_1_C_WETTELIJKE_VERPLICHTING'],
  VEILIG_THUIS: ['AVG_6_1_E_PUBLIEKE_TAAK', 'AVG_6_1_C_WETTELIJKE_VERPLICHTING'],
  RAAD_VOOR_DE_KINDERBESCHERMING: ['AVG_6_1_E_PUBLIEKE_TAAK', 'AVG_6_1_C_WETTELIJKE_VERPLICHTING'],
  GECERTIFICEERDE_INSTELLING: ['AVG_6_1_E_PUBLIEKE_TAAK', 'AVG_6_1_C_WETTELIJKE_VERPLICHTING'],
  GGD: ['AVG_6_1_E_PUBLIEKE_TAAK', 'AVG_6_1_C_WETTELIJKE_VERPLICHTING'],
  ZORG_EN_VEILIGHEIDSHUIS: ['AVG_6_1_E_PUBLIEKE_TAAK'],
  SCHULDHULPVERLENING: ['AVG_6_1_E_PUBLIEKE_TAAK', 'AVG_6_1_C_WETTELIJKE_VERPLICHTING'],
  WIJKTEAM: ['AVG_6_1_E_PUBLIEKE_TAAK', 'AVG_6_1_C_WETTELIJKE_VERPLICHTING'],
  GGZ: ['AVG_6_1_B_OVEREENKOMST', 'AVG_6_1_C_WETTELIJKE_VERPLICHTING'],
  VERSLAVINGSZORG: ['AVG_6_1_B_OVEREENKOMST', 'AVG_6_1_C_WETTELIJKE_VERPLICHTING'],
  HUISARTS: ['AVG_6_1_B_OVEREENKOMST', 'AVG_6_1_C_WETTELIJKE_VERPLICHTING'],
  LVB_ZORG: ['AVG_6_1_B_OVEREENKOMST', 'AVG_6_1_C_WETTELIJKE_VERPLICHTING'],
};

/** R11: parties without an explicit task in the domain (H §3.3 "Partijen zonder expliciete taak"). */
const ZONDER_EXPLICIETE_TAAK: OrganisatieType[] = [
  'WONINGCORPORATIE',
  'ONDERWIJS',
  'JONGERENWERK',
  'OVERIG',
];

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
    bron: 'H §3.7 stap 2, §4.1',
    titel: 'Iedere partij noemt haar (wettelijke) taak op artikelniveau',
    check: (k, ctx) =>
      perDeelname(k, ctx, (d, o) =>
        d.taak === null
          ? `${naam(o, d)} neemt deel zonder vastgelegde taak. Geen taak is geen deelname.`
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
        const passend = o ? PASSENDE_GRONDSLAG[o.type] : undefined;
        return passend && d.grondslag !== 'AVG_6_1_A_TOESTEMMING' && !passend.includes(d.grondslag)
          ? `${naam(o, d)}: grondslag ${d.grondslag} past niet bij dit soort partij (verwacht: ${passend.join(' of ')}).`
          : null;
      }),
  },
  {
    id: 'R06',
    ernst: 'FOUT',
    bron: 'H §3.8 voetnoot 15 (art. 20 WPG)',
    titel: 'Met politie aan tafel is er een convenant',
    check: (k, ctx) =>
      when(
        deelnamesVan(k, ctx).some(({ o }) => o?.type === 'POLITIE') &&
          !vastgesteldOp(k.convenant, ctx.vandaag),
        k.convenant.status === 'VASTGESTELD'
          ? `De politie neemt deel, maar het samenwerkingsconvenant liep af op ${k.convenant.geldigTot ? datumInWoorden(k.convenant.geldigTot) : '?'}; art. 20 WPG vraagt een convenant dat geldt.`
          : `De politie neemt deel, maar er is geen vastgesteld samenwerkingsconvenant (status: ${DOCUMENT[k.convenant.status]}); art. 20 WPG vraagt dat.`,
      ),
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
      perDeelname(k, ctx, (d, o) =>
        d.beroepsgeheim && d.beroepsgeheimRegeling === null
          ? `${naam(o, d)} heeft een beroepsgeheim; niet vastgelegd hoe zij hier deelt (toestemming, conflict van plichten of wettelijk meldrecht).`
          : null,
      ),
  },
  {
    id: 'R11',
    ernst: 'WAARSCHUWING',
    bron: 'H §3.3 "Partijen zonder expliciete taak"',
    titel: 'Partijen zonder expliciete taak noemen doel en taak',
    check: (k, ctx) =>
      perDeelname(k, ctx, (d, o) =>
        o && ZONDER_EXPLICIETE_TAAK.includes(o.type) && (d.taak === null || d.noodzaak === null)
          ? `${naam(o, d)} heeft geen expliciete taak in dit domein: noem het specifieke doel en de taak die deelname mogelijk maakt; zonder dat is geen uitwisseling mogelijk.`
          : null,
      ),
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
    titel: 'Een bewaartermijn is vastgelegd en onderbouwd',
    check: (k) =>
      k.bewaartermijn === null
        ? [{ melding: 'Er is geen bewaartermijn vastgelegd.' }]
        : when(k.bewaartermijnOnderbouwing === null, 'De bewaartermijn is niet onderbouwd.'),
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
        : when(
            inn.length === 0,
            'Geen enkele route leidt naar deze tafel: niet vastgelegd hoe casussen hier terechtkomen.',
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
        'Aan een signaleringstafel worden vermoedens gedeeld, geen feiten: extra zorgvuldigheid bij wat wordt gedeeld en vastgelegd.',
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
];

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
      ernst: rule.ernst,
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

/** The regional summary: all findings of the given knooppunten, counted per rule, knooppunt and organisatie. */
export function verantwoording(
  index: RegistryIndex,
  knooppunten: readonly Knooppunt[],
  vandaag: string,
): Verantwoording {
  const bevindingen = knooppunten.flatMap((k) => checkKnooppunt(index, k, vandaag));
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
