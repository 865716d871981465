// SPDX-License-Identifier: EUPL-1.2
// The regional beheerder's contact address (CONTACT_EMAIL on the server) as a mailto link with a
// subject, or whom to ask when the installation has none: over.html#contact, toegankelijkheid.html.
import { html } from 'lit-html';
import { gql } from './api.ts';
import { graphql } from './gql/gql.ts';

const CONTACT = graphql(/* GraphQL */ `
  query ContactInfo {
    registerInfo {
      contact
    }
  }
`);

/** The address, null when none is set, or the error that kept it from loading. */
export const laadContact = (): Promise<string | null | Error> =>
  gql(CONTACT).then(
    (d) => d.registerInfo.contact ?? null,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );

export function contactBlok(contact: string | null | Error, onderwerp: string) {
  if (contact instanceof Error)
    return html`<p>
      Het contactadres kon niet worden geladen (${contact.message}). Probeer het later opnieuw, of
      vraag het de organisatie die het register in uw regio bijhoudt.
    </p>`;
  if (contact === null)
    return html`<p>
        Voor dit register is nog geen contactadres ingesteld. Vraag het de organisatie die het
        register in uw regio bijhoudt; vaak is dat het zorg- en veiligheidshuis of de
        centrumgemeente.
      </p>
      <p class="utrecht-paragraph utrecht-paragraph--small">
        Voor wie het register installeert: stel het adres in met de instelling CONTACT_EMAIL.
      </p>`;
  const mailto = `mailto:${contact}?subject=${encodeURIComponent(onderwerp)}`;
  return html`<p>
    Mail de regionale beheerder:
    <a class="utrecht-link utrecht-link--html-a" href=${mailto}>${contact}</a>
  </p>`;
}
