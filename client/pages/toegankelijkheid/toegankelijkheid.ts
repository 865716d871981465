// SPDX-License-Identifier: EUPL-1.2
// The accessibility statement: static text, the version it covers, and the contact address.
import { html, render } from 'lit-html';
import { contactBlok, laadContact } from '../../shared/contact.ts';
import { toonLayout } from '../../shared/layout.ts';

async function toon(): Promise<void> {
  render(html`versie ${__VERSIE__}`, document.getElementById('versie')!);
  const contact = await laadContact();
  render(
    contactBlok(contact, 'Toegankelijkheid Knooppuntenregister'),
    document.getElementById('contactadres')!,
  );
  document.body.dataset['kaart'] = 'gereed';
}

void toonLayout('toegankelijkheid');
void toon();
