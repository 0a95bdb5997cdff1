/**
 * Reads and writes rows of a Drizzle table without its query builder: the
 * column list, and the per-column conversions, come from the table definition
 * once, so compiled statements stay typed by the same definitions.
 */
import { getTableColumns, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

export interface TableCodec<T extends PgTable> {
  table: string;
  /** `"col_a", "col_b", …` in definition order. */
  selectList: string;
  decode(row: Record<string, unknown>): InferSelectModel<T>;
  /** The column name and driver value of a row field. */
  column(key: string): { name: string; encode(value: unknown): unknown };
  keys: (keyof InferInsertModel<T> & string)[];
}

export function tableCodec<T extends PgTable>(table: T, name: string): TableCodec<T> {
  const columns = Object.entries(getTableColumns(table)) as [string, PgColumn][];
  const byKey = new Map(columns);
  const quote = (n: string) => `"${n}"`;
  return {
    table: name,
    selectList: columns.map(([, c]) => quote(c.name)).join(', '),
    keys: columns.map(([k]) => k) as TableCodec<T>['keys'],
    decode(row) {
      const out: Record<string, unknown> = {};
      for (const [key, col] of columns) {
        if (!(col.name in row)) continue; // a narrower select
        const v = row[col.name];
        out[key] = v === null || v === undefined ? null : col.mapFromDriverValue(v);
      }
      return out as InferSelectModel<T>;
    },
    column(key) {
      const col = byKey.get(key);
      if (!col) throw new Error(`No column ${key} in ${name}`);
      return { name: quote(col.name), encode: (v) => (v === null || v === undefined ? null : col.mapToDriverValue(v)) };
    },
  };
}
