// SPDX-License-Identifier: EUPL-1.2
// The casus page's operations. The casus itself goes only into CasusMatch, in the POST body of
// that one request: never in a URL, never stored (the server neither stores nor logs it).
import { graphql } from '../../shared/gql/gql.ts';

/** What the wizard offers everywhere: the regions to choose from and the thema's. */
export const CASUS_KEUZES = graphql(/* GraphQL */ `
  query CasusKeuzes {
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

/**
 * Per region: its gemeenten, and its knooppunten with the organisaties taking part in them (the
 * same knooppunten and organisaties as the region's map, without its layout).
 */
export const CASUS_REGIO = graphql(/* GraphQL */ `
  query CasusRegio($regioId: ID!) {
    gemeenten(regioId: $regioId) {
      id
      naam
    }
    knooppunten(filter: { regioIds: [$regioId] }, eerste: 1000) {
      items {
        id
        naam
        deelnames {
          organisatie {
            id
            naam
          }
        }
      }
    }
  }
`);

export const CASUS_MATCH = graphql(/* GraphQL */ `
  query CasusMatch($casus: CasusInput!, $eerste: Int) {
    casusMatch(casus: $casus, eerste: $eerste) {
      acuut {
        kop
        stappen {
          wie
          nummer
          wanneer
        }
        daarna
        bron
      }
      passend {
        ...CasusMatchVelden
      }
      aantalPassend
      elders {
        ...CasusMatchVelden
      }
      aantalElders
      verwant {
        ...CasusMatchVelden
      }
      aantalVerwant
      ongedekteThemas {
        id
        naam
      }
      lacune
      eigen
    }
  }

  fragment CasusMatchVelden on CasusMatch {
    knooppunt {
      id
      naam
      functie
      aanmeldcriteria
      regio {
        id
        naam
      }
    }
    voorrang
    voldaan
    nietVoldaan
    route {
      stappen {
        van {
          id
          naam
        }
        naar {
          id
          naam
        }
        overdracht {
          soort
        }
      }
    }
    aanmelders {
      organisatie {
        id
        naam
      }
      alBetrokken
    }
  }
`);
