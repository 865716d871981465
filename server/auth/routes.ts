// SPDX-License-Identifier: EUPL-1.2
// Signing in and out with a local account: JSON only (so a cross-site form cannot post here), rate
// limited per client address, the session token in an HttpOnly, SameSite cookie renewed at sign-in.
import express, { type CookieOptions, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Authenticator } from './authenticate.ts';
import { SESSIE_COOKIE } from './authenticate.ts';

export interface CookieSettings {
  secure: boolean;
  absoluteMs: number;
}

const fout = (message: string) => ({ fout: message });

export function authRoutes(auth: Authenticator, cookies: CookieSettings): Router {
  const router = express.Router();
  const options: CookieOptions = { httpOnly: true, secure: cookies.secure, sameSite: 'lax', path: '/' };
  router.use(express.json({ limit: '10kb' }));

  router.post(
    '/aanmelden',
    rateLimit({ windowMs: 15 * 60_000, limit: 30, standardHeaders: 'draft-8', legacyHeaders: false, message: fout('Te veel aanmeldpogingen; probeer het later opnieuw.') }),
    async (req, res) => {
      const body = (req.is('application/json') ? req.body : undefined) as { gebruikersnaam?: unknown; wachtwoord?: unknown } | undefined;
      if (typeof body?.gebruikersnaam !== 'string' || typeof body.wachtwoord !== 'string') {
        res.status(400).json(fout('Stuur gebruikersnaam en wachtwoord als JSON.'));
        return;
      }
      const old = auth.sessionToken(req.headers.cookie);
      if (old !== undefined) auth.sessions.end(old);
      const result = await auth.accounts.signIn(body.gebruikersnaam, body.wachtwoord, req.ip ?? 'onbekend');
      if (!result.ok) {
        res.status(401).json(fout(result.melding));
        return;
      }
      res.cookie(SESSIE_COOKIE, auth.sessions.start(result.account.id), { ...options, maxAge: cookies.absoluteMs });
      res.json({ naam: result.account.naam, rol: result.account.rol });
    },
  );

  router.post('/afmelden', (req, res) => {
    const token = auth.sessionToken(req.headers.cookie);
    if (token !== undefined) auth.sessions.end(token);
    res.clearCookie(SESSIE_COOKIE, options);
    res.status(204).end();
  });
  return router;
}
