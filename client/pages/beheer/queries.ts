// SPDX-License-Identifier: EUPL-1.2
// The GraphQL operations of the beheer page; their result types are generated (`npm run codegen`).
import { graphql } from '../../shared/gql/gql.ts';

/** Who is signed in, and per region which knooppunten that person may verify (what they maintain). */
export const BEHEER_START = graphql(/* GraphQL */ `
  query BeheerStart {
    ik {
      naam
      rol
      organisaties {
        id
        naam
      }
    }
    organisaties {
      id
      naam
    }
    regios {
      id
      naam
      knooppunten {
        id
        rechten {
          verifieren
        }
      }
    }
  }
`);

/** How verification stands in a region: all its knooppunten (also those of another region working here), and the queue. */
export const BEHEER_WACHTRIJ = graphql(/* GraphQL */ `
  query BeheerWachtrij($regio: ID!) {
    verificatieStand(regioId: $regio) {
      totaal
      elders
      wachtrij {
        ...BeheerTaak
      }
    }
  }
  fragment BeheerTaak on VerificatieTaak {
    status
    verlooptOp
    knooppunt {
      id
      naam
      geverifieerdOp
      geverifieerdDoor
      regio {
        id
        naam
      }
      rechten {
        verifieren
      }
    }
  }
`);

/** What an organisation must verify: its reminder list (H §2.6 stap 3, RULES R20). */
export const BEHEER_HERINNERINGEN = graphql(/* GraphQL */ `
  query BeheerHerinneringen($organisatie: ID!) {
    verificatieHerinneringen(organisatieId: $organisatie) {
      ...BeheerTaak
    }
  }
`);

export const BEHEER_ACCOUNTS = graphql(/* GraphQL */ `
  query BeheerAccounts {
    accounts {
      id
      gebruikersnaam
      naam
      rol
      organisaties {
        id
        naam
      }
      actief
      aanmelding
      versie
    }
    organisaties {
      id
      naam
    }
    accountRegels {
      organisatieAccount
      gebruikersnaamIsEmail
    }
  }
`);

export const BEHEER_ACCOUNT_MAKEN = graphql(/* GraphQL */ `
  mutation BeheerAccountMaken($input: AccountInput!) {
    createAccount(input: $input) {
      id
    }
  }
`);

export const BEHEER_ACCOUNT_WIJZIGEN = graphql(/* GraphQL */ `
  mutation BeheerAccountWijzigen($id: ID!, $versie: Int!, $input: AccountInput!) {
    updateAccount(id: $id, versie: $versie, input: $input) {
      id
    }
  }
`);
