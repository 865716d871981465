// SPDX-License-Identifier: EUPL-1.2
// The GraphQL operations of the map, with the shapes of their answers.
// Field types come from the server's domain model (type-only: nothing of the server is bundled).
import type { Deelname, Knooppunt, Overdracht } from '../../server/domain/model.ts';
import { gql } from './api.ts';
import { graphql } from './gql/gql.ts';
import type { Indeling } from './view-state.ts';

export interface Keuze {
  id: string;
  naam: string;
}
export interface RegioKeuze extends Keuze {
  soort: string;
  aantalKnooppunten: number;
}

/** What the map needs to draw a knooppunt. */
export type MapKnooppunt = Pick<
  Knooppunt,
  'id' | 'naam' | 'functie' | 'werkproces' | 'wettelijkeBasis' | 'samenstelling'
>;
export type KaartKnooppunt = MapKnooppunt &
  Pick<Knooppunt, 'doelgroep' | 'geverifieerdDoor' | 'geverifieerdOp'> & {
    verificatieStatus: VerificatieStatus;
    themas: Keuze[];
    werkgebied: Keuze[];
    belegdBij: Keuze | null;
  };
export interface KaartOverdracht {
  id: string;
  soort: string;
  van: Keuze;
  naar: Keuze;
}
export interface Kaart {
  regio: Keuze;
  knooppunten: KaartKnooppunt[];
  overdrachten: KaartOverdracht[];
  organisaties: (Keuze & { type: string })[];
  deelnames: { id: string; organisatie: Keuze; knooppunt: Keuze; rol: string }[];
  posities: { soort: 'KNOOPPUNT' | 'ORGANISATIE'; id: string; x: number; y: number }[];
}

export interface Keuzelijsten {
  regios: RegioKeuze[];
  themas: Keuze[];
  organisaties: (Keuze & { type: string })[];
}

export const laadKeuzelijsten = () =>
  gql<Keuzelijsten>(
    `{ regios { id naam soort aantalKnooppunten } themas { id naam } organisaties { id naam type } }`,
  );

export const laadGemeenten = (regioId: string) =>
  gql<{ gemeenten: Keuze[] }>(`query($regioId: ID) { gemeenten(regioId: $regioId) { id naam } }`, {
    regioId,
  }).then((d) => d.gemeenten);

export const laadKaart = (
  regioId: string,
  indeling: Indeling,
  metOrganisaties: boolean,
  moment: { peildatum: string | null; ookBeeindigd: boolean } = {
    peildatum: null,
    ookBeeindigd: false,
  },
) =>
  gql<{ kaart: Kaart }>(
    `query($regioId: ID!, $indeling: Indeling, $metOrganisaties: Boolean, $peildatum: String, $ookBeeindigd: Boolean) {
      kaart(regioId: $regioId, indeling: $indeling, metOrganisaties: $metOrganisaties, peildatum: $peildatum, ookBeeindigd: $ookBeeindigd) {
        regio { id naam }
        knooppunten { id naam functie werkproces wettelijkeBasis samenstelling doelgroep geverifieerdDoor geverifieerdOp verificatieStatus themas { id naam } werkgebied { id naam } belegdBij { id naam } }
        overdrachten { id soort van { id naam } naar { id naam } }
        organisaties { id naam type }
        deelnames { id rol organisatie { id naam } knooppunt { id naam } }
        posities { soort id x y }
      }
    }`,
    { regioId, indeling, metOrganisaties, ...moment },
  ).then((d) => d.kaart);

export const zoekKnooppunten = (filter: Record<string, unknown>) =>
  gql<{ knooppunten: { totaal: number; ids: string[] } }>(
    `query($filter: KnooppuntFilter) { knooppunten(filter: $filter, eerste: 0) { totaal ids } }`,
    { filter },
  ).then((d) => d.knooppunten);

const documentVelden = 'status datum';
export const laadDetails = (id: string) =>
  gql<{ knooppunt: Details | null }>(
    `query($id: ID!) { knooppunt(id: $id) {
      id naam functie werkproces wettelijkeBasis wettelijkeBasisToelichting samenstelling schaal
      maatschappelijkeOpgave doel doelgroep leeftijdMin leeftijdMax aanmeldcriteria signalen
      wetten { wet { afkorting naam } artikel } taakhouder { naam }
      themas { naam } werkgebied { naam } belegdBij { naam }
      verwerkingsverantwoordelijkheid verwerkingsverantwoordelijke { naam } gezamenlijkeRegeling
      convenant { ${documentVelden} } privacyprotocol { ${documentVelden} } dpia { ${documentVelden} }
      bewaartermijn bewaartermijnOnderbouwing geverifieerdDoor geverifieerdOp
      versie verificatieStatus rechten { wijzigen verifieren geschiedenisLezen }
      deelnames { id rol taak grondslag beroepsgeheim beroepsgeheimRegeling organisatie { naam type } wetten { wet { afkorting } artikel } }
      overdrachtenUit { id soort criteria aanmeldingDoor aanmelder { naam } informatie warm clientGeinformeerdDoor naar { id naam } }
      overdrachtenIn { id soort criteria aanmeldingDoor aanmelder { naam } informatie warm clientGeinformeerdDoor van { id naam } }
    } }`,
    { id },
  ).then((d) => d.knooppunt);

type Naam = { naam: string };
type WetVerwijzing = { wet: { afkorting: string; naam?: string }; artikel: string | null };
type Route = Pick<
  Overdracht,
  'id' | 'soort' | 'criteria' | 'aanmeldingDoor' | 'informatie' | 'warm' | 'clientGeinformeerdDoor'
> & { aanmelder: Naam | null };

export type VerificatieStatus =
  'NIET_GEVERIFIEERD' | 'VEROUDERD' | 'GEWIJZIGD_NA_VERIFICATIE' | 'GEVERIFIEERD';

/** A knooppunt as the details panel asks for it: the model's own fields plus its relations. */
export type Details = {
  versie: number;
  verificatieStatus: VerificatieStatus;
  rechten: { wijzigen: boolean; verifieren: boolean; geschiedenisLezen: boolean };
} & Pick<
  Knooppunt,
  | 'id'
  | 'naam'
  | 'functie'
  | 'werkproces'
  | 'wettelijkeBasis'
  | 'wettelijkeBasisToelichting'
  | 'samenstelling'
  | 'schaal'
  | 'maatschappelijkeOpgave'
  | 'doel'
  | 'doelgroep'
  | 'leeftijdMin'
  | 'leeftijdMax'
  | 'aanmeldcriteria'
  | 'signalen'
  | 'verwerkingsverantwoordelijkheid'
  | 'gezamenlijkeRegeling'
  | 'convenant'
  | 'privacyprotocol'
  | 'dpia'
  | 'bewaartermijn'
  | 'bewaartermijnOnderbouwing'
  | 'geverifieerdDoor'
  | 'geverifieerdOp'
> & {
    wetten: WetVerwijzing[];
    taakhouder: Naam | null;
    themas: Naam[];
    werkgebied: Naam[];
    belegdBij: Naam | null;
    verwerkingsverantwoordelijke: Naam | null;
    deelnames: (Pick<
      Deelname,
      'id' | 'rol' | 'taak' | 'grondslag' | 'beroepsgeheim' | 'beroepsgeheimRegeling'
    > & {
      organisatie: Naam & { type: string };
      wetten: WetVerwijzing[];
    })[];
    overdrachtenUit: (Route & { naar: Keuze })[];
    overdrachtenIn: (Route & { van: Keuze })[];
  };

export type RouteRichting = 'UIT' | 'IN';
export type RouteKnooppunt = Pick<
  Knooppunt,
  'id' | 'naam' | 'functie' | 'werkproces' | 'wettelijkeBasis' | 'samenstelling' | 'aanmeldcriteria'
>;
export interface RouteStap {
  van: RouteKnooppunt;
  naar: RouteKnooppunt;
  overdracht: Pick<
    Overdracht,
    'id' | 'soort' | 'criteria' | 'informatie' | 'warm' | 'clientGeinformeerdDoor'
  >;
  aanmeldingDoor: Overdracht['aanmeldingDoor'];
  aanmelder: Naam | null;
  kandidaatAanmelders: Naam[];
  problemen: {
    regel: string;
    ernst: 'FOUT' | 'WAARSCHUWING' | 'AANDACHT';
    melding: string;
    bron: string;
  }[];
}
export interface Routes {
  knooppunt: RouteKnooppunt;
  richting: RouteRichting;
  maxStappen: number;
  afgekapt: boolean;
  routes: { aantalProblemen: number; stappen: RouteStap[] }[];
  bereikbaar: Keuze[];
  posities: Kaart['posities'];
}

const routeKnooppunt = 'id naam functie werkproces wettelijkeBasis samenstelling aanmeldcriteria';
export const laadRoutes = (
  knooppuntId: string,
  richting: RouteRichting,
  maxStappen: number,
  filter: Record<string, unknown>,
) =>
  gql<{ routes: Routes }>(
    `query($id: ID!, $richting: RouteRichting, $max: Int, $filter: RouteFilter) {
      routes(knooppuntId: $id, richting: $richting, maxStappen: $max, filter: $filter) {
        knooppunt { ${routeKnooppunt} } richting maxStappen afgekapt
        bereikbaar { id naam }
        routes { aantalProblemen stappen {
          van { ${routeKnooppunt} } naar { ${routeKnooppunt} }
          overdracht { id soort criteria informatie warm clientGeinformeerdDoor }
          aanmeldingDoor aanmelder { naam } kandidaatAanmelders { naam }
          problemen { regel ernst melding bron }
        } }
        posities { soort id x y }
      }
    }`,
    { id: knooppuntId, richting, max: maxStappen, filter },
  ).then((d) => d.routes);

export interface CasusVraag {
  themaIds: string[];
  leeftijd: { van: number; tot: number | null } | null;
  gemeenteId: string | null;
  signalen: string[];
  betrokkenOrganisatieIds: string[];
  vanKnooppuntId: string | null;
}
export interface CasusMatch {
  knooppunt: Keuze & { functie: string; regio: Keuze; aanmeldcriteria: string | null };
  voorrang: string | null;
  voldaan: string[];
  nietVoldaan: string[];
  inWerkgebied: boolean | null;
  route: { stappen: { van: Keuze; naar: Keuze; overdracht: { soort: string } }[] } | null;
  aanmelders: { organisatie: Keuze; alBetrokken: boolean }[];
}
export interface AcuutAdvies {
  kop: string;
  stappen: { wie: string; nummer: string | null; wanneer: string }[];
  daarna: string;
  bron: string;
}
export interface CasusMatches {
  acuut: AcuutAdvies | null;
  passend: CasusMatch[];
  elders: CasusMatch[];
  verwant: CasusMatch[];
  ongedekteThemas: Keuze[];
  lacune: string | null;
  eigen: string | null;
}

const MATCH_VELDEN = `knooppunt { id naam functie aanmeldcriteria regio { id naam } } voorrang voldaan nietVoldaan inWerkgebied
  route { stappen { van { id naam } naar { id naam } overdracht { soort } } } aanmelders { organisatie { id naam } alBetrokken }`;

/** The casus goes only in the POST body of this one query: never in a URL, never stored. */
export const zoekPassendeTafels = (casus: CasusVraag) =>
  gql<{ casusMatch: CasusMatches }>(
    `query($casus: CasusInput!) { casusMatch(casus: $casus) {
      acuut { kop stappen { wie nummer wanneer } daarna bron }
      passend { ${MATCH_VELDEN} } elders { ${MATCH_VELDEN} } verwant { ${MATCH_VELDEN} }
      ongedekteThemas { id naam } lacune eigen } }`,
    { casus },
  ).then((d) => d.casusMatch);

export type OverzichtKnooppunt = Pick<
  Knooppunt,
  'id' | 'naam' | 'functie' | 'wettelijkeBasis' | 'samenstelling' | 'doel' | 'aanmeldcriteria'
> & {
  regio: Keuze;
  themas: Keuze[];
  werkgebied: Keuze[];
  convenant: { status: string };
  dpia: { status: string };
  deelnames: { id: string }[];
};
export interface OrganisatieOverzicht {
  organisaties: (Keuze & { type: string })[];
  betrokken: {
    organisatie: Keuze;
    knooppunt: OverzichtKnooppunt;
    beroepsgeheim: string | null;
    deelname: Pick<
      Deelname,
      | 'id'
      | 'rol'
      | 'taak'
      | 'grondslag'
      | 'bijzondereGegevens'
      | 'strafrechtelijkeGegevens'
      | 'bsn'
    > & { wetten: WetVerwijzing[] };
  }[];
  mogelijk: { knooppunt: OverzichtKnooppunt; redenen: string[] }[];
  bevindingen: {
    regel: string;
    ernst: 'FOUT' | 'WAARSCHUWING' | 'AANDACHT';
    melding: string;
    bron: string;
    knooppunt: Keuze;
  }[];
}

const OVERZICHT_KNOOPPUNT =
  'id naam functie wettelijkeBasis samenstelling doel aanmeldcriteria regio { id naam } themas { id naam } werkgebied { id naam } convenant { status } dpia { status } deelnames { id }';
export const laadOrganisatieOverzicht = (
  keuze: { organisatieId?: string; type?: string },
  regioId: string | null,
) =>
  gql<{ organisatieOverzicht: OrganisatieOverzicht }>(
    `query($id: ID, $type: OrganisatieType, $regio: ID) { organisatieOverzicht(organisatieId: $id, type: $type, regioId: $regio) {
      organisaties { id naam type }
      betrokken { organisatie { id naam } beroepsgeheim knooppunt { ${OVERZICHT_KNOOPPUNT} }
        deelname { id rol taak grondslag bijzondereGegevens strafrechtelijkeGegevens bsn wetten { wet { afkorting } artikel } } }
      mogelijk { redenen knooppunt { ${OVERZICHT_KNOOPPUNT} } }
      bevindingen { regel ernst melding bron knooppunt { id naam } }
    } }`,
    { id: keuze.organisatieId ?? null, type: keuze.type ?? null, regio: regioId },
  ).then((d) => d.organisatieOverzicht);

export interface BestuurderOverzicht {
  dekking: {
    themas: Keuze[];
    gemeenten: Keuze[];
    cellen: {
      thema: Keuze;
      gemeente: Keuze;
      knooppunten: Keuze[];
      bereikbaarVanuitMeldpunt: boolean;
    }[];
    lacunes: { thema: Keuze; gemeente: Keuze }[];
  };
  overlap: { totaal: number; paren: { a: Keuze; b: Keuze; score: number; redenen: string[] }[] };
  verantwoording: {
    bevindingen: {
      regel: string;
      ernst: 'FOUT' | 'WAARSCHUWING' | 'AANDACHT';
      melding: string;
      bron: string;
      knooppunt: Keuze;
      organisatie: Keuze | null;
    }[];
    perRegel: {
      regel: { id: string; titel: string; ernst: string; bron: string };
      aantal: number;
    }[];
    perKnooppunt: { knooppunt: Keuze; aantal: number; fouten: number }[];
    perOrganisatie: { organisatie: Keuze; aantal: number }[];
  };
}

export const laadBestuurderOverzicht = (
  regioId: string,
  leeftijd: { van: number; tot: number | null } | null,
) =>
  gql<BestuurderOverzicht>(
    `query($regio: ID!, $leeftijd: LeeftijdBand) {
      dekking(regioId: $regio, leeftijd: $leeftijd) { themas { id naam } gemeenten { id naam }
        cellen { thema { id naam } gemeente { id naam } knooppunten { id naam } bereikbaarVanuitMeldpunt }
        lacunes { thema { id naam } gemeente { id naam } } }
      overlap(regioId: $regio) { totaal paren { a { id naam } b { id naam } score redenen } }
      verantwoording(regioId: $regio) {
        bevindingen { regel ernst melding bron knooppunt { id naam } organisatie { id naam } }
        perRegel { regel { id titel ernst bron } aantal }
        perKnooppunt { knooppunt { id naam } aantal fouten }
        perOrganisatie { organisatie { id naam } aantal }
      }
    }`,
    { regio: regioId, leeftijd },
  );

export interface ProbleemKandidaat {
  knooppunt: Keuze;
  score: number;
  alGedekt: string[];
  nodig: string[];
}
export const zoekVoorNieuwProbleem = (
  regioId: string,
  probleem: {
    themaId: string;
    leeftijd: { van: number; tot: number | null } | null;
    gemeenteIds: string[];
  },
) =>
  gql<{ nieuwProbleem: ProbleemKandidaat[] }>(
    `query($regio: ID!, $probleem: NieuwProbleemInput!) { nieuwProbleem(regioId: $regio, probleem: $probleem) { knooppunt { id naam } score alGedekt nodig } }`,
    { regio: regioId, probleem },
  ).then((d) => d.nieuwProbleem);

export interface Ik {
  naam: string;
  rol: 'LEZER' | 'REDACTEUR' | 'BEHEERDER';
}
const IK = graphql(/* GraphQL */ `
  query Ik {
    ik {
      naam
      rol
    }
  }
`);
export const laadIk = () => gql(IK).then((d) => d.ik);

export interface GeschiedenisRecord {
  volgnummer: number;
  tijd: string;
  actie: string;
  door: string | null;
  wijzigingen: {
    soort: string;
    id: string;
    versieNa: number | null;
    velden: { veld: string; voor: string | null; na: string | null }[];
  }[];
}
export const laadGeschiedenis = (id: string) =>
  gql<{ knooppunt: { geschiedenis: GeschiedenisRecord[] } | null }>(
    'query($id: ID!) { knooppunt(id: $id) { geschiedenis { volgnummer tijd actie door wijzigingen { soort id versieNa velden { veld voor na } } } } }',
    { id },
  ).then((d) => d.knooppunt?.geschiedenis ?? []);
export const verifieer = (id: string, versie: number) =>
  gql('mutation($id: ID!, $v: Int!) { verifieerKnooppunt(id: $id, versie: $v) { versie } }', {
    id,
    v: versie,
  });
export const herstel = (id: string, versie: number, volgnummer: number) =>
  gql(
    'mutation($id: ID!, $v: Int!, $n: Int!) { herstelKnooppunt(id: $id, versie: $v, volgnummer: $n) { versie } }',
    { id, v: versie, n: volgnummer },
  );
