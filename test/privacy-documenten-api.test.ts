// SPDX-License-Identifier: EUPL-1.2
// Issue 21 over HTTP: each document of a knooppunt and of an organisation downloads with its type
// and the knooppunt's name in it; the public page is readable without an account even where
// reading needs signing in, the documents are not.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startHttp, TEST_TOKEN, type HttpHarness } from './http-harness.ts';

let h: HttpHarness;
let knooppunt: { id: string; naam: string };
let organisatieId: string;

beforeAll(async () => {
  h = await startHttp();
  const index = await h.registry.index();
  const k = index.knooppuntenOpNaam.find(
    (x) => (index.deelnamesVanKnooppunt.get(x.id) ?? []).length > 0,
  )!;
  knooppunt = { id: k.id, naam: k.naam };
  organisatieId = index.deelnamesVanKnooppunt.get(k.id)![0]!.organisatieId;
});
afterAll(() => h.close());

const haal = (pad: string, headers: Record<string, string> = {}) =>
  fetch(`${h.base}${pad}`, { headers });

async function tekstVanDocx(buffer: ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

describe('privacy documents over HTTP (issue 21)', () => {
  it.each([
    ['art30.csv', 'text/csv'],
    ['art30.docx', 'wordprocessingml'],
    ['art30.pdf', 'application/pdf'],
    ['convenant.docx', 'wordprocessingml'],
    ['convenant.pdf', 'application/pdf'],
    ['dpia-scan.docx', 'wordprocessingml'],
    ['dpia-scan.pdf', 'application/pdf'],
  ])('downloads %s of a knooppunt', async (bestand, type) => {
    const res = await haal(`/documenten/knooppunt/${knooppunt.id}/${bestand}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const body = await res.arrayBuffer();
    expect(body.byteLength).toBeGreaterThan(500);
    if (bestand.endsWith('.docx')) {
      const tekst = await tekstVanDocx(body);
      expect(tekst).toContain(knooppunt.naam);
      expect(tekst).toMatch(/Gemaakt uit versie \d+ van de beschrijving/);
    } else if (bestand.endsWith('.csv')) {
      const tekst = Buffer.from(body).toString('utf8');
      expect(tekst.startsWith('\uFEFFKnooppunt;Versie van de beschrijving;')).toBe(true);
      expect(tekst).toContain(knooppunt.naam);
    } else {
      expect(Buffer.from(body).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it("downloads an organisation's art. 30 entries, one per knooppunt it takes part in", async () => {
    const res = await haal(`/documenten/organisatie/${organisatieId}/art30.docx`);
    expect(res.status).toBe(200);
    expect(await tekstVanDocx(await res.arrayBuffer())).toContain(knooppunt.naam);
    const csv = await haal(`/documenten/organisatie/${organisatieId}/art30.csv`);
    expect(await csv.text()).toContain(knooppunt.naam);
  });

  it('answers an unknown knooppunt or file with a Dutch 404', async () => {
    const onbekend = await haal('/documenten/knooppunt/bestaat-niet/convenant.docx');
    expect(onbekend.status).toBe(404);
    expect(JSON.stringify(await onbekend.json())).toContain('bestaat niet');
    expect((await haal(`/documenten/knooppunt/${knooppunt.id}/convenant.csv`)).status).toBe(404);
  });

  it('keeps the privacy page public and the documents for signed-in users where reading needs it', async () => {
    const url = await h.listen({ security: { anoniemLezen: false } });
    const openbaar = await h.gql<{
      privacyverklaring: { titel: string };
      transparantie: unknown[];
    }>(
      `query { privacyverklaring(knooppuntId: "${knooppunt.id}") { titel } transparantie { naam } }`,
      {},
      {},
      url,
    );
    expect(openbaar.errors).toBeUndefined();
    expect(openbaar.data?.privacyverklaring.titel).toContain(knooppunt.naam);
    const scan = await h.gql(
      `query { privacyDocument(knooppuntId: "${knooppunt.id}", soort: DPIA_SCAN) { titel } }`,
      {},
      {},
      url,
    );
    expect(codeOf(scan)).toBe('UNAUTHENTICATED');
    expect((await fetch(`${url}/documenten/knooppunt/${knooppunt.id}/convenant.docx`)).status).toBe(
      401,
    );
    const metToken = await fetch(`${url}/documenten/knooppunt/${knooppunt.id}/convenant.docx`, {
      headers: { authorization: `Bearer ${TEST_TOKEN}` },
    });
    expect(metToken.status).toBe(200);
  });
});
