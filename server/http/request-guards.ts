// SPDX-License-Identifier: EUPL-1.2
// Guards in front of /graphql, before any GraphQL work (security review L4, L8, M4): only JSON
// bodies (the body limit covers every accepted request), no nesting deep enough to overflow a
// stack in parsing or in the answer cache's key, and a rate limit per client address.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';

/** Deeper than any real query or input of the API (its depth limit is 12). */
export const MAX_NESTING = 64;

const fout = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

/** The depth of a parsed JSON value, walked without recursion; stops counting past the limit. */
export function jsonDiepte(value: unknown): number {
  let diepste = 0;
  const stapel: [unknown, number][] = [[value, 0]];
  while (stapel.length > 0) {
    const [v, d] = stapel.pop()!;
    if (v === null || typeof v !== 'object') continue;
    diepste = Math.max(diepste, d + 1);
    if (diepste > MAX_NESTING) return diepste;
    for (const kind of Object.values(v)) stapel.push([kind, d + 1]);
  }
  return diepste;
}

/** The deepest bracket nesting of a document's text: bounds the recursion of graphql's parser. */
export function haakjesDiepte(tekst: string): number {
  let diepte = 0;
  let diepste = 0;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    if (c === 123 || c === 91 || c === 40) diepste = Math.max(diepste, ++diepte);
    else if (c === 125 || c === 93 || c === 41) diepte--;
  }
  return diepste;
}

const TE_DIEP = `Het verzoek is te diep genest (hoogstens ${MAX_NESTING} niveaus).`;

/** The body types the API reads; anything else is refused before parsing. */
export const JSON_TYPES = ['application/json', 'application/graphql-response+json'];

/** POST bodies as JSON only: other types would bypass the JSON body limit (and the CSRF header). */
export function alleenJson(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'POST' && !req.is(JSON_TYPES)) {
    fout(
      res,
      415,
      'BAD_USER_INPUT',
      'Stuur het verzoek als JSON (Content-Type: application/json).',
    );
    return;
  }
  next();
}

/** Refuses bodies and GET parameters nested past MAX_NESTING, and GET parameters that are not JSON. */
export function begrensdeNesting(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'GET') {
    for (const naam of ['variables', 'extensions'] as const) {
      const tekst = req.query[naam];
      if (tekst === undefined) continue;
      let waarde: unknown;
      try {
        waarde = typeof tekst === 'string' ? JSON.parse(tekst) : undefined;
      } catch {
        waarde = undefined;
      }
      if (waarde === undefined)
        return void fout(
          res,
          400,
          'BAD_USER_INPUT',
          `De parameter "${naam}" is geen geldige JSON.`,
        );
      if (jsonDiepte(waarde) > MAX_NESTING) return void fout(res, 400, 'BAD_USER_INPUT', TE_DIEP);
    }
    const query = req.query['query'];
    if (typeof query === 'string' && haakjesDiepte(query) > MAX_NESTING)
      return void fout(res, 400, 'BAD_USER_INPUT', TE_DIEP);
  } else {
    const body: unknown = req.body;
    const query = (body as { query?: unknown } | undefined)?.query;
    if (
      jsonDiepte(body) > MAX_NESTING ||
      (typeof query === 'string' && haakjesDiepte(query) > MAX_NESTING)
    )
      return void fout(res, 400, 'BAD_USER_INPUT', TE_DIEP);
  }
  next();
}

/**
 * Requests per client address per minute: anonymous callers get `perMinuut`, signed-in callers
 * five times as many. Kept per instance; in a cluster the ingress limits across instances.
 */
export function apiLimiet(
  perMinuut: number,
  aangemeld: (req: Request) => Promise<boolean>,
): RequestHandler[] {
  const bepaal: RequestHandler = (req, res, next) => {
    aangemeld(req).then(
      (ja) => {
        res.locals['aangemeld'] = ja;
        next();
      },
      (error: unknown) => next(error),
    );
  };
  const limiet = rateLimit({
    windowMs: 60_000,
    limit: (_req, res) => (res.locals['aangemeld'] === true ? 5 * perMinuut : perMinuut),
    keyGenerator: (req, res) =>
      `${res.locals['aangemeld'] === true ? 'a' : 'n'}:${ipKeyGenerator(req.ip ?? 'onbekend')}`,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) =>
      fout(
        res,
        429,
        'TOO_MANY_REQUESTS',
        'Te veel verzoeken; probeer het over een minuut opnieuw.',
      ),
  });
  return [bepaal, limiet];
}
