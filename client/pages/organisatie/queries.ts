// SPDX-License-Identifier: EUPL-1.2
// The organisation view's operations: what the choosers offer, and one organisation's (or one
// kind's) tables, the tables that may ask it, and the findings about its participations.
import { graphql } from '../../shared/gql/gql.ts';

export const ORGANISATIE_KEUZES = graphql(/* GraphQL */ `
  query OrganisatieKeuzes {
    regios {
      id
      naam
      soort
      aantalKnooppunten
    }
    organisaties {
      id
      naam
      type
    }
  }
`);

export const ORGANISATIE_OVERZICHT = graphql(/* GraphQL */ `
  query OrganisatieOverzicht($id: ID, $type: OrganisatieType, $regio: ID) {
    organisatieOverzicht(organisatieId: $id, type: $type, regioId: $regio) {
      organisaties {
        id
        naam
        type
      }
      betrokken {
        organisatie {
          id
          naam
        }
        beroepsgeheim
        knooppunt {
          ...OrganisatieTafel
        }
        deelname {
          id
          rol
          taak
          grondslag
          bijzondereGegevens
          strafrechtelijkeGegevens
          bsn
          wetten {
            wet {
              afkorting
            }
            artikel
          }
        }
      }
      mogelijk {
        redenen
        knooppunt {
          ...OrganisatieTafel
        }
      }
      bevindingen {
        regel
        ernst
        melding
        bron
        knooppunt {
          id
          naam
        }
      }
    }
  }

  fragment OrganisatieTafel on Knooppunt {
    id
    naam
    functie
    wettelijkeBasis
    doel
    aanmeldcriteria
    regio {
      id
    }
    themas {
      id
      naam
    }
    werkgebied {
      id
      naam
    }
    convenant {
      status
    }
    dpia {
      status
    }
    deelnames {
      id
    }
  }
`);
