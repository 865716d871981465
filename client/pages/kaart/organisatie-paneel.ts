// SPDX-License-Identifier: EUPL-1.2
// The panel for an organisation chosen on the map (layer "Organisaties tonen"): what kind of
// organisation it is, the tables on this map it takes part in and its role there (H §3.7 stap 2),
// and a link to the organisation's own view with all its tables and what its duty of
// confidentiality means at each (organisatie.html).
import { html, type TemplateResult } from 'lit-html';
import { label, ORGANISATIE_TYPE, ROL } from '../../shared/labels.ts';
import { aantal } from '../../../server/domain/taal.ts';
import type { Koppeling } from './details-panel.ts';
import type { Kaart } from './queries.ts';

export function organisatiePaneel(
  kaart: Kaart,
  organisatieId: string,
  koppeling: Koppeling,
): TemplateResult {
  const organisatie = kaart.organisaties.find((o) => o.id === organisatieId);
  if (!organisatie)
    return html`<p class="utrecht-paragraph">
      Deze organisatie staat niet (meer) op deze kaart. Zet ‘Organisaties tonen’ aan of kies een
      andere organisatie.
    </p>`;
  const namen = new Map(kaart.knooppunten.map((k) => [k.id, k.naam]));
  const tafels = kaart.deelnames
    .filter((d) => d.organisatie.id === organisatieId && namen.has(d.knooppunt.id))
    .map((d) => ({ id: d.knooppunt.id, naam: namen.get(d.knooppunt.id)!, rol: d.rol }))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  const href = `/organisatie.html?${new URLSearchParams({ organisatie: organisatieId, regio: kaart.regio.id })}`;
  return html`<h2 id="paneel-titel" class="utrecht-heading-2" tabindex="-1">
      ${organisatie.naam}
    </h2>
    <p class="utrecht-paragraph">
      ${label(ORGANISATIE_TYPE, organisatie.type)}. Neemt op deze kaart deel aan
      ${aantal(tafels.length, 'knooppunt', 'knooppunten')}.
    </p>
    <h3 class="utrecht-heading-3">Knooppunten op deze kaart</h3>
    <ul class="utrecht-unordered-list">
      ${tafels.map((t) => {
        const link = koppeling(t.id);
        return html`<li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href=${link.href} @click=${link.onClick}>${t.naam}</a>
          (${label(ROL, t.rol)})
        </li>`;
      })}
    </ul>
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href=${href}>Alle knooppunten en het beroepsgeheim van deze organisatie</a>
    </p>`;
}
