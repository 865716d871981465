// SPDX-License-Identifier: EUPL-1.2
// The route card's one operation: the routes out of a knooppunt, with its region for the title.
import { graphql } from '../../shared/gql/gql.ts';

export const ROUTEKAART_ROUTES = graphql(/* GraphQL */ `
  query RoutekaartRoutes($id: ID!, $maxStappen: Int!) {
    routes(knooppuntId: $id, richting: UIT, maxStappen: $maxStappen) {
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
