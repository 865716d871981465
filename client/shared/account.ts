// SPDX-License-Identifier: EUPL-1.2
// The header's account line: who is signed in, with signing out; or a link to sign in.
import { html } from './html.ts';
import { laadIk } from './queries.ts';

const ROL: Record<string, string> = {
  LEZER: 'lezer',
  REDACTEUR: 'redacteur',
  BEHEERDER: 'beheerder',
};

export async function toonAccount(element: HTMLElement): Promise<void> {
  const ik = await laadIk();
  const terug = encodeURIComponent(location.pathname + location.search);
  element.innerHTML = ik
    ? html`Aangemeld als <strong>${ik.naam}</strong> (${ROL[ik.rol] ?? ik.rol}) · <button type="button" class="link" id="afmelden">Afmelden</button>`
        .value
    : html`<a href="/aanmelden.html?terug=${terug}">Aanmelden</a>`.value;
  element.querySelector('#afmelden')?.addEventListener('click', () => {
    void fetch('/auth/afmelden', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    }).then(() => location.reload());
  });
}
