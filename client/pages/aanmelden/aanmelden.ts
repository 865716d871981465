// SPDX-License-Identifier: EUPL-1.2
// Signing in with a local account; back to the page the user came from (same site only).
import { aanmeldMelding, eigenPad } from '../../../server/domain/aanmeld-meldingen.ts';

const form = document.querySelector<HTMLFormElement>('#aanmelden')!;
const fout = document.querySelector<HTMLElement>('#fout')!;

const terug = (): string => eigenPad(new URLSearchParams(location.search).get('terug'));

// After an OpenID Connect attempt the server sends the reason back as a code; only known texts are shown.
const melding = aanmeldMelding(new URLSearchParams(location.search).get('melding'));
if (melding) fout.textContent = melding;
void fetch('/auth/methoden')
  .then(async (res) => ((await res.json()) as { oidc?: boolean }).oidc)
  .then((oidc) => {
    if (!oidc) return;
    document.querySelector<HTMLAnchorElement>('#oidc-link')!.href =
      `/auth/oidc?terug=${encodeURIComponent(terug())}`;
    document.querySelector<HTMLElement>('#oidc')!.hidden = false;
  });

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const gebruikersnaam = form.querySelector<HTMLInputElement>('#gebruikersnaam')!.value;
  const wachtwoord = form.querySelector<HTMLInputElement>('#wachtwoord')!.value;
  if (!gebruikersnaam || !wachtwoord) {
    fout.textContent = 'Vul uw gebruikersnaam en wachtwoord in.';
    return;
  }
  void fetch('/auth/aanmelden', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam, wachtwoord }),
  })
    .then(async (res) => {
      if (res.ok) location.assign(terug());
      else
        fout.textContent =
          ((await res.json()) as { fout?: string }).fout ?? 'Aanmelden is mislukt.';
    })
    .catch(() => (fout.textContent = 'De server is niet bereikbaar.'));
});
