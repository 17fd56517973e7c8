import { COLUMN_TYPES, type DemoData, TABLE_ORDER, type TableName } from './types';

/** Anything with pg's `query`: a `pg.Client`, a pool client, or a TypeORM query runner. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Rows per INSERT; each batch travels as one JSON parameter of a few megabytes. */
const BATCH_ROWS = 5000;

/**
 * Inserts every table in foreign-key order, one `INSERT … SELECT FROM jsonb_to_recordset($1)` per
 * batch: one parameter per statement, no parameter limit, and PostgreSQL converts arrays, jsonb,
 * dates and instants itself. The caller owns the transaction (and the migrated schema).
 */
export async function loadDemoData(client: Queryable, data: DemoData): Promise<void> {
  for (const table of TABLE_ORDER) {
    const rows: readonly object[] = data[table];
    for (let start = 0; start < rows.length; start += BATCH_ROWS) {
      await insertBatch(client, table, rows.slice(start, start + BATCH_ROWS));
    }
  }
}

async function insertBatch(
  client: Queryable,
  table: TableName,
  rows: readonly object[],
): Promise<void> {
  const types: Readonly<Record<string, string>> = COLUMN_TYPES[table];
  const columns = Object.keys(types);
  const recordType = columns.map((column) => `${column} ${types[column]}`);
  await client.query(
    `INSERT INTO ${table} (${columns.join(', ')}) ` +
      `SELECT ${columns.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType.join(', ')})`,
    [JSON.stringify(rows)],
  );
}
