// SPDX-License-Identifier: EUPL-1.2
// Builds the express app with GraphQL Yoga; server/index.ts only listens, so tests drive this in-process.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { createYoga } from 'graphql-yoga';
import helmet from 'helmet';
import responseTime from 'response-time';
import { AccountService } from './auth/account-service.ts';
import { Authenticator } from './auth/authenticate.ts';
import { OidcSignIn, type OidcSettings } from './auth/oidc.ts';
import { authRoutes } from './auth/routes.ts';
import { spreadsheetRoutes } from './spreadsheet/routes.ts';
import { Sessions, type SessionTimes } from './auth/sessions.ts';
import { EditService } from './edit-service.ts';
import { createContext, type Context } from './graphql/context.ts';
import { answerCache, responseCache } from './graphql/response-cache.ts';
import type { Cache } from '@graphql-yoga/plugin-response-cache';
import { buildSchema } from './graphql/schema.ts';
import { maskError, unauthenticated } from './errors.ts';
import type { Logger } from './log.ts';
import type { RegistryService } from './registry-service.ts';

export interface Security {
  /** Reading without signing in (the registry holds no personal data of citizens). */
  anoniemLezen: boolean;
  /** Session cookies only over HTTPS; off only for local development over plain HTTP. */
  cookieSecure: boolean;
  sessie: SessionTimes;
  /** Signing in with the organisation's OpenID Connect provider, next to local accounts. */
  oidc?: OidcSettings;
}

export const DEFAULT_SECURITY: Security = { anoniemLezen: true, cookieSecure: true, sessie: { idleMs: 30 * 60_000, absoluteMs: 8 * 3600_000 } };

export interface AppOptions {
  registry: RegistryService;
  /** Bearer token for automation, with beheerder rights; undefined: no token is accepted. */
  editToken: string | undefined;
  security?: Partial<Security>;
  logger: Logger;
  /** The built client (vite build); a notice is served when it is missing. */
  clientDir?: string;
  /** Where whole answers of read queries are kept (graphql/response-cache.ts); in memory by default. */
  answers?: Cache;
}

/** Limits against abusive queries (graphql-armor); generous for every real query of the UI. */
export const QUERY_LIMITS = {
  maxDepth: { n: 12 },
  maxAliases: { n: 20 },
  maxTokens: { n: 4000 },
  maxDirectives: { n: 20 },
  costLimit: { maxCost: 20000 },
} as const;
export const BODY_LIMIT = '200kb';

const errorBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

export function buildApp({ registry, editToken, security: settings, logger, clientDir, answers = answerCache() }: AppOptions): Express {
  const security: Security = { ...DEFAULT_SECURITY, ...settings };
  const accounts = new AccountService(registry.store);
  const auth = new Authenticator(accounts, new Sessions(security.sessie), editToken);
  const edits = new EditService(registry);
  const yoga = createYoga({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maskedErrors: { maskError: maskError(logger) },
    // Yoga's own logging goes to the app logger; it never receives request bodies from us.
    logging: {
      debug: () => {},
      info: (...args: unknown[]) => logger.info({ yoga: args.map(String) }),
      warn: (...args: unknown[]) => logger.warn({ yoga: args.map(String) }),
      error: (...args: unknown[]) => logger.error({ yoga: args.map(String) }),
    },
    renderGraphiQL,
    graphiql: { title: 'Knooppuntenregister — GraphQL' },
    plugins: [
      EnvelopArmorPlugin(QUERY_LIMITS),
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      responseCache(registry, answers, (request) => auth.actorOfRequest(request)),
      {
        onExecute: ({ args }: { args: { contextValue: unknown } }) => {
          if (!security.anoniemLezen && (args.contextValue as Context).verzoeker.actor === null) throw unauthenticated();
        },
      },
    ],
    // Used as express middleware, Yoga's server context holds express's request (for the client address).
    context: async ({ request, ...server }) =>
      createContext(
        { registry, edits, accounts },
        {
          actor: await auth.actorOfRequest(request),
          herkomst: (server as { req?: express.Request }).req?.ip ?? 'onbekend',
        },
      ),
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // GraphiQL is rendered inline from the bundled @graphql-yoga/render-graphiql.
          'script-src': ["'self'", "'unsafe-inline'"],
          'worker-src': ["'self'", 'blob:'],
        },
      },
    }),
  );

  app.get('/healthz', async (_req, res) => {
    const health = await registry.store.health();
    res.status(health.ok ? 200 : 503).json(health);
  });

  app.use('/auth', authRoutes(auth, { secure: security.cookieSecure, absoluteMs: security.sessie.absoluteMs }, security.oidc ? new OidcSignIn(security.oidc) : undefined));

  app.use(spreadsheetRoutes({ registry, edits, auth, anoniemLezen: security.anoniemLezen }));

  // Server-side duration of every API request (X-Response-Time), for monitoring and `npm run bench`.
  app.use('/graphql', responseTime({ digits: 3 }));
  app.use('/graphql', express.json({ limit: BODY_LIMIT, type: ['application/json', 'application/graphql-response+json'] }));
  app.use('/graphql', yoga);

  const index = clientDir ? join(clientDir, 'index.html') : undefined;
  if (clientDir && index && existsSync(index)) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain; charset=utf-8').send('De client is nog niet gebouwd: voer "npm run build" uit. GraphQL: /graphql');
    });
  }

  app.use((_req, res) => {
    res.status(404).json(errorBody('NOT_FOUND', 'Deze pagina bestaat niet.'));
  });

  // Replaces express's default handler, which prints raw request bodies of malformed JSON.
  const onError: ErrorRequestHandler = (err: unknown, _req, res, _next) => {
    const status = typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number' ? err.status : 500;
    if (status === 413) {
      res.status(413).json(errorBody('BAD_USER_INPUT', `Het verzoek is te groot (hoogstens ${BODY_LIMIT}).`));
    } else if (status >= 400 && status < 500) {
      res.status(400).json(errorBody('BAD_USER_INPUT', 'Het verzoek is geen geldige JSON.'));
    } else {
      logger.error({ err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err) }, 'onverwachte fout');
      res.status(500).json(errorBody('INTERNAL_SERVER_ERROR', 'Er ging iets mis aan onze kant.'));
    }
  };
  app.use(onError);
  return app;
}
