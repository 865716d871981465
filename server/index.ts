// SPDX-License-Identifier: EUPL-1.2
// Reads configuration, opens the store, and listens. Everything else is in app.ts. Start data is
// loaded before, by the seed (`npm start` runs `seed/cli.ts --als-leeg` first).
import { join } from 'node:path';
import { buildApp } from './app.ts';
import { answerCache } from './graphql/response-cache.ts';
import { vandaag } from './vandaag.ts';
import { AccountService } from './auth/account-service.ts';
import { ConfigError, loadConfig } from './config.ts';
import { ValidationError } from './domain/errors.ts';
import { EditService } from './edit-service.ts';
import { createLogger } from './log.ts';
import { RegistryService } from './registry-service.ts';
import { createStore } from './store/create-store.ts';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const logger = createLogger(config.LOG_LEVEL);
const store = await createStore(config, logger);
const registry = new RegistryService(store);
if (config.BEHEERDER_GEBRUIKERSNAAM !== undefined && config.BEHEERDER_WACHTWOORD !== undefined) {
  const created = await new AccountService(store, new EditService(registry))
    .bootstrap(config.BEHEERDER_GEBRUIKERSNAAM, config.BEHEERDER_NAAM, config.BEHEERDER_WACHTWOORD)
    .catch((error: unknown) => {
      // A weak or invalid first password is a configuration problem: say so, as loadConfig does.
      if (!(error instanceof ValidationError)) throw error;
      console.error(
        `Ongeldige configuratie:\n${error.issues.map((i) => `  BEHEERDER_${i.field.replace('input.', '').toUpperCase()}: ${i.message}`).join('\n')}`,
      );
      process.exit(1);
    });
  if (created)
    logger.info({ gebruikersnaam: config.BEHEERDER_GEBRUIKERSNAAM }, 'eerste beheerder aangemaakt');
}
if ((await store.accounts()).length === 0)
  logger.warn(
    'Er zijn nog geen accounts: zet BEHEERDER_GEBRUIKERSNAAM en BEHEERDER_WACHTWOORD om de eerste beheerder aan te maken.',
  );

const app = buildApp({
  registry,
  editToken: config.EDIT_TOKEN,
  security: {
    anoniemLezen: config.ANONIEM_LEZEN,
    cookieSecure: config.COOKIE_SECURE,
    sessie: {
      idleMs: config.SESSIE_INACTIEF_MINUTEN * 60_000,
      absoluteMs: config.SESSIE_MAX_UREN * 3600_000,
    },
    graphiql: config.GRAPHIQL,
    corsOrigins: config.CORS_ORIGINS,
    trustProxy: config.TRUST_PROXY,
    apiPerMinuut: config.API_VERZOEKEN_PER_MINUUT,
    ...(config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_REDIRECT_URI
      ? {
          oidc: {
            issuer: config.OIDC_ISSUER,
            clientId: config.OIDC_CLIENT_ID,
            clientSecret: config.OIDC_CLIENT_SECRET,
            redirectUri: config.OIDC_REDIRECT_URI,
            claim: config.OIDC_GEBRUIKERSNAAM_CLAIM,
          },
        }
      : {}),
  },
  logger,
  clientDir: join(import.meta.dirname, '..', 'dist', 'client'),
  contact: config.CONTACT_EMAIL,
  answers: answerCache(config.ANTWOORDEN_CACHE_MB),
});
const server = app.listen(config.PORT, () =>
  logger.info(
    { port: config.PORT, store: store.kind },
    `luistert op http://localhost:${config.PORT}`,
  ),
);
// In the layout worker, off the event loop: requests are served meanwhile.
registry.warmLayouts(vandaag()).then(
  (regios) => logger.info({ regios }, 'kaartindelingen voorberekend'),
  (error: unknown) =>
    logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'kaartindelingen voorberekenen mislukt',
    ),
);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'afsluiten');
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  server.close(() => {
    void registry.close().then(() => {
      clearTimeout(force);
      process.exit(0);
    });
  });
  server.closeIdleConnections();
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
