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
import { OIDC_SLEUTEL_DOEL, OidcSignIn, type OidcSettings } from './auth/oidc.ts';
import { authRoutes } from './auth/routes.ts';
import { spreadsheetRoutes } from './spreadsheet/routes.ts';
import { documentRoutes } from './documenten/routes.ts';
import { Sessions, type SessionTimes } from './auth/sessions.ts';
import { EditService } from './edit-service.ts';
import type { ExecutionArgs } from 'graphql';
import { createContext, type Context } from './graphql/context.ts';
import { bladwijzers } from './http/bladwijzers.ts';
import { graphiqlOpties } from './graphql/graphiql-voorbeelden.ts';
import { alleenOpenbaar } from './graphql/openbaar.ts';
import { answerCache, responseCache, type AntwoordCache } from './graphql/response-cache.ts';
import { useJitUitvoering } from './graphql/jit-uitvoering.ts';
import { buildSchema } from './graphql/schema.ts';
import { maskError, unauthenticated } from './errors.ts';
import { useIntrospectionForSignedIn, useValueFreeErrors } from './graphql/privacy-plugins.ts';
import { alleenJson, apiLimiet, begrensdeNesting, JSON_TYPES } from './http/request-guards.ts';
import type { Logger } from './log.ts';
import type { RegistryService } from './registry-service.ts';
import { VERSIE } from './versie.ts';

export interface Security {
  /** Reading without signing in (the registry holds no personal data of citizens). */
  anoniemLezen: boolean;
  /** Session cookies only over HTTPS; off only for local development over plain HTTP. */
  cookieSecure: boolean;
  sessie: SessionTimes;
  /** Signing in with the organisation's OpenID Connect provider, next to local accounts. */
  oidc?: OidcSettings;
  /** GraphiQL at GET /graphql, and the schema described to anonymous callers; off in production. */
  graphiql: boolean;
  /** Other origins that may call /graphql with the user's session (CORS); none by default. */
  corsOrigins: readonly string[];
  /** Express's "trust proxy": which proxies' X-Forwarded-For names the client; none by default. */
  trustProxy: boolean | number | string;
  /** API requests per client address per minute for anonymous callers (signed in: five times as many). */
  apiPerMinuut: number;
}

export const DEFAULT_SECURITY: Security = {
  anoniemLezen: true,
  cookieSecure: true,
  sessie: { idleMs: 30 * 60_000, absoluteMs: 8 * 3600_000 },
  graphiql: false,
  corsOrigins: [],
  trustProxy: false,
  apiPerMinuut: 600,
};

export interface AppOptions {
  registry: RegistryService;
  /** Bearer token for automation, with beheerder rights; undefined: no token is accepted. */
  editToken: string | undefined;
  security?: Partial<Security>;
  logger: Logger;
  /** The built client (vite build); a notice is served when it is missing. */
  clientDir?: string;
  /** Where whole answers of read queries are kept (graphql/response-cache.ts); in memory by default. */
  answers?: AntwoordCache;
  /** Contactadres van de regionale beheerder (CONTACT_EMAIL), for readers' questions; none by default. */
  contact?: string | undefined;
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

/** What Yoga's logger may write of a value: its kind, never its text. */
const soortVan = (value: unknown): string => (value instanceof Error ? value.name : typeof value);

const errorBody = (code: string, message: string) => ({
  errors: [{ message, extensions: { code } }],
});

export function buildApp({
  registry,
  editToken,
  security: settings,
  logger,
  clientDir,
  answers = answerCache(),
  contact,
}: AppOptions): Express {
  const registerInfo = { contact: contact ?? null, versie: VERSIE };
  const security: Security = { ...DEFAULT_SECURITY, ...settings };
  const edits = new EditService(registry);
  const accounts = new AccountService(
    registry.store,
    edits,
    security.oidc && {
      organisatieAccount: true,
      gebruikersnaamIsEmail: security.oidc.claim === 'email',
    },
  );
  const auth = new Authenticator(
    accounts,
    new Sessions(registry.store, security.sessie),
    editToken,
  );
  /** Express's request, which Yoga's context carries when it runs as express middleware. */
  const incoming = (context: object) => (context as { req?: express.Request }).req;
  /** The store's revision as this request read it first (the answer cache's key, its view). */
  const revisieVan = (request: Request, context: object) =>
    registry.revisieVoor(incoming(context) ?? request);
  const yoga = createYoga({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maskedErrors: { maskError: maskError(logger) },
    // Yoga logs a GraphQLError with an excerpt of the document, which may hold a casus typed as
    // literals (security review M2): only the kind of what it logs reaches the app's log.
    // Unexpected errors are logged by maskError, without the request.
    logging: {
      debug: () => {},
      info: () => {},
      warn: (...args: unknown[]) => logger.warn({ yoga: args.map(soortVan) }),
      error: (...args: unknown[]) => logger.debug({ yoga: args.map(soortVan) }),
    },
    ...(security.graphiql ? { renderGraphiQL, graphiql: graphiqlOpties } : { graphiql: false }),
    cors: (request) => {
      const origin = request.headers.get('origin');
      return origin !== null && security.corsOrigins.includes(origin)
        ? {
            origin: [origin],
            credentials: true,
            methods: ['GET', 'POST'],
            allowedHeaders: ['content-type', 'x-graphql-yoga-csrf', 'authorization'],
          }
        : false;
    },
    plugins: [
      EnvelopArmorPlugin(QUERY_LIMITS),
      useValueFreeErrors(),
      useIntrospectionForSignedIn(security.graphiql),
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      responseCache(answers, {
        actorOf: (request, context) => auth.actorOfRequest(request, incoming(context)),
        revisieOf: revisieVan,
      }),
      {
        onExecute: ({ args }: { args: ExecutionArgs }) => {
          if (
            !security.anoniemLezen &&
            (args.contextValue as Context).verzoeker.actor === null &&
            !alleenOpenbaar(args.document, args.operationName)
          )
            throw unauthenticated();
        },
      },
      useJitUitvoering(),
    ],
    // Used as express middleware, Yoga's server context holds express's request (for the client address).
    context: async ({ request, ...server }) =>
      createContext(
        { registry, edits, accounts, registerInfo },
        {
          actor: await auth.actorOfRequest(request, incoming(server)),
          herkomst: (server as { req?: express.Request }).req?.ip ?? 'onbekend',
        },
        revisieVan(request, server),
      ),
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', security.trustProxy);
  const headers = (scripts: string[]) =>
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': scripts, 'worker-src': ["'self'", 'blob:'] },
      },
    });
  const strikt = headers(["'self'"]);
  // GraphiQL is rendered inline from the bundled @graphql-yoga/render-graphiql: only its page allows inline scripts.
  const graphiql = headers(["'self'", "'unsafe-inline'"]);
  app.use((req, res, next) =>
    (security.graphiql && req.path === '/graphql' && req.method === 'GET' ? graphiql : strikt)(
      req,
      res,
      next,
    ),
  );

  // A user reads their own writes on any instance: the store's bookmarks travel with the requests.
  app.use(bladwijzers);

  app.get('/healthz', async (_req, res) => {
    const health = await registry.store.health();
    res.status(health.ok ? 200 : 503).json(health);
  });

  app.use(
    '/auth',
    authRoutes(
      auth,
      { secure: security.cookieSecure, absoluteMs: security.sessie.absoluteMs },
      security.oidc
        ? new OidcSignIn(security.oidc, registry.store.keten.afgeleideSleutel(OIDC_SLEUTEL_DOEL))
        : undefined,
    ),
  );

  app.use(spreadsheetRoutes({ registry, edits, auth, anoniemLezen: security.anoniemLezen }));
  app.use(documentRoutes({ registry, auth, anoniemLezen: security.anoniemLezen }));

  // Server-side duration of every API request (X-Response-Time), for monitoring and `npm run bench`.
  app.use('/graphql', responseTime({ digits: 3 }));
  // Answers are per session and may list accounts or the audit trail: no shared or browser cache keeps them.
  app.use(
    ['/graphql', '/auth'],
    (_req, res, next) => (res.set('Cache-Control', 'no-store'), next()),
  );
  app.use(
    '/graphql',
    ...apiLimiet(security.apiPerMinuut, async (req) => (await auth.actorOfIncoming(req)) !== null),
  );
  app.use(
    '/graphql',
    alleenJson,
    express.json({
      limit: BODY_LIMIT,
      type: JSON_TYPES,
    }),
    begrensdeNesting,
  );
  if (!security.graphiql) {
    // A person who follows the API link gets words, not Yoga's bare 406.
    app.get('/graphql', (req, res, next) => {
      if (req.query['query'] !== undefined || !req.accepts('text/html')) return next();
      res
        .type('text/plain; charset=utf-8')
        .send(
          'Dit is de GraphQL-API van het Knooppuntenregister: stuur vragen als POST met JSON naar /graphql. De verkenner (GraphiQL) staat op deze installatie uit; de beheerder zet hem aan met GRAPHIQL=true.',
        );
    });
  }
  app.use('/graphql', yoga);

  const index = clientDir ? join(clientDir, 'index.html') : undefined;
  if (clientDir && index && existsSync(index)) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text/plain; charset=utf-8')
        .send('De client is nog niet gebouwd: voer "npm run build" uit. GraphQL: /graphql');
    });
  }

  app.use((_req, res) => {
    res.status(404).json(errorBody('NOT_FOUND', 'Deze pagina bestaat niet.'));
  });

  // Replaces express's default handler, which prints raw request bodies of malformed JSON.
  const onError: ErrorRequestHandler = (err: unknown, _req, res, _next) => {
    const status =
      typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number'
        ? err.status
        : 500;
    if (status === 413) {
      res
        .status(413)
        .json(errorBody('BAD_USER_INPUT', `Het verzoek is te groot (hoogstens ${BODY_LIMIT}).`));
    } else if (status >= 400 && status < 500) {
      res.status(400).json(errorBody('BAD_USER_INPUT', 'Het verzoek is geen geldige JSON.'));
    } else {
      logger.error(
        {
          err:
            err instanceof Error
              ? { name: err.name, message: err.message, stack: err.stack }
              : String(err),
        },
        'onverwachte fout',
      );
      res.status(500).json(errorBody('INTERNAL_SERVER_ERROR', 'Er ging iets mis aan onze kant.'));
    }
  };
  app.use(onError);
  return app;
}
