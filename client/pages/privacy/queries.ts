// SPDX-License-Identifier: EUPL-1.2
// The privacy page's operations. PRIVACYVERKLARING and TRANSPARANTIE are public (server/graphql/
// openbaar.ts); DOCUMENT needs the registry's reading rights.
import { graphql } from '../../shared/gql/gql.ts';

export const TRANSPARANTIE = graphql(/* GraphQL */ `
  query Transparantie {
    transparantie {
      regioId
      naam
      knooppunten {
        knooppuntId
        naam
        functie
      }
    }
  }
`);

graphql(/* GraphQL */ `
  fragment PrivacyDocumentVelden on PrivacyDocument {
    soort
    titel
    onderwerp
    bronnen {
      knooppuntId
      naam
      versie
      gewijzigdOp
    }
    secties {
      kop
      bron
      inleiding
      velden {
        label
        waarde
      }
    }
  }
`);

export const PRIVACYVERKLARING = graphql(/* GraphQL */ `
  query Privacyverklaring($knooppuntId: ID!) {
    privacyverklaring(knooppuntId: $knooppuntId) {
      ...PrivacyDocumentVelden
    }
  }
`);

export const DPIA_SCAN = graphql(/* GraphQL */ `
  query DpiaScan($knooppuntId: ID!) {
    privacyDocument(knooppuntId: $knooppuntId, soort: DPIA_SCAN) {
      ...PrivacyDocumentVelden
    }
    knooppunt(id: $knooppuntId) {
      deelnames {
        organisatie {
          id
          naam
        }
      }
    }
  }
`);
