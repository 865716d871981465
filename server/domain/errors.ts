// SPDX-License-Identifier: EUPL-1.2
// Errors the domain and the stores raise. Pure: the GraphQL layer maps them to extensions.code.
// Their messages are for people: Dutch, naming things as the pages do, never a key or a code.
import { hoofdletter, zin } from './taal.ts';

export interface FieldIssue {
  /** Path of the offending field in the input, e.g. "input.themaIds[2]". */
  field: string;
  /** What is wrong, naming the field by its label: "Naam mag niet leeg zijn". */
  message: string;
}

/** All issues as one text a person reads: each message once, as sentences. */
export const samenvatting = (issues: readonly FieldIssue[]): string =>
  [...new Set(issues.map((i) => zin(i.message)))].join(' ');

/**
 * Input that can never be stored as given (BAD_USER_INPUT). Nothing is written. Its message is
 * the summary of the issues; each issue's message is a sentence of its own.
 */
export class ValidationError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    // A message is a sentence; some (the stores') are written starting in lower case.
    const gewoon = issues.map((i) => ({ field: i.field, message: hoofdletter(i.message) }));
    super(samenvatting(gewoon));
    this.name = 'ValidationError';
    this.issues = gewoon;
  }
  static field(field: string, message: string): ValidationError {
    return new ValidationError([{ field, message }]);
  }
  /** The same issues under another root, e.g. "input.naam" → "entities[3].naam" in a bulk write. */
  withRoot(root: string): ValidationError {
    return new ValidationError(
      this.issues.map((i) => ({
        field: `${root}${i.field.replace(/^(input|id)(?=$|[.[])/, (m) => (m === 'id' ? '.id' : ''))}`,
        message: i.message,
      })),
    );
  }
}

export class NotFoundError extends Error {
  readonly kind: string;
  readonly id: string;
  /** The argument or input field that named the missing object, when there is one. */
  readonly field: string | null;
  constructor(kind: string, id: string, field: string | null = null) {
    super(`${kind} met id "${id}" bestaat niet.`);
    this.name = 'NotFoundError';
    this.kind = kind;
    this.id = id;
    this.field = field;
  }
}

/** Someone else changed the object since the editor loaded it (optimistic concurrency). */
export class ConflictError extends Error {
  readonly kind: string;
  readonly id: string;
  readonly expected: number;
  readonly actual: number;
  constructor(kind: string, id: string, expected: number, actual: number) {
    super(
      `${kind} "${id}" is intussen door iemand anders gewijzigd (u bewerkte versie ${expected}, de huidige versie is ${actual}). Laad de nieuwe versie en breng uw wijziging opnieuw aan.`,
    );
    this.name = 'ConflictError';
    this.kind = kind;
    this.id = id;
    this.expected = expected;
    this.actual = actual;
  }
}

/** The registry changed between an import's preview and its confirmation (CONFLICT). */
export class ImportChangedError extends Error {
  constructor() {
    super(
      'Het register is gewijzigd sinds de voorbeeldweergave van deze import. Bekijk het voorbeeld opnieuw en bevestig dan.',
    );
    this.name = 'ImportChangedError';
  }
}

/** The object is still referenced and cannot be deleted. */
export class InUseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InUseError';
  }
}

/** The action needs a signed-in account (UNAUTHENTICATED). */
export class UnauthenticatedError extends Error {
  constructor(message = 'Hiervoor moet u aangemeld zijn.') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

/** The signed-in account may not do this (FORBIDDEN); the message says what the policy requires. */
export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** Input past a size limit (HTTP 413 where there is HTTP): a ValidationError that names the limit. */
export class TooLargeError extends ValidationError {
  constructor(field: string, message: string) {
    super([{ field, message }]);
    this.name = 'TooLargeError';
  }
}

/** The audit trail cannot answer now: it is not intact (no anchor is signed), or kept changing (CONFLICT). */
export class AuditCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditCheckError';
  }
}

/** Too many refused attempts from one origin in a short time; nothing was done (TOO_MANY_REQUESTS). */
export class TooManyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TooManyError';
  }
}

/**
 * Another process holds the store's write lock for longer than a request may wait; nothing was
 * done (SERVICE_UNAVAILABLE, HTTP 503): the client tries again in a moment.
 */
export class StoreBusyError extends Error {
  constructor() {
    super(
      'Het register verwerkt op dit moment een andere wijziging. Er is niets veranderd; probeer het over enkele seconden opnieuw.',
    );
    this.name = 'StoreBusyError';
  }
}
