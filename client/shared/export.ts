// SPDX-License-Identifier: EUPL-1.2
// Downloads for people: a file from the page, and tables as CSV that Dutch Excel opens as it
// opens the registry's own exports (server/domain/csv.ts): ";" between cells, a byte-order mark,
// no cell that runs as a formula, and labels, never codes.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { BOM, geschermd, SCHEIDINGSTEKEN } from '../../server/domain/csv.ts';

export function download(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A table as CSV: a header row of column names, then the rows, each cell as text. */
export function toCsv(rows: string[][], columns: string[]): string {
  const cellen = rows.map((row) => row.map(geschermd));
  return `${BOM}${stringify(cellen, { header: true, columns, delimiter: SCHEIDINGSTEKEN })}`;
}
