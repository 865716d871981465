// SPDX-License-Identifier: EUPL-1.2
// The GraphQL operations of the beheer page; their result types are generated (`npm run codegen`).
import { graphql } from '../../shared/gql/gql.ts';

/** Who is signed in, and per region which knooppunten that person may verify (what they maintain). */
export const BEHEER_START = graphql(/* GraphQL */ `
  query BeheerStart {
    ik {
      naam
      rol
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

export const BEHEER_WACHTRIJ = graphql(/* GraphQL */ `
  query BeheerWachtrij($regio: ID) {
    verificatieWachtrij(regioId: $regio) {
      status
      knooppunt {
        id
        naam
        geverifieerdOp
        geverifieerdDoor
        rechten {
          verifieren
        }
      }
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
      versie
    }
    organisaties {
      id
      naam
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
