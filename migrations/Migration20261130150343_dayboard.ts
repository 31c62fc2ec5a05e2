import { Migration } from '@mikro-orm/migrations';

export class Migration20261130150343_dayboard extends Migration {

  override name = 'Migration20261130150343_dayboard';

  override up(): void | Promise<void> {
    this.addSql(`create table "dispatch_alert" ("id" serial primary key, "case_id" int not null, "threshold" smallint not null, "due_at" timestamptz not null, "alerted_at" timestamptz null);`);
    this.addSql(`create index "dispatch_alert_pending_idx" on "dispatch_alert" ("due_at") where "alerted_at" is null;`);
    this.addSql(`alter table "dispatch_alert" add constraint "dispatch_alert_case_id_threshold_unique" unique ("case_id", "threshold");`);

    this.addSql(`create table "dispatch_target" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "center_id" int not null, "seconds" int not null);`);
    this.addSql(`alter table "dispatch_target" add constraint "dispatch_target_center_id_unique" unique ("center_id");`);

    this.addSql(`create table "published_presence_day" ("id" serial primary key, "stationing_id" int not null, "date" date not null, "publication" int not null, "published_at" timestamptz not null);`);
    this.addSql(`create index "published_presence_day_date_index" on "published_presence_day" ("date");`);
    this.addSql(`alter table "published_presence_day" add constraint "published_presence_day_stationing_id_date_unique" unique ("stationing_id", "date");`);

    this.addSql(`create table "presence_publication" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "center_id" int not null, "number" int not null, "start_date" date not null, "end_date" date not null, "days" int not null, "published_by_id" int null);`);
    this.addSql(`alter table "presence_publication" add constraint "presence_publication_center_id_number_unique" unique ("center_id", "number");`);

    this.addSql(`alter table "case_event" drop constraint "case_event_type_check";`);
    this.addSql(`alter table "case_event" add constraint "case_event_type_check" check ("type" in ('RECEIVED', 'UPDATED', 'PARTY_ADDED', 'PARTY_UPDATED', 'RISK_CHANGED', 'DISPATCHED', 'REASSIGNED', 'REJECTED', 'WITHDRAWN', 'SESSION_RECORDED', 'AGREEMENT_RECORDED', 'PAYMENT_RECORDED', 'CONFIRMATION_REQUESTED', 'CONFIRMATION_DECIDED', 'RESOLVED', 'FAILED', 'EXTENSION_REQUESTED', 'EXTENSION_DECIDED', 'SUPERVISION_RAISED', 'SUPERVISION_ANSWERED', 'FEEDBACK_RECORDED', 'CLOSED', 'REOPENED', 'ESCALATED', 'DELEGATED', 'LINKED', 'UNLINKED', 'DUE_DATE_RECALCULATED', 'RECEPTION_RECORDED', 'LEADER_IN_CHARGE', 'OBJECTED', 'ANSWERED_IN_WRITING', 'REVIEW_REQUESTED', 'MEETING_DECIDED', 'DISPATCH_TARGET_MISSED'));`);

    this.addSql(`alter table "dispatch_alert" add constraint "dispatch_alert_case_id_foreign" foreign key ("case_id") references "hub_case" ("id");`);

    this.addSql(`alter table "dispatch_target" add constraint "dispatch_target_center_id_foreign" foreign key ("center_id") references "center" ("id");`);

    this.addSql(`alter table "published_presence_day" add constraint "published_presence_day_stationing_id_foreign" foreign key ("stationing_id") references "stationing" ("id");`);

    this.addSql(`alter table "presence_publication" add constraint "presence_publication_center_id_foreign" foreign key ("center_id") references "center" ("id");`);
    this.addSql(`alter table "presence_publication" add constraint "presence_publication_published_by_id_foreign" foreign key ("published_by_id") references "hub_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "dispatch_alert" cascade;`);
    this.addSql(`drop table if exists "dispatch_target" cascade;`);
    this.addSql(`drop table if exists "published_presence_day" cascade;`);
    this.addSql(`drop table if exists "presence_publication" cascade;`);

    this.addSql(`alter table "case_event" drop constraint "case_event_type_check";`);
    this.addSql(`alter table "case_event" add constraint "case_event_type_check" check ("type" in ('RECEIVED', 'UPDATED', 'PARTY_ADDED', 'PARTY_UPDATED', 'RISK_CHANGED', 'DISPATCHED', 'REASSIGNED', 'REJECTED', 'WITHDRAWN', 'SESSION_RECORDED', 'AGREEMENT_RECORDED', 'PAYMENT_RECORDED', 'CONFIRMATION_REQUESTED', 'CONFIRMATION_DECIDED', 'RESOLVED', 'FAILED', 'EXTENSION_REQUESTED', 'EXTENSION_DECIDED', 'SUPERVISION_RAISED', 'SUPERVISION_ANSWERED', 'FEEDBACK_RECORDED', 'CLOSED', 'REOPENED', 'ESCALATED', 'DELEGATED', 'LINKED', 'UNLINKED', 'DUE_DATE_RECALCULATED', 'RECEPTION_RECORDED', 'LEADER_IN_CHARGE', 'OBJECTED', 'ANSWERED_IN_WRITING', 'REVIEW_REQUESTED', 'MEETING_DECIDED'));`);
  }

}
