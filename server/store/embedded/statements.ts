// SPDX-License-Identifier: EUPL-1.2
// Prepared statements kept per connection, by their SQL text. Preparing a statement costs about
// as much as running a small one, and the store runs the same few on every request (the
// revision, a session) and every write (issue 20).
import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** The prepared statement for this SQL on the connection, prepared on first use. */
export type Sql = (sql: string) => StatementSync;

export function statements(db: DatabaseSync): Sql {
  const voorbereid = new Map<string, StatementSync>();
  return (sql) => {
    let statement = voorbereid.get(sql);
    if (!statement) voorbereid.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
}
