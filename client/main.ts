// SPDX-License-Identifier: EUPL-1.2
// Placeholder until the map (issue 3): lists the knooppunten of the example region via GraphQL.
const status = document.querySelector<HTMLParagraphElement>('#status');
const list = document.querySelector<HTMLUListElement>('#knooppunten');

interface Antwoord {
  data?: { knooppunten: { totaal: number; items: { id: string; naam: string; functie: string }[] } };
}

async function laad(): Promise<void> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ knooppunten(eerste: 1000) { totaal items { id naam functie } } }' }),
  });
  const { data } = (await response.json()) as Antwoord;
  if (!data || !status || !list) throw new Error('geen gegevens');
  status.textContent = `${data.knooppunten.totaal} knooppunten in het register.`;
  for (const k of data.knooppunten.items) {
    const item = document.createElement('li');
    item.textContent = `${k.naam} (${k.functie === 'MELDPUNT' ? 'meldpunt' : 'overlegtafel'})`;
    list.append(item);
  }
}

laad().catch(() => {
  if (status) status.textContent = 'De gegevens konden niet worden geladen.';
});
