// SPDX-License-Identifier: EUPL-1.2
// Every error a client can see, with its stable extensions.code, made in one place. Domain and
// store errors are mapped here; anything else is masked and logged without the request.
import { GraphQLError } from 'graphql';
import {
  AuditCheckError,
  ConflictError,
  ForbiddenError,
  ImportChangedError,
  InUseError,
  NotFoundError,
  StoreBusyError,
  TooManyError,
  UnauthenticatedError,
  ValidationError,
} from './domain/errors.ts';
import type { Logger } from './log.ts';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export function clientError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const unauthenticated = (): GraphQLError =>
  clientError('UNAUTHENTICATED', 'Meld u aan om het register te lezen.');

/** Maps a known domain or store error to a client error; undefined for anything unexpected. */
export function fromDomainError(error: unknown): GraphQLError | undefined {
  // The message is for people (the issues' sentences); `fields` says where each one belongs.
  if (error instanceof ValidationError)
    return clientError('BAD_USER_INPUT', error.message, { fields: error.issues });
  if (error instanceof NotFoundError) {
    const fields = error.field
      ? { fields: [{ field: error.field, message: `${error.kind} bestaat niet (meer)` }] }
      : {};
    return clientError('NOT_FOUND', error.message, { kind: error.kind, id: error.id, ...fields });
  }
  if (error instanceof ConflictError) {
    return clientError('CONFLICT', error.message, {
      kind: error.kind,
      id: error.id,
      huidigeVersie: error.actual,
    });
  }
  if (
    error instanceof InUseError ||
    error instanceof ImportChangedError ||
    error instanceof AuditCheckError
  )
    return clientError('CONFLICT', error.message);
  if (error instanceof UnauthenticatedError) return clientError('UNAUTHENTICATED', error.message);
  if (error instanceof ForbiddenError) return clientError('FORBIDDEN', error.message);
  if (error instanceof TooManyError) return clientError('TOO_MANY_REQUESTS', error.message);
  // Yoga answers with the status of `extensions.http` (and leaves it out of the body).
  if (error instanceof StoreBusyError)
    return clientError('SERVICE_UNAVAILABLE', error.message, {
      http: { status: 503, headers: { 'Retry-After': '2' } },
    });
  return undefined;
}

/**
 * graphql ships as both CommonJS and ESM, and libraries load either, so a GraphQLError may come
 * from another copy of the class: recognise it by name, not by instanceof.
 */
const isGraphQLError = (e: unknown): e is GraphQLError =>
  e instanceof Error && e.name === 'GraphQLError';

/** Yoga's maskError: known errors keep their code, the rest become INTERNAL_SERVER_ERROR. */
export function maskError(logger: Logger) {
  return (error: unknown, message: string): Error => {
    const located = isGraphQLError(error) ? error : undefined;
    const original: unknown = located ? located.originalError : error;
    // Parse and validation errors, and client errors thrown on purpose, pass as they are.
    if (located && (original == null || isGraphQLError(original))) return located;
    const mapped = fromDomainError(original);
    if (mapped)
      return new GraphQLError(mapped.message, {
        nodes: located?.nodes,
        path: located?.path,
        extensions: mapped.extensions,
      });
    // Log what went wrong, never the request: its body and variables may hold personal data.
    const err =
      original instanceof Error
        ? { name: original.name, message: original.message, stack: original.stack }
        : String(original);
    logger.error({ err }, 'onverwachte fout');
    return clientError('INTERNAL_SERVER_ERROR', message);
  };
}
