// SPDX-License-Identifier: EUPL-1.2
// The GraphQL operations of the audit trail page; their result types are generated (`npm run codegen`).
import { graphql } from '../../shared/gql/gql.ts';

/** Who is signed in, and the knooppunten to search by (per region, by name). */
export const AUDIT_START = graphql(/* GraphQL */ `
  query AuditStart {
    ik {
      rol
    }
    regios {
      id
      naam
      knooppunten {
        id
        naam
      }
    }
  }
`);

/** One page of the matching records, newest first. */
export const AUDIT_ZOEK = graphql(/* GraphQL */ `
  query AuditZoek($filter: AuditFilter, $voor: Int, $eerste: Int) {
    auditLog(filter: $filter, nieuwsteEerst: true, voor: $voor, eerste: $eerste) {
      totaal
      volgende
      records {
        volgnummer
        tijd
        actie
        resultaat
        door
        herkomst
        inWoorden
        hash
        wijzigingen {
          onderwerp
          inWoorden {
            zin
          }
        }
      }
    }
  }
`);

export const AUDIT_CONTROLE = graphql(/* GraphQL */ `
  query AuditControle($anker: AuditAnkerInput) {
    auditIntegriteit(anker: $anker) {
      intact
      aantal
      volgnummer
      reden
    }
  }
`);

export const AUDIT_ANKER = graphql(/* GraphQL */ `
  query AuditAnker {
    auditAnker {
      volgnummer
      hash
      tijd
      handtekening
    }
  }
`);
