// SPDX-License-Identifier: EUPL-1.2
// A known domain or store error as the answer of a REST route (import, export, documents), in
// the GraphQL error shape and with the HTTP status its code stands for; anything else is thrown.
import type { Response } from 'express';
import { TooLargeError } from '../domain/errors.ts';
import { fromDomainError } from '../errors.ts';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

export function stuurFout(res: Response, error: unknown): void {
  const mapped = fromDomainError(error);
  if (!mapped) throw error;
  const code = String(mapped.extensions['code']);
  res
    .status(error instanceof TooLargeError ? 413 : (STATUS[code] ?? 400))
    .json({ errors: [{ message: mapped.message, extensions: mapped.extensions }] });
}
