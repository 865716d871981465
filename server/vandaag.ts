// SPDX-License-Identifier: EUPL-1.2
// Today's date in the Netherlands (YYYY-MM-DD): validity in time, the age of a verification (R20),
// and the answer cache's key. The clock is read here, never in the domain.
import { nederlandseDag } from './domain/kalender.ts';

export const vandaag = (): string => nederlandseDag(new Date());
