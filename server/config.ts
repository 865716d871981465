// SPDX-License-Identifier: EUPL-1.2
// All configuration, read from the environment once and validated; start-up fails with every
// problem listed. Documented in README.md and .env.example.
import { z } from 'zod';

/** The default ceiling of kept answers, in MB (ANTWOORDEN_CACHE_MB). */
export const ANTWOORDEN_MB = 64;

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const unsetWhenEmpty = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    DATA_DIR: z.string().min(1).default('.data'),
    EDIT_TOKEN: z
      .string()
      .optional()
      .transform((v) => (v === undefined || v === '' ? undefined : v))
      .refine((v) => v === undefined || v.length >= 16, 'moet minstens 16 tekens lang zijn'),
    // The key of the audit chain's HMAC; kept apart from the data (unset: a key file in DATA_DIR).
    AUDIT_SLEUTEL: unsetWhenEmpty.refine(
      (v) => v === undefined || v.length >= 32,
      'moet minstens 32 tekens lang zijn',
    ),
    BEHEERDER_GEBRUIKERSNAAM: unsetWhenEmpty,
    BEHEERDER_NAAM: z.string().min(1).default('Beheerder'),
    BEHEERDER_WACHTWOORD: unsetWhenEmpty,
    ANONIEM_LEZEN: flag.default(true),
    COOKIE_SECURE: flag.default(true),
    SESSIE_INACTIEF_MINUTEN: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    SESSIE_MAX_UREN: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 24)
      .default(8),
    OIDC_ISSUER: z
      .url()
      .optional()
      .or(z.literal('').transform(() => undefined)),
    OIDC_CLIENT_ID: unsetWhenEmpty,
    OIDC_CLIENT_SECRET: unsetWhenEmpty,
    OIDC_REDIRECT_URI: z
      .url()
      .optional()
      .or(z.literal('').transform(() => undefined)),
    OIDC_GEBRUIKERSNAAM_CLAIM: z.string().min(1).default('email'),
    NEO4J_URI: z
      .string()
      .optional()
      .transform((v) => (v === '' ? undefined : v)),
    NEO4J_USER: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    SEED_EXAMPLE: flag.default(true),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    GRAPHIQL: flag.default(false),
    // Origins allowed to call /graphql with a user's session, comma-separated ("https://a.example,https://b.example").
    CORS_ORIGINS: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z
            .url({ protocol: /^https?$/ })
            .refine(
              (o) => new URL(o).origin === o,
              'noem alleen de origin: schema, host en poort, zonder pad',
            ),
        ),
      ),
    // Express "trust proxy": empty or false (no proxy), a number of hops, or addresses/subnets ("10.0.0.0/8,loopback").
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((v): boolean | number | string =>
        v === undefined || v === '' || v === 'false'
          ? false
          : v === 'true'
            ? true
            : /^\d+$/.test(v)
              ? Number(v)
              : v,
      ),
    API_VERZOEKEN_PER_MINUUT: z.coerce.number().int().min(10).max(1_000_000).default(600),
    // The ceiling of kept read answers in memory (graphql/response-cache.ts), in MB.
    ANTWOORDEN_CACHE_MB: z.coerce.number().min(1).max(16_384).default(ANTWOORDEN_MB),
    // Contactadres van de regionale beheerder: where readers report a lacune or an error (over.html#contact).
    CONTACT_EMAIL: unsetWhenEmpty.pipe(z.email('moet een e-mailadres zijn').optional()),
  })
  .superRefine((env, ctx) => {
    if ((env.BEHEERDER_GEBRUIKERSNAAM === undefined) !== (env.BEHEERDER_WACHTWOORD === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['BEHEERDER_WACHTWOORD'],
        message: 'zet BEHEERDER_GEBRUIKERSNAAM en BEHEERDER_WACHTWOORD samen',
      });
    }
    if (
      env.OIDC_ISSUER !== undefined &&
      (env.OIDC_CLIENT_ID === undefined || env.OIDC_REDIRECT_URI === undefined)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: [env.OIDC_CLIENT_ID === undefined ? 'OIDC_CLIENT_ID' : 'OIDC_REDIRECT_URI'],
        message: 'is verplicht als OIDC_ISSUER is gezet',
      });
    }
    if (env.NEO4J_URI !== undefined && !env.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'is verplicht als NEO4J_URI is gezet',
      });
    }
  });

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const defaults = {
    SEED_EXAMPLE: 'true',
    ANONIEM_LEZEN: 'true',
    COOKIE_SECURE: 'true',
    GRAPHIQL: 'false',
  };
  const result = schema.safeParse({ ...defaults, ...env });
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Ongeldige configuratie:\n${lines.join('\n')}`);
  }
  return result.data;
}
