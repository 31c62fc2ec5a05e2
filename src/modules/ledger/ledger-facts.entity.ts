import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Case } from '../cases/case.entity.js';
import { Center } from '../organisation/center.entity.js';

/**
 * Per case, the counts of its side rows that the ledger (台账) sums: extension requests (and approved
 * ones), supervisions, feedback with a satisfaction, satisfied feedback. Kept by statement-level
 * triggers on `extension_request`, `supervision` and `feedback` in the writing transaction itself
 * (migration `ledgerFacts`), as increments, so concurrent writers add up and every writer — services,
 * seeds, scripts — is covered by one home. A case without side rows has no row here (read as zeros).
 */
@Entity({ tableName: 'case_ledger_fact' })
export class CaseLedgerFact {
  @ManyToOne(() => Case, { primary: true, ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

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

/** The ledger's entities (issue 18, part 2). */
export const LEDGER_ENTITIES = [CaseLedgerFact, CasePartySource];
