import { Migration } from '@mikro-orm/migrations';

export class Migration20261122135341_cases extends Migration {

  override name = 'Migration20261122135341_cases';

  override up(): void | Promise<void> {
    this.addSql(`create table "calendar_day" ("date" date not null, "kind" text not null, "name" varchar(40) not null, primary key ("date"));`);

    this.addSql(`create table "case_counter" ("center_id" int not null, "year" int not null, "last" int not null, primary key ("center_id", "year"));`);

    this.addSql(`create table "hub_case" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "number" varchar(30) not null, "tracking_code" varchar(14) not null, "origin_center_id" int not null, "center_id" int not null, "kind" text not null, "channel" text not null, "category_id" int not null, "title" varchar(100) not null, "description" text not null, "place" varchar(200) null, "amount" numeric(16,2) null, "status" text not null default 'RECEIVED', "risk_level" text not null default 'NONE', "risk_flag" text not null default 'NONE', "risk_reason" varchar(300) null, "received_at" timestamptz not null, "accept_due_date" date not null, "dispatched_at" timestamptz null, "due_date" date null, "extended_days" int not null default 0, "concluded_at" timestamptz null, "closed_at" timestamptz null, "referral" text null, "outcome_note" text null, "search_text" text not null default '');`);
    this.addSql(`alter table "hub_case" add constraint "hub_case_number_unique" unique ("number");`);
    this.addSql(`alter table "hub_case" add constraint "hub_case_tracking_code_unique" unique ("tracking_code");`);
    this.addSql(`create index "hub_case_category_id_index" on "hub_case" ("category_id");`);
    this.addSql(`create index "hub_case_received_at_index" on "hub_case" ("received_at");`);
    this.addSql(`create index "hub_case_center_id_status_index" on "hub_case" ("center_id", "status");`);
    this.addSql(`create index "hub_case_search_trgm" on "hub_case" using gin ("search_text" gin_trgm_ops);`);

    this.addSql(`create table "agreement" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "case_id" int not null, "terms" text not null, "total_amount" numeric(16,2) not null, "effective_date" date not null);`);
    this.addSql(`create index "agreement_case_id_index" on "agreement" ("case_id");`);

    this.addSql(`create table "instalment" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "agreement_id" int not null, "seq" int not null, "due_date" date not null, "amount" numeric(16,2) not null, "paid_amount" numeric(16,2) not null default '0.00');`);
    this.addSql(`create index "instalment_agreement_id_index" on "instalment" ("agreement_id");`);

    this.addSql(`create table "judicial_confirmation" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "agreement_id" int not null, "court_id" int not null, "requested_date" date not null, "decision_due_date" date not null, "result" text not null default 'PENDING', "decided_date" date null, "note" varchar(500) null);`);
    this.addSql(`create index "judicial_confirmation_agreement_id_index" on "judicial_confirmation" ("agreement_id");`);

    this.addSql(`create table "case_party" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "case_id" int not null, "role" text not null, "type" text not null, "name" varchar(100) not null, "name_key" varchar(100) not null, "id_number" varchar(18) null, "phone" varchar(20) null, "headcount" int not null default 1, "address" varchar(200) null);`);
    this.addSql(`create index "case_party_case_id_index" on "case_party" ("case_id");`);
    this.addSql(`create index "case_party_name_key_index" on "case_party" ("name_key");`);
    this.addSql(`create index "case_party_phone_index" on "case_party" ("phone");`);
    this.addSql(`create index "case_party_id_number_index" on "case_party" ("id_number");`);

    this.addSql(`create table "routing_rule" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "center_id" int not null, "category_code" varchar(40) not null, "lead_agency_id" int not null);`);
    this.addSql(`alter table "routing_rule" add constraint "routing_rule_center_id_category_code_unique" unique ("center_id", "category_code");`);

    this.addSql(`create table "routing_rule_cooperating" ("routing_rule_id" int not null, "agency_id" int not null, primary key ("routing_rule_id", "agency_id"));`);

    this.addSql(`create table "presence_day" ("id" serial primary key, "stationing_id" int not null, "date" date not null);`);
    this.addSql(`create index "presence_day_stationing_id_index" on "presence_day" ("stationing_id");`);
    this.addSql(`create index "presence_day_date_index" on "presence_day" ("date");`);
    this.addSql(`alter table "presence_day" add constraint "presence_day_stationing_id_date_unique" unique ("stationing_id", "date");`);

    this.addSql(`create table "time_limit_policy" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "kind" text not null, "category_code" varchar(40) null, "accept_days" int not null, "accept_day_count" text not null, "finish_days" int not null, "finish_day_count" text not null, "max_extensions" int not null, "max_extension_days" int not null, "warn_days_before" int not null, "basis" varchar(200) not null);`);
    this.addSql(`create unique index "time_limit_policy_uniq" on "time_limit_policy" ("kind", "category_code") nulls not distinct;`);

    this.addSql(`create table "supervision" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "case_id" int not null, "kind" text not null, "raised_by_id" int null, "instructions" varchar(1000) not null, "response_due_date" date not null, "response" text null, "answered_by_id" int null, "answered_at" timestamptz null);`);
    this.addSql(`create index "supervision_case_id_index" on "supervision" ("case_id");`);
    this.addSql(`create unique index "supervision_open_auto_uniq" on "supervision" ("case_id", "kind") where "answered_at" is null and "kind" <> 'MANUAL';`);

    this.addSql(`create table "payment" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "agreement_id" int not null, "amount" numeric(16,2) not null, "paid_date" date not null, "note" varchar(300) null, "recorded_by_id" int null);`);
    this.addSql(`create index "payment_agreement_id_index" on "payment" ("agreement_id");`);

    this.addSql(`create table "mediation_session" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "case_id" int not null, "method" text not null, "held_at" timestamptz not null, "participants" varchar(500) not null, "notes" text not null, "mediator_id" int null, "recorded_by_id" int null);`);
    this.addSql(`create index "mediation_session_case_id_index" on "mediation_session" ("case_id");`);

    this.addSql(`create table "feedback" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "case_id" int not null, "party_id" int not null, "satisfaction" text not null, "comment" varchar(1000) null, "recorded_by_id" int null);`);
    this.addSql(`create index "feedback_case_id_index" on "feedback" ("case_id");`);

    this.addSql(`create table "extension_request" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "case_id" int not null, "days" int not null, "reason" varchar(1000) not null, "requested_by_id" int null, "status" text not null default 'PENDING', "decided_by_id" int null, "decided_at" timestamptz null, "decision_note" varchar(500) null);`);
    this.addSql(`create index "extension_request_case_id_index" on "extension_request" ("case_id");`);

    this.addSql(`create table "case_link" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "low_id" int not null, "high_id" int not null, "type" text not null, "note" varchar(500) null, "created_by_id" int null);`);
    this.addSql(`create index "case_link_low_id_index" on "case_link" ("low_id");`);
    this.addSql(`create index "case_link_high_id_index" on "case_link" ("high_id");`);
    this.addSql(`alter table "case_link" add constraint "case_link_low_id_high_id_unique" unique ("low_id", "high_id");`);

    this.addSql(`create table "case_event" ("id" bigserial primary key, "case_id" int not null, "type" text not null, "actor_id" int null, "at" timestamptz not null default now(), "from_status" text null, "to_status" text null, "data" jsonb not null);`);
    this.addSql(`create index "case_event_case_id_id_index" on "case_event" ("case_id", "id");`);

    this.addSql(`create table "assignment" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "case_id" int not null, "role" text not null, "agency_id" int null, "mediator_id" int null, "assigned_by_id" int null, "assigned_at" timestamptz not null, "ended_at" timestamptz null, "end_reason" varchar(300) null);`);
    this.addSql(`create index "assignment_case_id_index" on "assignment" ("case_id");`);
    this.addSql(`create index "assignment_mediator_id_ended_at_index" on "assignment" ("mediator_id", "ended_at");`);
    this.addSql(`create index "assignment_agency_id_ended_at_index" on "assignment" ("agency_id", "ended_at");`);

    this.addSql(`alter table "calendar_day" add constraint "calendar_day_kind_check" check ("kind" in ('HOLIDAY', 'MAKEUP_WORKDAY'));`);

    this.addSql(`alter table "case_counter" add constraint "case_counter_center_id_foreign" foreign key ("center_id") references "center" ("id");`);

    this.addSql(`alter table "hub_case" add constraint "hub_case_origin_center_id_foreign" foreign key ("origin_center_id") references "center" ("id");`);
    this.addSql(`alter table "hub_case" add constraint "hub_case_center_id_foreign" foreign key ("center_id") references "center" ("id");`);
    this.addSql(`alter table "hub_case" add constraint "hub_case_category_id_foreign" foreign key ("category_id") references "category" ("id");`);
    this.addSql(`alter table "hub_case" add constraint "hub_case_kind_check" check ("kind" in ('DISPUTE', 'PETITION'));`);
    this.addSql(`alter table "hub_case" add constraint "hub_case_channel_check" check ("channel" in ('WALK_IN', 'PHONE', 'ONLINE', 'PETITION_LETTER', 'PETITION_VISIT', 'TRANSFER', 'GRID_REPORT'));`);
    this.addSql(`alter table "hub_case" add constraint "hub_case_status_check" check ("status" in ('RECEIVED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'FAILED', 'CLOSED', 'REJECTED', 'WITHDRAWN'));`);
    this.addSql(`alter table "hub_case" add constraint "hub_case_risk_level_check" check ("risk_level" in ('NONE', 'LOW', 'MEDIUM', 'HIGH'));`);
    this.addSql(`alter table "hub_case" add constraint "hub_case_risk_flag_check" check ("risk_flag" in ('NONE', 'LOW', 'MEDIUM', 'HIGH'));`);
    this.addSql(`alter table "hub_case" add constraint "hub_case_referral_check" check ("referral" in ('ARBITRATION', 'LITIGATION', 'ADMINISTRATIVE_REVIEW', 'NONE'));`);

    this.addSql(`alter table "agreement" add constraint "agreement_case_id_foreign" foreign key ("case_id") references "hub_case" ("id");`);

    this.addSql(`alter table "instalment" add constraint "instalment_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id");`);

    this.addSql(`alter table "judicial_confirmation" add constraint "judicial_confirmation_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id");`);
    this.addSql(`alter table "judicial_confirmation" add constraint "judicial_confirmation_court_id_foreign" foreign key ("court_id") references "agency" ("id");`);
    this.addSql(`alter table "judicial_confirmation" add constraint "judicial_confirmation_result_check" check ("result" in ('PENDING', 'CONFIRMED', 'REJECTED'));`);

    this.addSql(`alter table "case_party" add constraint "case_party_case_id_foreign" foreign key ("case_id") references "hub_case" ("id");`);
    this.addSql(`alter table "case_party" add constraint "case_party_role_check" check ("role" in ('APPLICANT', 'RESPONDENT'));`);
    this.addSql(`alter table "case_party" add constraint "case_party_type_check" check ("type" in ('PERSON', 'ORGANISATION'));`);

    this.addSql(`alter table "routing_rule" add constraint "routing_rule_center_id_foreign" foreign key ("center_id") references "center" ("id");`);
    this.addSql(`alter table "routing_rule" add constraint "routing_rule_lead_agency_id_foreign" foreign key ("lead_agency_id") references "agency" ("id");`);

    this.addSql(`alter table "routing_rule_cooperating" add constraint "routing_rule_cooperating_routing_rule_id_foreign" foreign key ("routing_rule_id") references "routing_rule" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "routing_rule_cooperating" add constraint "routing_rule_cooperating_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "presence_day" add constraint "presence_day_stationing_id_foreign" foreign key ("stationing_id") references "stationing" ("id");`);

    this.addSql(`alter table "time_limit_policy" add constraint "time_limit_policy_kind_check" check ("kind" in ('DISPUTE', 'PETITION'));`);
    this.addSql(`alter table "time_limit_policy" add constraint "time_limit_policy_accept_day_count_check" check ("accept_day_count" in ('CALENDAR', 'WORKING'));`);
    this.addSql(`alter table "time_limit_policy" add constraint "time_limit_policy_finish_day_count_check" check ("finish_day_count" in ('CALENDAR', 'WORKING'));`);

    this.addSql(`alter table "supervision" add constraint "supervision_case_id_foreign" foreign key ("case_id") references "hub_case" ("id");`);
    this.addSql(`alter table "supervision" add constraint "supervision_raised_by_id_foreign" foreign key ("raised_by_id") references "hub_user" ("id") on delete set null;`);
    this.addSql(`alter table "supervision" add constraint "supervision_answered_by_id_foreign" foreign key ("answered_by_id") references "hub_user" ("id") on delete set null;`);
    this.addSql(`alter table "supervision" add constraint "supervision_kind_check" check ("kind" in ('OVERDUE', 'AT_RISK', 'MANUAL'));`);

    this.addSql(`alter table "payment" add constraint "payment_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id");`);
    this.addSql(`alter table "payment" add constraint "payment_recorded_by_id_foreign" foreign key ("recorded_by_id") references "hub_user" ("id") on delete set null;`);

    this.addSql(`alter table "mediation_session" add constraint "mediation_session_case_id_foreign" foreign key ("case_id") references "hub_case" ("id");`);
    this.addSql(`alter table "mediation_session" add constraint "mediation_session_mediator_id_foreign" foreign key ("mediator_id") references "mediator" ("id") on delete set null;`);
    this.addSql(`alter table "mediation_session" add constraint "mediation_session_recorded_by_id_foreign" foreign key ("recorded_by_id") references "hub_user" ("id") on delete set null;`);
    this.addSql(`alter table "mediation_session" add constraint "mediation_session_method_check" check ("method" in ('FACE_TO_FACE', 'SEPARATE', 'PHONE', 'VIDEO'));`);

    this.addSql(`alter table "feedback" add constraint "feedback_case_id_foreign" foreign key ("case_id") references "hub_case" ("id");`);
    this.addSql(`alter table "feedback" add constraint "feedback_party_id_foreign" foreign key ("party_id") references "case_party" ("id");`);
    this.addSql(`alter table "feedback" add constraint "feedback_recorded_by_id_foreign" foreign key ("recorded_by_id") references "hub_user" ("id") on delete set null;`);
    this.addSql(`alter table "feedback" add constraint "feedback_satisfaction_check" check ("satisfaction" in ('VERY_SATISFIED', 'SATISFIED', 'NEUTRAL', 'DISSATISFIED', 'VERY_DISSATISFIED', 'UNREACHABLE'));`);

    this.addSql(`alter table "extension_request" add constraint "extension_request_case_id_foreign" foreign key ("case_id") references "hub_case" ("id");`);
    this.addSql(`alter table "extension_request" add constraint "extension_request_requested_by_id_foreign" foreign key ("requested_by_id") references "hub_user" ("id") on delete set null;`);
    this.addSql(`alter table "extension_request" add constraint "extension_request_decided_by_id_foreign" foreign key ("decided_by_id") references "hub_user" ("id") on delete set null;`);
    this.addSql(`alter table "extension_request" add constraint "extension_request_status_check" check ("status" in ('PENDING', 'APPROVED', 'REJECTED'));`);

    this.addSql(`alter table "case_link" add constraint "case_link_low_id_foreign" foreign key ("low_id") references "hub_case" ("id");`);
    this.addSql(`alter table "case_link" add constraint "case_link_high_id_foreign" foreign key ("high_id") references "hub_case" ("id");`);
    this.addSql(`alter table "case_link" add constraint "case_link_created_by_id_foreign" foreign key ("created_by_id") references "hub_user" ("id") on delete set null;`);
    this.addSql(`alter table "case_link" add constraint "case_link_type_check" check ("type" in ('RELATED', 'DUPLICATE', 'SAME_SOURCE'));`);

    this.addSql(`alter table "case_event" add constraint "case_event_case_id_foreign" foreign key ("case_id") references "hub_case" ("id");`);
    this.addSql(`alter table "case_event" add constraint "case_event_actor_id_foreign" foreign key ("actor_id") references "hub_user" ("id") on delete set null;`);
    this.addSql(`alter table "case_event" add constraint "case_event_type_check" check ("type" in ('RECEIVED', 'UPDATED', 'PARTY_ADDED', 'PARTY_UPDATED', 'RISK_CHANGED', 'DISPATCHED', 'REASSIGNED', 'REJECTED', 'WITHDRAWN', 'SESSION_RECORDED', 'AGREEMENT_RECORDED', 'PAYMENT_RECORDED', 'CONFIRMATION_REQUESTED', 'CONFIRMATION_DECIDED', 'RESOLVED', 'FAILED', 'EXTENSION_REQUESTED', 'EXTENSION_DECIDED', 'SUPERVISION_RAISED', 'SUPERVISION_ANSWERED', 'FEEDBACK_RECORDED', 'CLOSED', 'REOPENED', 'ESCALATED', 'DELEGATED', 'LINKED', 'UNLINKED'));`);
    this.addSql(`alter table "case_event" add constraint "case_event_from_status_check" check ("from_status" in ('RECEIVED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'FAILED', 'CLOSED', 'REJECTED', 'WITHDRAWN'));`);
    this.addSql(`alter table "case_event" add constraint "case_event_to_status_check" check ("to_status" in ('RECEIVED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'FAILED', 'CLOSED', 'REJECTED', 'WITHDRAWN'));`);

    this.addSql(`alter table "assignment" add constraint "assignment_case_id_foreign" foreign key ("case_id") references "hub_case" ("id");`);
    this.addSql(`alter table "assignment" add constraint "assignment_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete set null;`);
    this.addSql(`alter table "assignment" add constraint "assignment_mediator_id_foreign" foreign key ("mediator_id") references "mediator" ("id") on delete set null;`);
    this.addSql(`alter table "assignment" add constraint "assignment_assigned_by_id_foreign" foreign key ("assigned_by_id") references "hub_user" ("id") on delete set null;`);
    this.addSql(`alter table "assignment" add constraint "assignment_role_check" check ("role" in ('LEAD', 'COOPERATING', 'MEDIATOR'));`);
    // Rules the database keeps even if a service forgets them.
    this.addSql(`create unique index "assignment_current_lead_uniq" on "assignment" ("case_id") where "ended_at" is null and "role" = 'LEAD';`);
    this.addSql(`create unique index "assignment_current_mediator_uniq" on "assignment" ("case_id") where "ended_at" is null and "role" = 'MEDIATOR';`);
    this.addSql(`alter table "case_party" add constraint "case_party_headcount_check" check ("headcount" between 1 and 100000);`);
    this.addSql(`alter table "hub_case" add constraint "hub_case_amount_check" check ("amount" is null or "amount" >= 0);`);
    this.addSql(`alter table "instalment" add constraint "instalment_amounts_check" check ("amount" > 0 and "paid_amount" >= 0 and "paid_amount" <= "amount");`);
    this.addSql(`alter table "payment" add constraint "payment_amount_check" check ("amount" > 0);`);
    this.addSql(`alter table "case_link" add constraint "case_link_order_check" check ("low_id" < "high_id");`);
    this.addSql(`alter table "extension_request" add constraint "extension_request_days_check" check ("days" between 1 and 365);`);
    // The timeline is a ledger: rows are added, never changed or removed.
    this.addSql(`create function "case_event_immutable"() returns trigger language plpgsql as $$ begin raise exception 'case_event rows are immutable'; end $$;`);
    this.addSql(`create trigger "case_event_no_change" before update or delete on "case_event" for each row execute function "case_event_immutable"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "agreement" drop constraint "agreement_case_id_foreign";`);
    this.addSql(`alter table "case_party" drop constraint "case_party_case_id_foreign";`);
    this.addSql(`alter table "supervision" drop constraint "supervision_case_id_foreign";`);
    this.addSql(`alter table "mediation_session" drop constraint "mediation_session_case_id_foreign";`);
    this.addSql(`alter table "feedback" drop constraint "feedback_case_id_foreign";`);
    this.addSql(`alter table "extension_request" drop constraint "extension_request_case_id_foreign";`);
    this.addSql(`alter table "case_link" drop constraint "case_link_low_id_foreign";`);
    this.addSql(`alter table "case_link" drop constraint "case_link_high_id_foreign";`);
    this.addSql(`alter table "case_event" drop constraint "case_event_case_id_foreign";`);
    this.addSql(`alter table "assignment" drop constraint "assignment_case_id_foreign";`);
    this.addSql(`alter table "instalment" drop constraint "instalment_agreement_id_foreign";`);
    this.addSql(`alter table "judicial_confirmation" drop constraint "judicial_confirmation_agreement_id_foreign";`);
    this.addSql(`alter table "payment" drop constraint "payment_agreement_id_foreign";`);
    this.addSql(`alter table "feedback" drop constraint "feedback_party_id_foreign";`);
    this.addSql(`alter table "routing_rule_cooperating" drop constraint "routing_rule_cooperating_routing_rule_id_foreign";`);

    this.addSql(`drop table if exists "calendar_day" cascade;`);
    this.addSql(`drop table if exists "case_counter" cascade;`);
    this.addSql(`drop table if exists "hub_case" cascade;`);
    this.addSql(`drop table if exists "agreement" cascade;`);
    this.addSql(`drop table if exists "instalment" cascade;`);
    this.addSql(`drop table if exists "judicial_confirmation" cascade;`);
    this.addSql(`drop table if exists "case_party" cascade;`);
    this.addSql(`drop table if exists "routing_rule" cascade;`);
    this.addSql(`drop table if exists "routing_rule_cooperating" cascade;`);
    this.addSql(`drop table if exists "presence_day" cascade;`);
    this.addSql(`drop table if exists "time_limit_policy" cascade;`);
    this.addSql(`drop table if exists "supervision" cascade;`);
    this.addSql(`drop table if exists "payment" cascade;`);
    this.addSql(`drop table if exists "mediation_session" cascade;`);
    this.addSql(`drop table if exists "feedback" cascade;`);
    this.addSql(`drop table if exists "extension_request" cascade;`);
    this.addSql(`drop table if exists "case_link" cascade;`);
    this.addSql(`drop table if exists "case_event" cascade;`);
    this.addSql(`drop table if exists "assignment" cascade;`);
  }

}
