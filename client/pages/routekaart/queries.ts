// SPDX-License-Identifier: EUPL-1.2
// The route card's one operation: every route out of a knooppunt, with its region for the title.
import { graphql } from '../../shared/gql/gql.ts';

export const ROUTEKAART_ROUTES = graphql(/* GraphQL */ `
  query RoutekaartRoutes($id: ID!) {
    routes(knooppuntId: $id, richting: UIT, maxStappen: 3) {
      ...RoutesLijst
      knooppunt {
        regio {
          id
          naam
        }
      }
    }
  }
`);
