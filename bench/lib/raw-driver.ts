// The ceiling: the captured statements sent by the bare driver (pg, or PGlite in process), with no
// motcua code in between — same statements, same order, same transactions.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pgliteExtensions } from '../../src/platform/db/database.ts';
import type { Statement } from './capture.ts';

export interface RawDriver {
  run(statements: Statement[]): Promise<unknown[]>;
  close(): Promise<void>;
}

export async function openRawDriver(target: { url: string; poolMax: number } | { dataDir: string }): Promise<RawDriver> {
  if ('url' in target) {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolMax });
    pool.on('error', () => undefined); // idle connections closed when the scratch database is dropped
    return {
      async run(statements) {
        const client = await pool.connect();
        try {
          const out = [];
          for (const s of statements) out.push((await client.query(s.sql, s.params)).rows);
          return out;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const db = await PGlite.create(target.dataDir, { extensions: pgliteExtensions });
  return {
    async run(statements) {
      const out: unknown[] = [];
      let i = 0;
      while (i < statements.length) {
        if (!statements[i]!.inTransaction) {
          out.push((await db.query(statements[i]!.sql, statements[i]!.params)).rows);
          i++;
          continue;
        }
        let j = i;
        while (j < statements.length && statements[j]!.inTransaction) j++;
        const group = statements.slice(i, j);
        await db.transaction(async (tx) => {
          for (const s of group) out.push((await tx.query(s.sql, s.params)).rows);
        });
        i = j;
      }
      return out;
    },
    close: () => db.close(),
  };
}
