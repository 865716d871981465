// SPDX-License-Identifier: EUPL-1.2
// What was written during a phase: the audit trail (read with the API token) and the store
// revision (read from the SQLite file beside the app).
import { dataOf, send } from './http.ts';
import type { SoakServer } from './server.ts';

export interface AuditRow {
  volgnummer: number;
  actie: string;
  resultaat: string;
  door: string | null;
}

export interface Mark {
  volgnummer: number;
  revision: number;
}

interface Page {
  auditLog: { records: AuditRow[]; volgende: number | null };
}

/** The audit records after a volgnummer, at most 200 pages of 1,000. */
export async function auditSince(server: SoakServer, na: number): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  for (let page = 0; page < 200; page++) {
    const answer = await send(`${server.base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${server.settings.token}`,
      },
      body: JSON.stringify({
        query:
          'query($na: Int) { auditLog(na: $na, eerste: 1000) { records { volgnummer actie resultaat door } volgende } }',
        variables: { na },
      }),
      timeoutMs: 30_000,
    });
    const data = dataOf<Page>(answer);
    if (!data)
      throw new Error(`auditLog failed: HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
    rows.push(...data.auditLog.records);
    if (data.auditLog.volgende === null) break;
    na = data.auditLog.volgende;
  }
  return rows;
}

export async function mark(server: SoakServer): Promise<Mark> {
  const rows = await auditSince(server, 0);
  return { volgnummer: rows.at(-1)?.volgnummer ?? 0, revision: server.revision() };
}

export interface Writes {
  revisionBefore: number;
  revisionAfter: number;
  records: number;
  /** Successful writes (sign-ins excluded) and who made them. */
  written: AuditRow[];
  refused: number;
}

export async function writesSince(server: SoakServer, before: Mark): Promise<Writes> {
  const rows = await auditSince(server, before.volgnummer);
  return {
    revisionBefore: before.revision,
    revisionAfter: server.revision(),
    records: rows.length,
    written: rows.filter((r) => r.resultaat === 'GELUKT' && r.actie !== 'AANMELDEN'),
    refused: rows.filter((r) => r.resultaat !== 'GELUKT').length,
  };
}
