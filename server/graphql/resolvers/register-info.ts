// SPDX-License-Identifier: EUPL-1.2
// About this installation: the regional beheerder's contact address and the version.
import type { QueryResolvers } from '../generated/resolvers.ts';

export const registerInfoQuery: QueryResolvers = {
  registerInfo: (_, __, ctx) => ctx.registerInfo,
};
