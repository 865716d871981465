// SPDX-License-Identifier: EUPL-1.2
// Privacy per knooppunt (issue 21): for anyone, without an account, the public privacy page of a
// knooppunt in plain Dutch (H §3.5), and per region the list of these pages (its transparency
// page). Who may read the registry also sees the DPIA pre-scan and the downloads for privacy
// officers and jurists: the art. 30 entries, the draft convenant and the pre-scan as documents.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { ApiError, gql } from '../../shared/api.ts';
import { ENUM_LABELS } from '../../../server/domain/enum-labels.ts';
import { bronZin, GAT } from '../../../server/domain/privacy-dossier.ts';
import type { PrivacyDocumentVeldenFragment } from '../../shared/gql/graphql.ts';
import { toonLayout } from '../../shared/layout.ts';
import { DPIA_SCAN, PRIVACYVERKLARING, TRANSPARANTIE } from './queries.ts';

const vak = () => document.getElementById('privacy')!;

/** What a citizen reads where the description is silent: plain words, no instruction. */
const NIET_BESCHREVEN = 'Dit staat nog niet in de beschrijving.';

function waarde(regels: string[] | null, gat: string): TemplateResult {
  if (regels === null) return html`<span class="gat">${gat}</span>`;
  if (regels.length === 1) return html`${regels[0]}`;
  return html`<ul class="utrecht-unordered-list">
    ${regels.map((r) => html`<li class="utrecht-unordered-list__item">${r}</li>`)}
  </ul>`;
}

/** A document's sections as headings with a data list; gaps in the words the reader needs. */
function secties(doc: PrivacyDocumentVeldenFragment, niveau: 2 | 3, gat: string) {
  return doc.secties.map(
    (s) =>
      html`<section class="privacy-sectie">
        ${
          niveau === 2
            ? html`<h2 class="utrecht-heading-2">${s.kop}</h2>`
            : html`<h3 class="utrecht-heading-3">${s.kop}</h3>`
        }
        ${s.bron ? html`<p class="privacy-bron">Bron: ${s.bron}</p>` : nothing}
        ${s.inleiding ? html`<p class="utrecht-paragraph">${s.inleiding}</p>` : nothing}
        <dl class="utrecht-data-list utrecht-data-list--rows privacy-velden">
          ${s.velden.map(
            (v) =>
              html`<div class="utrecht-data-list__item">
                <dt class="utrecht-data-list__item-key">${v.label}</dt>
                <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                  ${waarde(v.waarde ?? null, gat)}
                </dd>
              </div>`,
          )}
        </dl>
      </section>`,
  );
}

const bronnen = (doc: PrivacyDocumentVeldenFragment) =>
  doc.bronnen.map((b) => html`<p class="privacy-versie">${bronZin(b)}</p>`);

/** The downloads for privacy officers and jurists (server/documenten/routes.ts). */
function downloads(knooppuntId: string, organisaties: { id: string; naam: string }[]) {
  const basis = `/documenten/knooppunt/${encodeURIComponent(knooppuntId)}`;
  const link = (href: string, tekst: string) =>
    html`<li class="utrecht-link-list__item">
      <a class="utrecht-link utrecht-link--html-a utrecht-link-list__link" href=${href} download
        >${tekst}</a
      >
    </li>`;
  return html`<h3 class="utrecht-heading-3">Documenten downloaden</h3>
    <ul class="utrecht-link-list utrecht-link-list--html-ul" role="list">
      ${link(`${basis}/art30.csv`, 'Art. 30-registratie (CSV)')}
      ${link(`${basis}/art30.docx`, 'Art. 30-registratie (Word)')}
      ${link(`${basis}/convenant.docx`, 'Concept convenant en privacyprotocol (Word)')}
      ${link(`${basis}/convenant.pdf`, 'Concept convenant en privacyprotocol (PDF)')}
      ${link(`${basis}/dpia-scan.docx`, 'DPIA-voorscan (Word)')}
      ${link(`${basis}/dpia-scan.pdf`, 'DPIA-voorscan (PDF)')}
    </ul>
    ${
      organisaties.length
        ? html`<h4 class="utrecht-heading-4">Art. 30-registratie per organisatie</h4>
          <ul class="utrecht-link-list utrecht-link-list--html-ul" role="list">
            ${organisaties.map((o) =>
              link(
                `/documenten/organisatie/${encodeURIComponent(o.id)}/art30.docx`,
                `${o.naam} (Word)`,
              ),
            )}
          </ul>`
        : nothing
    }`;
}

/** The part for privacy officers, when the registry may be read; else how to get it. */
async function voorProfessionals(knooppuntId: string): Promise<TemplateResult> {
  try {
    const { privacyDocument, knooppunt } = await gql(DPIA_SCAN, { knooppuntId });
    if (!privacyDocument) return html``;
    const organisaties = [
      ...new Map(
        (knooppunt?.deelnames ?? []).map((d) => [d.organisatie.id, d.organisatie]),
      ).values(),
    ].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
    return html`<section class="privacy-professionals" aria-labelledby="professionals-kop">
      <h2 class="utrecht-heading-2" id="professionals-kop">
        Voor privacyadviseurs en juristen
      </h2>
      <p class="utrecht-paragraph">
        Deze documenten zijn gemaakt uit de beschrijving in het register. Wat ontbreekt, staat
        erin als "${GAT}". Ze zijn een begin: de partijen stellen ze zelf vast.
      </p>
      ${downloads(knooppuntId, organisaties)} ${secties(privacyDocument, 3, GAT)}
    </section>`;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
      const terug = encodeURIComponent(location.pathname + location.search);
      return html`<p class="utrecht-paragraph">
        Bent u privacyadviseur of jurist?
        <a class="utrecht-link utrecht-link--html-a" href="/aanmelden.html?terug=${terug}"
          >Meld u aan</a
        >
        voor de DPIA-voorscan en de documenten.
      </p>`;
    }
    throw error;
  }
}

async function toonKnooppunt(knooppuntId: string): Promise<void> {
  const { privacyverklaring: doc } = await gql(PRIVACYVERKLARING, { knooppuntId });
  if (!doc) {
    render(
      html`<h1>Privacy per knooppunt</h1>
        <p class="utrecht-paragraph">Dit knooppunt bestaat niet (meer).</p>
        <p><a class="utrecht-link utrecht-link--html-a" href="/privacy.html">Alle knooppunten</a></p>`,
      vak(),
    );
    return;
  }
  document.title = `${doc.titel} — Knooppuntenregister`;
  const teken = (professionals: TemplateResult | typeof nothing) =>
    render(
      html`<h1>${doc.titel}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">
          Op deze pagina leest u wat er met uw gegevens gebeurt als u wordt aangemeld bij
          ${doc.onderwerp}. Er staan geen gegevens over personen op.
        </p>
        ${bronnen(doc)} ${secties(doc, 2, NIET_BESCHREVEN)} ${professionals}
        <p>
          <a class="utrecht-link utrecht-link--html-a" href="/privacy.html"
            >Privacy bij andere knooppunten</a
          >
        </p>`,
      vak(),
    );
  teken(nothing);
  teken(await voorProfessionals(knooppuntId));
}

async function toonOverzicht(regio: string | null): Promise<void> {
  const { transparantie } = await gql(TRANSPARANTIE);
  const regios = regio ? transparantie.filter((r) => r.regioId === regio) : transparantie;
  render(
    html`<h1>Privacy per knooppunt</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        Bij een meldpunt of overlegtafel delen organisaties gegevens over mensen. Hier leest u per
        tafel waarom, welke gegevens, hoe lang ze worden bewaard, wanneer u het hoort en hoe u uw
        rechten gebruikt.
      </p>
      ${
        regios.length === 0
          ? html`<p class="utrecht-paragraph">Er zijn (nog) geen knooppunten beschreven.</p>`
          : regios.map(
              (r) =>
                html`<section aria-labelledby="regio-${r.regioId}">
                <h2 class="utrecht-heading-2" id="regio-${r.regioId}">${r.naam}</h2>
                <ul class="utrecht-link-list utrecht-link-list--html-ul" role="list">
                  ${r.knooppunten.map(
                    (k) =>
                      html`<li class="utrecht-link-list__item">
                        <a
                          class="utrecht-link utrecht-link--html-a utrecht-link-list__link"
                          href="/privacy.html?knooppunt=${encodeURIComponent(k.knooppuntId)}"
                          >${k.naam}</a
                        >
                        (${ENUM_LABELS.Functie[k.functie].toLowerCase()})
                      </li>`,
                  )}
                </ul>
              </section>`,
            )
      }`,
    vak(),
  );
}

async function toon(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const knooppunt = params.get('knooppunt');
  render(html`<p class="utrecht-paragraph">De gegevens worden geladen…</p>`, vak());
  try {
    await (knooppunt ? toonKnooppunt(knooppunt) : toonOverzicht(params.get('regio')));
  } catch (error) {
    render(
      html`<h1>Privacy per knooppunt</h1>
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <div class="utrecht-alert__content">
            <p class="utrecht-alert__message">
              De gegevens konden niet worden geladen:
              ${error instanceof Error ? error.message : 'onbekende fout'}
            </p>
          </div>
        </div>`,
      vak(),
    );
  }
  document.body.dataset['kaart'] = 'gereed';
}

void toonLayout('privacy');
void toon();
