// SPDX-License-Identifier: EUPL-1.2
// Over dit register: the page is static text; only the contact address comes from the server.
import { render } from 'lit-html';
import { contactBlok, laadContact } from '../../shared/contact.ts';
import { toonLayout } from '../../shared/layout.ts';

async function toon(): Promise<void> {
  const contact = await laadContact();
  render(
    contactBlok(contact, 'Knooppuntenregister: lacune of fout'),
    document.getElementById('contactadres')!,
  );
  // The address arrived after the browser scrolled to #contact: bring it into view again.
  if (location.hash === '#contact') document.getElementById('contact')?.scrollIntoView();
  document.body.dataset['kaart'] = 'gereed';
}

void toonLayout('over');
void toon();
