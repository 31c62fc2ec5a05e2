import { Migration } from '@mikro-orm/migrations';

export class Migration20261130135802_calendarYear extends Migration {

  override name = 'Migration20261130135802_calendarYear';

  override up(): void | Promise<void> {
    this.addSql(`create table "calendar_year" ("year" int not null, "notice" varchar(60) not null, "entered_at" timestamptz not null default now(), "entered_by" int null, primary key ("year"));`);

    this.addSql(`alter table "case_event" drop constraint "case_event_type_check";`);
    this.addSql(`alter table "case_event" add constraint "case_event_type_check" check ("type" in ('RECEIVED', 'UPDATED', 'PARTY_ADDED', 'PARTY_UPDATED', 'RISK_CHANGED', 'DISPATCHED', 'REASSIGNED', 'REJECTED', 'WITHDRAWN', 'SESSION_RECORDED', 'AGREEMENT_RECORDED', 'PAYMENT_RECORDED', 'CONFIRMATION_REQUESTED', 'CONFIRMATION_DECIDED', 'RESOLVED', 'FAILED', 'EXTENSION_REQUESTED', 'EXTENSION_DECIDED', 'SUPERVISION_RAISED', 'SUPERVISION_ANSWERED', 'FEEDBACK_RECORDED', 'CLOSED', 'REOPENED', 'ESCALATED', 'DELEGATED', 'LINKED', 'UNLINKED', 'DUE_DATE_RECALCULATED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "calendar_year" cascade;`);

    this.addSql(`alter table "case_event" drop constraint "case_event_type_check";`);
    this.addSql(`alter table "case_event" add constraint "case_event_type_check" check ("type" in ('RECEIVED', 'UPDATED', 'PARTY_ADDED', 'PARTY_UPDATED', 'RISK_CHANGED', 'DISPATCHED', 'REASSIGNED', 'REJECTED', 'WITHDRAWN', 'SESSION_RECORDED', 'AGREEMENT_RECORDED', 'PAYMENT_RECORDED', 'CONFIRMATION_REQUESTED', 'CONFIRMATION_DECIDED', 'RESOLVED', 'FAILED', 'EXTENSION_REQUESTED', 'EXTENSION_DECIDED', 'SUPERVISION_RAISED', 'SUPERVISION_ANSWERED', 'FEEDBACK_RECORDED', 'CLOSED', 'REOPENED', 'ESCALATED', 'DELEGATED', 'LINKED', 'UNLINKED'));`);
  }

}
