// SPDX-License-Identifier: EUPL-1.2
// The map page's GraphQL operations; their result types are generated (npm run codegen).
import { graphql } from '../../shared/gql/gql.ts';
import type {
  KaartDetailsQuery,
  KaartGeschiedenisQuery,
  KaartKeuzelijstenQuery,
  KaartRegiogemeentenQuery,
  KaartRegioQuery,
  KaartRoutesQuery,
  KaartZoekQuery,
  KaartZoeklijstQuery,
} from '../../shared/gql/graphql.ts';

/** The regions to choose from (with how many knooppunten their map holds) and the thema's. */
export const KAART_KEUZELIJSTEN = graphql(/* GraphQL */ `
  query KaartKeuzelijsten {
    regios {
      id
      naam
      soort
      aantalKnooppunten
    }
    themas {
      id
      naam
    }
  }
`);

/** Every region with its count and gemeenten: the national map draws a region as their union. */
export const KAART_REGIOGEMEENTEN = graphql(/* GraphQL */ `
  query KaartRegiogemeenten {
    regios {
      id
      naam
      soort
      aantalKnooppunten
      gemeenten {
        id
      }
    }
  }
`);

export const KAART_GEMEENTEN = graphql(/* GraphQL */ `
  query KaartGemeenten($regioId: ID) {
    gemeenten(regioId: $regioId) {
      id
      naam
    }
  }
`);

/** A region's map: what the canvas draws, the list view shows and the CSV export holds. */
export const KAART_REGIO = graphql(/* GraphQL */ `
  query KaartRegio(
    $regioId: ID!
    $indeling: Indeling
    $metOrganisaties: Boolean
    $peildatum: String
    $ookBeeindigd: Boolean
  ) {
    kaart(
      regioId: $regioId
      indeling: $indeling
      metOrganisaties: $metOrganisaties
      peildatum: $peildatum
      ookBeeindigd: $ookBeeindigd
    ) {
      regio {
        id
        naam
      }
      knooppunten {
        id
        naam
        functie
        werkproces
        wettelijkeBasis
        samenstelling
        doelgroep
        geverifieerdDoor
        geverifieerdOp
        verificatie {
          namens {
            naam
          }
          geraadpleegd {
            organisatie {
              naam
            }
          }
        }
        verificatieStatus
        geldigVanaf
        geldigTot
        actueel
        themas {
          id
          naam
        }
        werkgebied {
          id
          naam
        }
        belegdBij {
          id
          naam
        }
      }
      overdrachten {
        id
        soort
        aanmeldingDoor
        aanmelder {
          naam
        }
        informatie
        warm
        van {
          id
          naam
        }
        naar {
          id
          naam
        }
      }
      organisaties {
        id
        naam
        type
      }
      deelnames {
        id
        rol
        organisatie {
          id
        }
        knooppunt {
          id
        }
      }
      posities {
        soort
        id
        x
        y
      }
    }
  }
`);

/**
 * Which knooppunten match the filters (the server decides, the map only shows or hides), and per
 * filter option how many it would leave: one request for the whole filter form.
 */
export const KAART_ZOEK = graphql(/* GraphQL */ `
  query KaartZoek($filter: KnooppuntFilter!) {
    knooppunten(filter: $filter, eerste: 0) {
      totaal
      ids
    }
    knooppuntFacetten(filter: $filter) {
      functie {
        ...KaartFacet
      }
      werkproces {
        ...KaartFacet
      }
      wettelijkeBasis {
        ...KaartFacet
      }
      samenstelling {
        ...KaartFacet
      }
      themaIds {
        ...KaartFacet
      }
      organisatieIds {
        ...KaartFacet
      }
      gemeenteIds {
        ...KaartFacet
      }
    }
  }
  fragment KaartFacet on FacetWaarde {
    waarde
    aantal
  }
`);

/** The search list as a person types: the best matches in the region, and where each matched. */
export const KAART_ZOEKLIJST = graphql(/* GraphQL */ `
  query KaartZoeklijst(
    $regioId: ID!
    $tekst: String!
    $peildatum: String
    $ookBeeindigd: Boolean
  ) {
    zoekKnooppunten(
      regioId: $regioId
      tekst: $tekst
      eerste: 8
      peildatum: $peildatum
      ookBeeindigd: $ookBeeindigd
    ) {
      knooppunt {
        id
        naam
      }
      gevondenIn
      via
    }
  }
`);

/** Everything the side panel shows about one knooppunt, and what the signed-in user may do. */
export const KAART_DETAILS = graphql(/* GraphQL */ `
  query KaartDetails($id: ID!) {
    knooppunt(id: $id) {
      id
      naam
      functie
      werkproces
      wettelijkeBasis
      wettelijkeBasisToelichting
      samenstelling
      maatschappelijkeOpgave
      doel
      doelgroep
      leeftijdMin
      leeftijdMax
      aanmeldcriteria
      uitsluitingen
      geldigVanaf
      geldigTot
      wetten {
        wet {
          afkorting
        }
        artikel
      }
      taakhouder {
        naam
      }
      themas {
        naam
      }
      werkgebied {
        naam
      }
      belegdBij {
        id
        naam
      }
      verwerkingsverantwoordelijkheid
      verwerkingsverantwoordelijke {
        naam
      }
      gezamenlijkeRegeling
      convenant {
        status
        datum
        geldigTot
      }
      privacyprotocol {
        status
        datum
        geldigTot
      }
      dpia {
        status
        datum
        geldigTot
      }
      bewaartermijn
      bewaartermijnOnderbouwing
      geverifieerdDoor
      geverifieerdOp
      verificatie {
        inWoorden
      }
      verifierenAlsBeheer
      verifierenNamens {
        id
        naam
      }
      versie
      verificatieStatus
      rechten {
        wijzigen
        verifieren
        geschiedenisLezen
      }
      deelnames {
        id
        rol
        taak
        grondslag
        beroepsgeheim
        beroepsgeheimRegeling
        organisatie {
          id
          naam
        }
        wetten {
          wet {
            afkorting
          }
          artikel
        }
      }
      overdrachtenUit {
        id
        soort
        criteria
        aanmeldingDoor
        aanmelder {
          naam
        }
        informatie
        warm
        clientGeinformeerdDoor
        naar {
          id
          naam
        }
      }
      overdrachtenIn {
        id
        soort
        criteria
        aanmeldingDoor
        aanmelder {
          naam
        }
        informatie
        warm
        clientGeinformeerdDoor
        van {
          id
          naam
        }
      }
    }
  }
`);

export const KAART_GESCHIEDENIS = graphql(/* GraphQL */ `
  query KaartGeschiedenis($id: ID!) {
    knooppunt(id: $id) {
      geschiedenis {
        volgnummer
        tijd
        actie
        door
        inWoorden
        wijzigingen {
          soort
          id
          versieNa
          onderwerp
          inWoorden {
            pad
            label
            voor
            na
            toegevoegd
            verwijderd
            zin
          }
        }
      }
    }
  }
`);

export const KAART_VERIFIEER = graphql(/* GraphQL */ `
  mutation KaartVerifieer($id: ID!, $versie: Int!, $verificatie: VerificatieInput!) {
    verifieerKnooppunt(id: $id, versie: $versie, verificatie: $verificatie) {
      versie
    }
  }
`);

export const KAART_HERSTEL = graphql(/* GraphQL */ `
  mutation KaartHerstel($id: ID!, $versie: Int!, $volgnummer: Int!) {
    herstelKnooppunt(id: $id, versie: $versie, volgnummer: $volgnummer) {
      versie
    }
  }
`);

/** The routes of the selected knooppunt: as text (RoutesLijst), and to draw in the flow layout. */
export const KAART_ROUTES = graphql(/* GraphQL */ `
  query KaartRoutes(
    $id: ID!
    $richting: RouteRichting
    $maxStappen: Int!
    $filter: RouteFilter
  ) {
    routes(knooppuntId: $id, richting: $richting, maxStappen: $maxStappen, filter: $filter) {
      ...RoutesLijst
      knooppunt {
        ...KaartRouteKnooppunt
      }
      routes {
        stappen {
          van {
            ...KaartRouteKnooppunt
          }
          naar {
            ...KaartRouteKnooppunt
          }
        }
      }
      posities {
        soort
        id
        x
        y
      }
    }
  }
  fragment KaartRouteKnooppunt on Knooppunt {
    id
    naam
    functie
    werkproces
    wettelijkeBasis
    samenstelling
  }
`);

export type Keuzelijsten = KaartKeuzelijstenQuery;
export type Regiogemeenten = KaartRegiogemeentenQuery['regios'];
export type Kaart = KaartRegioQuery['kaart'];
export type KaartKnooppunt = Kaart['knooppunten'][number];
export type KaartOverdracht = Kaart['overdrachten'][number];
export type Details = NonNullable<KaartDetailsQuery['knooppunt']>;
export type GeschiedenisRecord = NonNullable<
  KaartGeschiedenisQuery['knooppunt']
>['geschiedenis'][number];
export type Routes = KaartRoutesQuery['routes'];
export type Facetten = KaartZoekQuery['knooppuntFacetten'];
export type Zoekresultaat = KaartZoeklijstQuery['zoekKnooppunten'][number];
