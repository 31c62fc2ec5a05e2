import { Migration } from '@mikro-orm/migrations';

export class Migration20261130140244_dualDispatch extends Migration {

  override name = 'Migration20261130140244_dualDispatch';

  override up(): void | Promise<void> {
    this.addSql(`create table "reception" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "center_id" int not null, "leader_id" int not null, "recorded_by_id" int null, "received_at" timestamptz not null, "petitioners" jsonb not null, "headcount" int not null, "matter" text not null, "outcome" text not null, "note" text null, "on_duty" boolean not null, "off_duty_reason" varchar(300) null);`);
    this.addSql(`create index "reception_leader_id_received_at_index" on "reception" ("leader_id", "received_at");`);
    this.addSql(`create index "reception_center_id_received_at_index" on "reception" ("center_id", "received_at");`);

    this.addSql(`create table "reception_case" ("reception_id" int not null, "case_id" int not null, primary key ("reception_id", "case_id"));`);

    this.addSql(`create table "petition_procedure" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "case_id" int not null, "stage" text not null, "previous_case_id" int null, "answered_on" date null, "answer_summary" text null, "answered_by_id" int null);`);
    this.addSql(`alter table "petition_procedure" add constraint "petition_procedure_case_id_unique" unique ("case_id");`);
    this.addSql(`create index "petition_procedure_previous_case_id_index" on "petition_procedure" ("previous_case_id");`);

    this.addSql(`create table "leader_in_charge" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "case_id" int not null, "leader_id" int not null, "assigned_by_id" int null, "source" text not null, "note" varchar(500) null, "started_at" timestamptz not null, "ended_at" timestamptz null);`);
    this.addSql(`create index "leader_in_charge_case_id_index" on "leader_in_charge" ("case_id");`);
    this.addSql(`create unique index "leader_in_charge_current_uniq" on "leader_in_charge" ("case_id") where "ended_at" is null;`);
    this.addSql(`create index "leader_in_charge_leader_id_ended_at_index" on "leader_in_charge" ("leader_id", "ended_at");`);

    this.addSql(`create table "joint_meeting" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "center_id" int not null, "title" varchar(100) not null, "scheduled_at" timestamptz not null, "place" varchar(100) not null, "chair_id" int not null, "created_by_id" int null, "held_at" timestamptz null);`);
    this.addSql(`create index "joint_meeting_center_id_scheduled_at_index" on "joint_meeting" ("center_id", "scheduled_at");`);

    this.addSql(`create table "joint_meeting_agency" ("joint_meeting_id" int not null, "agency_id" int not null, primary key ("joint_meeting_id", "agency_id"));`);

    this.addSql(`create table "agenda_item" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "meeting_id" int not null, "case_id" int not null, "reasons" jsonb not null, "source" text not null);`);
    this.addSql(`create index "agenda_item_case_id_index" on "agenda_item" ("case_id");`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_case_id_unique" unique ("meeting_id", "case_id");`);

    this.addSql(`create table "joint_meeting_attendee" ("joint_meeting_id" int not null, "user_id" int not null, primary key ("joint_meeting_id", "user_id"));`);

    this.addSql(`create table "meeting_decision" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "meeting_id" int not null, "case_id" int not null, "summary" text not null, "lead_agency_id" int null, "leader_in_charge_id" int null, "recorded_by_id" int null);`);
    this.addSql(`create index "meeting_decision_case_id_index" on "meeting_decision" ("case_id");`);
    this.addSql(`alter table "meeting_decision" add constraint "meeting_decision_meeting_id_case_id_unique" unique ("meeting_id", "case_id");`);

    this.addSql(`create table "decision_instruction" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "decision_id" int not null, "supervision_id" int not null, "instructions" varchar(1000) not null, "owner_agency_id" int null, "owner" varchar(100) not null, "due_date" date not null);`);
    this.addSql(`create index "decision_instruction_decision_id_index" on "decision_instruction" ("decision_id");`);

    this.addSql(`alter table "hub_case" drop constraint "hub_case_channel_check";`);
    this.addSql(`alter table "hub_case" add constraint "hub_case_channel_check" check ("channel" in ('WALK_IN', 'PHONE', 'ONLINE', 'PETITION_LETTER', 'PETITION_VISIT', 'TRANSFER', 'GRID_REPORT', 'LEADER_RECEPTION'));`);

    this.addSql(`alter table "case_party" add "representative" boolean not null default false;`);

    this.addSql(`alter table "time_limit_policy" add "objection_days" int null, add "objection_day_count" text not null default 'WORKING', add "review_request_days" int null, add "review_answer_days" int null, add "review_day_count" text not null default 'CALENDAR', add "max_representatives" int null;`);
    this.addSql(`alter table "time_limit_policy" add constraint "time_limit_policy_objection_day_count_check" check ("objection_day_count" in ('CALENDAR', 'WORKING'));`);
    this.addSql(`alter table "time_limit_policy" add constraint "time_limit_policy_review_day_count_check" check ("review_day_count" in ('CALENDAR', 'WORKING'));`);
    // 信访工作条例 arts. 20, 23, 35–36 for the petition policies already stored (new databases are seeded with them).
    this.addSql(`update "time_limit_policy" set "objection_days" = 5, "review_request_days" = 30, "review_answer_days" = 30, "max_representatives" = 5 where "kind" = 'PETITION';`);

    this.addSql(`alter table "case_event" drop constraint "case_event_type_check";`);
    this.addSql(`alter table "case_event" add constraint "case_event_type_check" check ("type" in ('RECEIVED', 'UPDATED', 'PARTY_ADDED', 'PARTY_UPDATED', 'RISK_CHANGED', 'DISPATCHED', 'REASSIGNED', 'REJECTED', 'WITHDRAWN', 'SESSION_RECORDED', 'AGREEMENT_RECORDED', 'PAYMENT_RECORDED', 'CONFIRMATION_REQUESTED', 'CONFIRMATION_DECIDED', 'RESOLVED', 'FAILED', 'EXTENSION_REQUESTED', 'EXTENSION_DECIDED', 'SUPERVISION_RAISED', 'SUPERVISION_ANSWERED', 'FEEDBACK_RECORDED', 'CLOSED', 'REOPENED', 'ESCALATED', 'DELEGATED', 'LINKED', 'UNLINKED', 'DUE_DATE_RECALCULATED', 'RECEPTION_RECORDED', 'LEADER_IN_CHARGE', 'OBJECTED', 'ANSWERED_IN_WRITING', 'REVIEW_REQUESTED', 'MEETING_DECIDED'));`);

    this.addSql(`alter table "reception" add constraint "reception_center_id_foreign" foreign key ("center_id") references "center" ("id");`);
    this.addSql(`alter table "reception" add constraint "reception_leader_id_foreign" foreign key ("leader_id") references "hub_user" ("id");`);
    this.addSql(`alter table "reception" add constraint "reception_recorded_by_id_foreign" foreign key ("recorded_by_id") references "hub_user" ("id") on delete set null;`);
    this.addSql(`alter table "reception" add constraint "reception_outcome_check" check ("outcome" in ('ANSWERED', 'CASE_CREATED', 'CASES_LINKED', 'REFERRED'));`);

    this.addSql(`alter table "reception_case" add constraint "reception_case_reception_id_foreign" foreign key ("reception_id") references "reception" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reception_case" add constraint "reception_case_case_id_foreign" foreign key ("case_id") references "hub_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "petition_procedure" add constraint "petition_procedure_case_id_foreign" foreign key ("case_id") references "hub_case" ("id");`);
    this.addSql(`alter table "petition_procedure" add constraint "petition_procedure_previous_case_id_foreign" foreign key ("previous_case_id") references "hub_case" ("id") on delete set null;`);
    this.addSql(`alter table "petition_procedure" add constraint "petition_procedure_answered_by_id_foreign" foreign key ("answered_by_id") references "hub_user" ("id") on delete set null;`);
    this.addSql(`alter table "petition_procedure" add constraint "petition_procedure_stage_check" check ("stage" in ('ORIGINAL', 'REVIEW', 'RE_REVIEW', 'NOT_ACCEPTED_AGAIN'));`);

    this.addSql(`alter table "leader_in_charge" add constraint "leader_in_charge_case_id_foreign" foreign key ("case_id") references "hub_case" ("id");`);
    this.addSql(`alter table "leader_in_charge" add constraint "leader_in_charge_leader_id_foreign" foreign key ("leader_id") references "hub_user" ("id");`);
    this.addSql(`alter table "leader_in_charge" add constraint "leader_in_charge_assigned_by_id_foreign" foreign key ("assigned_by_id") references "hub_user" ("id") on delete set null;`);
    this.addSql(`alter table "leader_in_charge" add constraint "leader_in_charge_source_check" check ("source" in ('TAKEN', 'RECEPTION', 'MEETING_DECISION'));`);

    this.addSql(`alter table "joint_meeting" add constraint "joint_meeting_center_id_foreign" foreign key ("center_id") references "center" ("id");`);
    this.addSql(`alter table "joint_meeting" add constraint "joint_meeting_chair_id_foreign" foreign key ("chair_id") references "hub_user" ("id");`);
    this.addSql(`alter table "joint_meeting" add constraint "joint_meeting_created_by_id_foreign" foreign key ("created_by_id") references "hub_user" ("id") on delete set null;`);

    this.addSql(`alter table "joint_meeting_agency" add constraint "joint_meeting_agency_joint_meeting_id_foreign" foreign key ("joint_meeting_id") references "joint_meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "joint_meeting_agency" add constraint "joint_meeting_agency_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "joint_meeting" ("id");`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_case_id_foreign" foreign key ("case_id") references "hub_case" ("id");`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_source_check" check ("source" in ('PROPOSED', 'MANUAL'));`);

    this.addSql(`alter table "joint_meeting_attendee" add constraint "joint_meeting_attendee_joint_meeting_id_foreign" foreign key ("joint_meeting_id") references "joint_meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "joint_meeting_attendee" add constraint "joint_meeting_attendee_user_id_foreign" foreign key ("user_id") references "hub_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "meeting_decision" add constraint "meeting_decision_meeting_id_foreign" foreign key ("meeting_id") references "joint_meeting" ("id");`);
    this.addSql(`alter table "meeting_decision" add constraint "meeting_decision_case_id_foreign" foreign key ("case_id") references "hub_case" ("id");`);
    this.addSql(`alter table "meeting_decision" add constraint "meeting_decision_lead_agency_id_foreign" foreign key ("lead_agency_id") references "agency" ("id") on delete set null;`);
    this.addSql(`alter table "meeting_decision" add constraint "meeting_decision_leader_in_charge_id_foreign" foreign key ("leader_in_charge_id") references "hub_user" ("id") on delete set null;`);
    this.addSql(`alter table "meeting_decision" add constraint "meeting_decision_recorded_by_id_foreign" foreign key ("recorded_by_id") references "hub_user" ("id") on delete set null;`);

    this.addSql(`alter table "decision_instruction" add constraint "decision_instruction_decision_id_foreign" foreign key ("decision_id") references "meeting_decision" ("id");`);
    this.addSql(`alter table "decision_instruction" add constraint "decision_instruction_supervision_id_foreign" foreign key ("supervision_id") references "supervision" ("id");`);
    this.addSql(`alter table "decision_instruction" add constraint "decision_instruction_owner_agency_id_foreign" foreign key ("owner_agency_id") references "agency" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "reception_case" drop constraint "reception_case_reception_id_foreign";`);
    this.addSql(`alter table "joint_meeting_agency" drop constraint "joint_meeting_agency_joint_meeting_id_foreign";`);
    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_meeting_id_foreign";`);
    this.addSql(`alter table "joint_meeting_attendee" drop constraint "joint_meeting_attendee_joint_meeting_id_foreign";`);
    this.addSql(`alter table "meeting_decision" drop constraint "meeting_decision_meeting_id_foreign";`);
    this.addSql(`alter table "decision_instruction" drop constraint "decision_instruction_decision_id_foreign";`);

    this.addSql(`drop table if exists "reception" cascade;`);
    this.addSql(`drop table if exists "reception_case" cascade;`);
    this.addSql(`drop table if exists "petition_procedure" cascade;`);
    this.addSql(`drop table if exists "leader_in_charge" cascade;`);
    this.addSql(`drop table if exists "joint_meeting" cascade;`);
    this.addSql(`drop table if exists "joint_meeting_agency" cascade;`);
    this.addSql(`drop table if exists "agenda_item" cascade;`);
    this.addSql(`drop table if exists "joint_meeting_attendee" cascade;`);
    this.addSql(`drop table if exists "meeting_decision" cascade;`);
    this.addSql(`drop table if exists "decision_instruction" cascade;`);

    this.addSql(`alter table "case_event" drop constraint "case_event_type_check";`);
    this.addSql(`alter table "case_event" add constraint "case_event_type_check" check ("type" in ('RECEIVED', 'UPDATED', 'PARTY_ADDED', 'PARTY_UPDATED', 'RISK_CHANGED', 'DISPATCHED', 'REASSIGNED', 'REJECTED', 'WITHDRAWN', 'SESSION_RECORDED', 'AGREEMENT_RECORDED', 'PAYMENT_RECORDED', 'CONFIRMATION_REQUESTED', 'CONFIRMATION_DECIDED', 'RESOLVED', 'FAILED', 'EXTENSION_REQUESTED', 'EXTENSION_DECIDED', 'SUPERVISION_RAISED', 'SUPERVISION_ANSWERED', 'FEEDBACK_RECORDED', 'CLOSED', 'REOPENED', 'ESCALATED', 'DELEGATED', 'LINKED', 'UNLINKED', 'DUE_DATE_RECALCULATED'));`);

    this.addSql(`alter table "case_party" drop column "representative";`);

    this.addSql(`alter table "hub_case" drop constraint "hub_case_channel_check";`);
    this.addSql(`alter table "hub_case" add constraint "hub_case_channel_check" check ("channel" in ('WALK_IN', 'PHONE', 'ONLINE', 'PETITION_LETTER', 'PETITION_VISIT', 'TRANSFER', 'GRID_REPORT'));`);

    this.addSql(`alter table "time_limit_policy" drop constraint "time_limit_policy_objection_day_count_check";`);
    this.addSql(`alter table "time_limit_policy" drop constraint "time_limit_policy_review_day_count_check";`);
    this.addSql(`alter table "time_limit_policy" drop column "objection_days", drop column "objection_day_count", drop column "review_request_days", drop column "review_answer_days", drop column "review_day_count", drop column "max_representatives";`);
  }

}
