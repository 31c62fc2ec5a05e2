import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Case } from '../cases/case.entity.js';
import { Center } from '../organisation/center.entity.js';

/** What the ledger's cohort reads besides the range key: in both indexes, so its scans are index-only. */
const COHORT_COLUMNS = ['status', 'failed', 'dispatch_minutes', 'resolve_hours', 'accept_due_date', 'due_date',
  'channel', 'kind', 'risk_level', 'category_id', 'extensions_requested', 'extensions_approved', 'supervisions', 'feedbacks',
  'feedbacks_satisfied', 'case_id'].map((c) => `"${c}"`).join(', ');

/**
 * Per case, one narrow row with everything the ledger (台账) reads of it, so a region's year is one
 * index-only range scan (no hub_case heap, no join):
 * - the case's own figures, copied or derived from `hub_case` by a row trigger on its insert and on
 *   every change of a copied column (migration `ledgerCohort`): when and where it was received, status,
 *   failed (referral set), the dispatch minutes and resolution hours the percentiles sort, the due dates
 *   the overdue rule reads, and the breakdown's dimensions;
 * - the counts of its side rows: extension requests (and approved ones), supervisions, feedback with a
 *   satisfaction, satisfied feedback, as signed increments from triggers on `extension_request`,
 *   `supervision` and `feedback` (migration `ledgerFacts`), so concurrent writers add up.
 * All in the writing transaction itself, so every writer — services, seeds, scripts — is covered by one
 * home; `ledger_facts_rebuild()` recomputes the table from the source tables after a bulk load.
 */
@Entity({ tableName: 'case_ledger_fact' })
@Index({ name: 'case_ledger_fact_received_index', expression: `create index "case_ledger_fact_received_index" on "case_ledger_fact" ("received_at") include ("origin_center_id", ${COHORT_COLUMNS})` })
@Index({ name: 'case_ledger_fact_origin_received_index', expression: `create index "case_ledger_fact_origin_received_index" on "case_ledger_fact" ("origin_center_id", "received_at") include (${COHORT_COLUMNS})` })
export class CaseLedgerFact {
  @ManyToOne(() => Case, { primary: true, ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  /** hub_case.received_at, copied. */
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  /** hub_case.origin_center_id (the receiving center), copied; no foreign key of its own. */
  @ManyToOne(() => Center, { ref: true, index: false, createForeignKeyConstraint: false })
  originCenter!: Ref<Center>;

  /** hub_case.status, copied. */
  @Property({ type: 'text' })
  status!: string;

  /** hub_case.referral is not null (转入其他途径: the ledger's "failed"). */
  @Property({ type: 'boolean' })
  failed!: boolean;

  /** Minutes from received to dispatched (float, as `extract(epoch …) / 60`); null while not dispatched. */
  @Property({ type: 'double', nullable: true })
  dispatchMinutes?: number | null;

  /** Hours from received to concluded for a resolved case (concluded, no referral, RESOLVED or CLOSED); else null. */
  @Property({ type: 'double', nullable: true })
  resolveHours?: number | null;

  /** hub_case.accept_due_date, copied (the overdue rule). */
  @Property({ type: 'date' })
  acceptDueDate!: string;

  /** hub_case.due_date, copied (the overdue rule). */
  @Property({ type: 'date', nullable: true })
  dueDate?: string | null;

  /** hub_case.channel, copied (breakdown). */
  @Property({ type: 'text' })
  channel!: string;

  /** hub_case.kind, copied (breakdown). */
  @Property({ type: 'text' })
  kind!: string;

  /** hub_case.risk_level, copied (breakdown). */
  @Property({ type: 'text' })
  riskLevel!: string;

  /** hub_case.category_id, copied (breakdown); no foreign key of its own. */
  @Property({ type: 'integer' })
  categoryId!: number;

  /** extension_request rows of the case, any status. */
  @Property({ type: 'integer', default: 0 })
  extensionsRequested!: number;

  /** extension_request rows with status APPROVED. */
  @Property({ type: 'integer', default: 0 })
  extensionsApproved!: number;

  /** supervision rows of the case. */
  @Property({ type: 'integer', default: 0 })
  supervisions!: number;

  /** feedback rows with a satisfaction other than UNREACHABLE (the ledger's "feedbacks"). */
  @Property({ type: 'integer', default: 0 })
  feedbacks!: number;

  /** feedback rows VERY_SATISFIED or SATISFIED. */
  @Property({ type: 'integer', default: 0 })
  feedbacksSatisfied!: number;
}

/**
 * One row per case and same-source key of its parties (身份证号/统一社会信用代码, else the folded name)
 * and side: what the ledger's repeat sources (重复来源) count, with the case's received_at and
 * receiving center copied so a region's year is one narrow index range. Kept by triggers on
 * `case_party` (the case's rows recomputed under the case row's lock) and on `hub_case`
 * (received_at / origin_center_id), migration `ledgerFacts`.
 */
@Entity({ tableName: 'case_party_source' })
@Index({ name: 'case_party_source_received_index', expression: 'create index "case_party_source_received_index" on "case_party_source" ("received_at") include ("role", "type", "source", "name")' })
@Index({ name: 'case_party_source_source_index', expression: 'create index "case_party_source_source_index" on "case_party_source" ("role", "type", "source", "received_at") include ("name")' })
@Index({ name: 'case_party_source_origin_received_index', expression: 'create index "case_party_source_origin_received_index" on "case_party_source" ("origin_center_id", "received_at") include ("role", "type", "source", "name")' })
export class CasePartySource {
  @ManyToOne(() => Case, { primary: true, ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  /** APPLICANT / RESPONDENT (PartyRole). */
  @PrimaryKey({ type: 'text' })
  role!: string;

  /** PERSON / ORGANISATION (PartyType). */
  @PrimaryKey({ type: 'text' })
  type!: string;

  /** coalesce(id_number, name_key), byte-wise ("C" collation, set by the migration) for fast grouping. */
  @PrimaryKey({ length: 100 })
  source!: string;

  /** The smallest name among the case's parties with this key (the label shown, masked for persons). */
  @Property({ length: 100 })
  name!: string;

  /** hub_case.received_at, copied. */
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  /** hub_case.origin_center_id (the receiving center), copied; no foreign key of its own. */
  @ManyToOne(() => Center, { ref: true, index: false, createForeignKeyConstraint: false })
  originCenter!: Ref<Center>;
}

/**
 * Per calendar year (Asia/Shanghai) and same-source key, the number of the year's cases in which the
 * source is a party (one per case, as in case_party_source) and the smallest name among them: the
 * region-wide yearly repeat sources (重复来源) read as the top of one partial index instead of grouping
 * a year's source rows. Kept by statement-level triggers on `case_party_source` (migration
 * `ledgerSourceYears`), sources in key order; rebuilt by `ledger_facts_rebuild()`.
 */
@Entity({ tableName: 'party_source_year' })
@Index({ name: 'party_source_year_repeat_index', expression: 'create index "party_source_year_repeat_index" on "party_source_year" ("year", "cases" desc, "name") include ("role", "type") where "cases" > 1' })
export class PartySourceYear {
  /** The calendar year of the cases' received_at in Asia/Shanghai. */
  @PrimaryKey({ type: 'integer' })
  year!: number;

  /** APPLICANT / RESPONDENT (PartyRole). */
  @PrimaryKey({ type: 'text' })
  role!: string;

  /** PERSON / ORGANISATION (PartyType). */
  @PrimaryKey({ type: 'text' })
  type!: string;

  /** case_party_source.source ("C" collation, set by the migration). */
  @PrimaryKey({ length: 100 })
  source!: string;

  /** Cases of the year with this source (rows with none are deleted). */
  @Property({ type: 'integer' })
  cases!: number;

  /** The smallest case_party_source.name among them (the label shown, masked for persons). */
  @Property({ length: 100 })
  name!: string;
}

/** The ledger's entities (issue 18, part 2). */
export const LEDGER_ENTITIES = [CaseLedgerFact, CasePartySource, PartySourceYear];
