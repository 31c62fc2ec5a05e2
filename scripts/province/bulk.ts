/**
 * Bulk-load plumbing: which tables the generator fills, detecting earlier generated data, emptying the
 * tables, and dropping the big tables' secondary indexes and foreign keys for the load and putting them
 * back (with their exact definitions, read from the catalog) afterwards. It all runs in the generator's
 * transaction, so a failure leaves the schema as it was.
 */
import type pg from 'pg';

/** Small tables: written row by row-set, indexes kept. */
export const ORGANISATION_TABLES = [
  'center', 'agency', 'stationing', 'presence_day', 'mediator', 'hub_user', 'role_assignment', 'routing_rule', 'routing_rule_cooperating',
];
/** Big tables: loaded set-based with their secondary indexes and foreign keys dropped. */
export const CASE_TABLES = [
  'hub_case', 'case_counter', 'case_party', 'assignment', 'case_event', 'mediation_session', 'agreement', 'instalment', 'payment',
  'judicial_confirmation', 'feedback', 'supervision', 'extension_request', 'case_link',
];
/** Rows that refer to generated cases without a foreign key (the realtime outbox). */
const LOOSE_TABLES = ['hub_event'];

/** The login every generated province has; its presence marks a database holding generated data. */
export const PROVINCE_ADMIN = 'province.admin';

export async function holdsGeneratedData(db: pg.Client): Promise<boolean> {
  const { rows } = await db.query('select 1 from hub_user where username = $1', [PROVINCE_ADMIN]);
  return rows.length > 0;
}

export async function allEmpty(db: pg.Client): Promise<boolean> {
  const { rows } = await db.query<{ busy: boolean }>(
    `select ${[...ORGANISATION_TABLES, ...CASE_TABLES].map((t) => `exists (select 1 from "${t}")`).join(' or ')} as busy`,
  );
  return !rows[0]!.busy;
}

/**
 * Empties every table the generator writes, and (cascade) whatever refers to their rows: duty rotas,
 * sessions, API keys… Category, time-limit policy and calendar stay.
 */
export async function truncateGenerated(db: pg.Client): Promise<void> {
  await db.query(`truncate table ${[...ORGANISATION_TABLES, ...CASE_TABLES, ...LOOSE_TABLES].map((t) => `"${t}"`).join(', ')} restart identity cascade`);
}

interface Saved {
  indexes: string[];
  constraints: { table: string; name: string; definition: string }[];
}

/** Drops the big tables' indexes, primary and unique keys, and every foreign key from or to them. */
export async function dropForLoad(db: pg.Client): Promise<Saved> {
  const tables = CASE_TABLES.map((t) => `'${t}'::regclass`).join(', ');
  const constraints = await db.query<{ table: string; name: string; definition: string; contype: string }>(
    `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition, contype
       from pg_constraint
      where (contype = 'f' and (conrelid in (${tables}) or confrelid in (${tables})))
         or (contype in ('u', 'p') and conrelid in (${tables}))
      order by contype, conrelid::regclass::text, conname`,
  );
  const indexes = await db.query<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
      where i.indrelid in (${tables}) and not i.indisprimary
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.contype in ('p', 'u', 'x'))
      order by 1`,
  );
  // Foreign keys first (nothing may depend on what is dropped next), then unique and primary keys, then plain indexes.
  for (const c of constraints.rows) await db.query(`alter table ${c.table} drop constraint "${c.name}"`);
  for (const i of indexes.rows) await db.query(`drop index ${i.name}`);
  return {
    indexes: indexes.rows.map((i) => i.definition),
    // Restored the other way round: keys before the foreign keys that need them.
    constraints: [...constraints.rows.filter((c) => c.contype !== 'f'), ...constraints.rows.filter((c) => c.contype === 'f')],
  };
}

/** Recreates what `dropForLoad` dropped: keys, then indexes, then foreign keys, validated against the loaded rows. */
export async function restoreAfterLoad(db: pg.Client, saved: Saved, log: (s: string) => void): Promise<void> {
  const keys = saved.constraints.filter((c) => !c.definition.startsWith('FOREIGN KEY'));
  const foreign = saved.constraints.filter((c) => c.definition.startsWith('FOREIGN KEY'));
  for (const c of keys) {
    const t0 = performance.now();
    await db.query(`alter table ${c.table} add constraint "${c.name}" ${c.definition}`);
    log(`    constraint ${c.name} ${Math.round(performance.now() - t0)} ms`);
  }
  for (const definition of saved.indexes) {
    const t0 = performance.now();
    await db.query(definition);
    log(`    ${definition.replace(/^CREATE (UNIQUE )?INDEX (\S+) ON (public\.)?(\S+).*$/, 'index $2 on $4')} ${Math.round(performance.now() - t0)} ms`);
  }
  for (const c of foreign) {
    const t0 = performance.now();
    await db.query(`alter table ${c.table} add constraint "${c.name}" ${c.definition}`);
    log(`    constraint ${c.name} ${Math.round(performance.now() - t0)} ms`);
  }
}

/** Moves each serial's sequence past the ids written explicitly. */
export async function resetSequences(db: pg.Client): Promise<void> {
  const { rows } = await db.query<{ table: string; seq: string }>(
    `select table_name as table, pg_get_serial_sequence(quote_ident(table_name), 'id') as seq
       from information_schema.columns
      where table_schema = current_schema() and column_name = 'id' and table_name = any($1::text[])`,
    [[...ORGANISATION_TABLES, ...CASE_TABLES]],
  );
  for (const { table, seq } of rows) {
    if (seq) await db.query(`select setval($1, greatest((select coalesce(max(id), 0) from "${table}"), 1), (select count(*) > 0 from "${table}"))`, [seq]);
  }
}

/** The triggers that keep the ledger's per-case tables (migrations `ledgerFacts`, `ledgerCohort`, `ledgerSourceYears`), by table. */
const LEDGER_TRIGGERS: Record<string, string[]> = {
  extension_request: ['extension_request_ledger_fact'], supervision: ['supervision_ledger_fact'], feedback: ['feedback_ledger_fact'],
  case_party: ['case_party_source_insert', 'case_party_source_update', 'case_party_source_delete'],
  case_party_source: ['party_source_year_insert', 'party_source_year_update', 'party_source_year_delete'], hub_case: ['hub_case_party_source', 'hub_case_ledger_fact_insert', 'hub_case_ledger_fact_update'],
};
/** The ledger's per-case tables, filled from the loaded rows by `ledger_facts_rebuild()`. */
export const LEDGER_TABLES = ['case_ledger_fact', 'case_party_source', 'party_source_year'];

/**
 * The load writes the parties and side rows before their cases: the triggers that keep the ledger's
 * per-case tables are off during the load (in its transaction) and the tables rebuilt in one pass after.
 */
export async function setLedgerTriggers(db: pg.Client, enabled: boolean): Promise<void> {
  for (const [table, triggers] of Object.entries(LEDGER_TRIGGERS)) {
    for (const t of triggers) await db.query(`alter table "${table}" ${enabled ? 'enable' : 'disable'} trigger "${t}"`);
  }
  if (enabled) await db.query('select ledger_facts_rebuild()');
}
