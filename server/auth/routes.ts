// SPDX-License-Identifier: EUPL-1.2
// Signing in and out, with a local account or the OpenID Connect provider. Local: JSON only (so a cross-site form cannot post here), rate
// limited per client address, the session token in an HttpOnly, SameSite cookie renewed at sign-in.
import { parse } from 'cookie';
import express, { type CookieOptions, type Request, type Response, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Authenticator } from './authenticate.ts';
import { SESSIE_COOKIE } from './authenticate.ts';
import { eigenPad, type AanmeldCode } from '../domain/aanmeld-meldingen.ts';
import { AanmeldFout, type OidcSignIn } from './oidc.ts';

const OIDC_COOKIE = 'kpr_oidc';

export interface CookieSettings {
  secure: boolean;
  absoluteMs: number;
}

const fout = (message: string) => ({ fout: message });

const naarAanmelden = (code: AanmeldCode) => `/aanmelden.html?melding=${code}`;

export function authRoutes(
  auth: Authenticator,
  cookies: CookieSettings,
  oidc?: OidcSignIn,
): Router {
  const router = express.Router();
  const options: CookieOptions = {
    httpOnly: true,
    secure: cookies.secure,
    sameSite: 'lax',
    path: '/',
  };
  router.use(express.json({ limit: '10kb' }));

  /** A new session at every sign-in (no fixation): the old one, if any, ends. */
  const startSessie = async (req: Request, res: Response, accountId: string) => {
    const old = auth.sessionToken(req.headers.cookie);
    if (old !== undefined) await auth.sessions.end(old);
    res.cookie(SESSIE_COOKIE, await auth.sessions.start(accountId), {
      ...options,
      maxAge: cookies.absoluteMs,
    });
  };

  /** Which ways of signing in this installation offers, for the sign-in page. */
  router.get('/methoden', (_req, res) => {
    res.json({ lokaal: true, oidc: oidc !== undefined });
  });

  if (oidc) {
    // The attempt travels sealed in its own short-lived cookie (oidc.ts), so the way back may
    // land on any instance; SameSite=Lax lets it come along on the provider's top-level
    // redirect back, and on nothing cross-site else.
    const poging: CookieOptions = { ...options, path: '/auth/oidc', maxAge: 10 * 60_000 };
    router.get('/oidc', async (req, res) => {
      try {
        const { url, poging: verzegeld } = await oidc.start(eigenPad(req.query['terug']));
        res.cookie(OIDC_COOKIE, verzegeld, poging).redirect(url.href);
      } catch {
        res.redirect(naarAanmelden('onbereikbaar'));
      }
    });
    router.get('/oidc/terug', async (req, res) => {
      res.clearCookie(OIDC_COOKIE, poging);
      try {
        const { gebruikersnaam, terug } = await oidc.finish(
          parse(req.headers.cookie ?? '')[OIDC_COOKIE],
          new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`),
        );
        const result = await auth.accounts.signInExternal(gebruikersnaam, req.ip ?? 'onbekend');
        if (!result.ok) throw new AanmeldFout(result.code ?? 'mislukt');
        await startSessie(req, res, result.account.id);
        res.redirect(terug);
      } catch (error) {
        res.redirect(naarAanmelden(error instanceof AanmeldFout ? error.code : 'mislukt'));
      }
    });
  }

  router.post(
    '/aanmelden',
    rateLimit({
      windowMs: 15 * 60_000,
      limit: 30,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      message: fout('Te veel aanmeldpogingen; probeer het later opnieuw.'),
    }),
    async (req, res) => {
      const body = (req.is('application/json') ? req.body : undefined) as
        { gebruikersnaam?: unknown; wachtwoord?: unknown } | undefined;
      if (typeof body?.gebruikersnaam !== 'string' || typeof body.wachtwoord !== 'string') {
        res.status(400).json(fout('Stuur gebruikersnaam en wachtwoord als JSON.'));
        return;
      }
      const result = await auth.accounts.signIn(
        body.gebruikersnaam,
        body.wachtwoord,
        req.ip ?? 'onbekend',
      );
      if (!result.ok) {
        res.status(401).json(fout(result.melding));
        return;
      }
      await startSessie(req, res, result.account.id);
      res.json({ naam: result.account.naam, rol: result.account.rol });
    },
  );

  router.post('/afmelden', async (req, res) => {
    const token = auth.sessionToken(req.headers.cookie);
    if (token !== undefined) await auth.sessions.end(token);
    res.clearCookie(SESSIE_COOKIE, options);
    res.status(204).end();
  });
  return router;
}
