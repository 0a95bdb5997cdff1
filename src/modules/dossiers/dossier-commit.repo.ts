/**
 * The write of a dossier command as ONE statement of data-modifying CTEs: the
 * dossier row (insert or update), its components, the action appended to the
 * log, the audit entry (linked by its trigger) and the outbox events. One round
 * trip instead of five, and — for a receipt — the day's code counter is locked
 * only by this last statement before COMMIT, so receipts at one desk queue for
 * the shortest possible time while codes stay gapless (ADR 0005).
 *
 * The SQL text is assembled from the Drizzle table definitions (column names
 * and value conversions), not from Drizzle's per-call query builder, which
 * costs more CPU than the round trip saved (see platform/db/raw-query.ts).
 */
import type { Tx } from '../../platform/db/database.ts';
import { rawQuery } from '../../platform/db/raw-query.ts';
import { tableCodec, type TableCodec } from '../../platform/db/table-codec.ts';
import { outboxEvents } from '../../platform/jobs/jobs.tables.ts';
import type { OutboxRow } from '../../platform/jobs/outbox.ts';
import { auditLogCodec, type NewAuditRow } from '../audit/index.ts';
import { CODE_PLACEHOLDER, type CodeAllocation } from './dossier-code.ts';
import { actionCodec, componentCodec, dossierCodec } from './dossier-codec.ts';
import type { NewActionRow, NewComponentRow, NewDossierRow } from './dossier.rows.ts';

const outboxCodec = tableCodec(outboxEvents, 'outbox_events');

export interface DossierCommit {
  insert?: { dossier: NewDossierRow; components: NewComponentRow[] };
  update?: { id: string; changes: Partial<NewDossierRow> };
  action: NewActionRow;
  audit: NewAuditRow[];
  events: OutboxRow[];
  allocateCode?: CodeAllocation;
}

class StatementBuilder {
  readonly values: unknown[] = [];
  readonly #allocating: boolean;
  constructor(allocating: boolean) {
    this.#allocating = allocating;
  }

  param(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }

  /** A column value; while a code is being allocated, the placeholder in it becomes the code. */
  value<T extends Parameters<typeof tableCodec>[0]>(codec: TableCodec<T>, key: string, v: unknown): string {
    const col = codec.column(key);
    const encoded = col.encode(v);
    if (this.#allocating && typeof encoded === 'string' && encoded.includes(CODE_PLACEHOLDER)) {
      const replaced = `replace(${this.param(encoded)}, ${this.param(CODE_PLACEHOLDER)}, (SELECT code FROM c))`;
      return typeof v === 'string' ? replaced : `${replaced}::jsonb`;
    }
    return this.param(encoded);
  }

  insert<T extends Parameters<typeof tableCodec>[0]>(codec: TableCodec<T>, rows: Record<string, unknown>[]): string {
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => r[k] !== undefined)))];
    const tuples = rows.map((r) => `(${keys.map((k) => (r[k] === undefined ? 'DEFAULT' : this.value(codec, k, r[k]))).join(', ')})`);
    return `INSERT INTO ${codec.table} (${keys.map((k) => codec.column(k).name).join(', ')}) VALUES ${tuples.join(', ')}`;
  }
}

/** Writes the command; returns the allocated dossier code, if one was asked for. */
export async function commitDossierChange(tx: Tx, commit: DossierCommit): Promise<string | null> {
  const b = new StatementBuilder(Boolean(commit.allocateCode));
  const ctes: string[] = [];
  if (commit.allocateCode) {
    const { scope, day, prefix, width } = commit.allocateCode;
    ctes.push(
      `n AS (INSERT INTO dossier_code_counters AS k (scope, day, last) VALUES (${b.param(scope)}, ${b.param(day)}, 1)
        ON CONFLICT (scope, day) DO UPDATE SET last = k.last + 1 RETURNING k.last)`,
      `c AS (SELECT ${b.param(prefix)} || CASE WHEN length(last::text) >= ${b.param(width)}::int THEN last::text
        ELSE lpad(last::text, ${b.param(width)}::int, '0') END AS code FROM n)`,
    );
  }
  if (commit.insert) {
    ctes.push(`d AS (${b.insert(dossierCodec, [commit.insert.dossier])})`);
    if (commit.insert.components.length > 0) ctes.push(`dc AS (${b.insert(componentCodec, commit.insert.components)})`);
  }
  if (commit.update) {
    const sets = Object.entries(commit.update.changes)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${dossierCodec.column(k).name} = ${b.value(dossierCodec, k, v)}`);
    ctes.push(`u AS (UPDATE dossiers SET ${sets.join(', ')} WHERE id = ${b.param(commit.update.id)})`);
  }
  ctes.push(`a AS (${b.insert(actionCodec, [commit.action])})`);
  if (commit.audit.length > 0) ctes.push(`au AS (${b.insert(auditLogCodec, commit.audit)})`);
  if (commit.events.length > 0) ctes.push(`o AS (${b.insert(outboxCodec, commit.events)})`);
  const text = `WITH ${ctes.join(',\n')}\nSELECT ${commit.allocateCode ? '(SELECT code FROM c)' : 'NULL'} AS code`;
  const [row] = await rawQuery(tx, text, b.values);
  return (row?.code as string | null) ?? null;
}
