import { type DemoData, TABLE_ORDER, type TableName } from './types';

/** Row counts per table, in load order, for logs and benchmark reports. */
export function summarise(data: DemoData): Record<TableName, number> {
  return Object.fromEntries(TABLE_ORDER.map((table) => [table, data[table].length])) as Record<
    TableName,
    number
  >;
}
