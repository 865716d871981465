// SPDX-License-Identifier: EUPL-1.2
// The bestuurder page's operations (H §2.6): the choosers, a region's coverage, overlap and
// accountability with its key figures, and which existing tables could take on a new problem.
import { graphql } from '../../shared/gql/gql.ts';

export const BESTUURDER_KEUZES = graphql(/* GraphQL */ `
  query BestuurderKeuzes {
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

/** Coverage follows the doelgroep; overlap and accountability cover every knooppunt of the region. */
export const BESTUURDER_OVERZICHT = graphql(/* GraphQL */ `
  query BestuurderOverzicht($regio: ID!, $leeftijd: LeeftijdBand) {
    meldpunten: knooppunten(
      filter: { regioIds: [$regio], functie: [MELDPUNT], leeftijd: $leeftijd }
      eerste: 0
    ) {
      totaal
    }
    tafels: knooppunten(
      filter: { regioIds: [$regio], functie: [OVERLEGTAFEL], leeftijd: $leeftijd }
      eerste: 0
    ) {
      totaal
    }
    dekking(regioId: $regio, leeftijd: $leeftijd) {
      themas {
        id
        naam
      }
      gemeenten {
        id
        naam
      }
      cellen {
        thema {
          id
        }
        gemeente {
          id
        }
        knooppunten {
          id
          naam
        }
        bereikbaarVanuitMeldpunt
      }
      lacunes {
        thema {
          id
          naam
        }
        gemeente {
          id
          naam
        }
      }
    }
    overlap(regioId: $regio) {
      totaal
      groepen {
        soort
        totaal
        paren {
          a {
            id
            naam
          }
          b {
            id
            naam
          }
          score
          redenen
          verschillen
          advies
        }
      }
    }
    verantwoording(regioId: $regio) {
      bevindingen {
        regel
        ernst
        melding
        bron
        knooppunt {
          id
          naam
        }
        organisatie {
          naam
        }
      }
      perRegel {
        regel {
          id
          titel
          ernst
          bron
        }
        aantal
      }
      perKnooppunt {
        knooppunt {
          id
          naam
        }
        aantal
        fouten
      }
      perOrganisatie {
        organisatie {
          id
          naam
        }
        aantal
      }
    }
  }
`);

export const BESTUURDER_NIEUW_PROBLEEM = graphql(/* GraphQL */ `
  query BestuurderNieuwProbleem($regio: ID!, $probleem: NieuwProbleemInput!) {
    nieuwProbleem(regioId: $regio, probleem: $probleem) {
      knooppunt {
        id
        naam
      }
      score
      alGedekt
      nodig
    }
  }
`);
