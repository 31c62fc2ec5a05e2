import { Migration } from '@mikro-orm/migrations';

export class Migration20261122160515_security extends Migration {

  override name = 'Migration20261122160515_security';

  override up(): void | Promise<void> {
    this.addSql(`create table "throttle" ("bucket" varchar(200) not null, "failures" int not null default 0, "window_started_at" timestamptz not null, "blocked_until" timestamptz null, primary key ("bucket"));`);

    this.addSql(`create table "personal_data_access" ("id" serial primary key, "at" timestamptz not null default now(), "user_id" int not null, "case_id" int not null, "party_id" int not null, "fields" jsonb not null, "reason" varchar(200) null, "operation_name" varchar(100) null, "request_id" varchar(64) not null, "client_ip" varchar(64) null);`);
    this.addSql(`create index "personal_data_access_case_id_index" on "personal_data_access" ("case_id");`);
    this.addSql(`create index "personal_data_access_user_id_at_index" on "personal_data_access" ("user_id", "at");`);
    this.addSql(`create index "personal_data_access_at_index" on "personal_data_access" ("at");`);

    this.addSql(`create table "api_key" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(100) not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "capabilities" text[] not null, "rate_limit_per_minute" int not null, "created_by_id" int not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "revoked_by_id" int null, "last_used_at" timestamptz null, "window_started_at" timestamptz null, "window_count" int not null default 0);`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(`create table "persisted_operation" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "api_key_id" int not null, "sha256" varchar(64) not null, "operation_name" varchar(100) null, "document" text not null, "created_by_id" int not null, "retired_at" timestamptz null);`);
    this.addSql(`alter table "persisted_operation" add constraint "persisted_operation_api_key_id_sha256_unique" unique ("api_key_id", "sha256");`);

    this.addSql(`create table "citizen_submission" ("id" serial primary key, "api_key_id" int not null, "idempotency_key" varchar(100) not null, "body_hash" varchar(64) not null, "case_id" int not null, "response" jsonb not null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "citizen_submission" add constraint "citizen_submission_api_key_id_idempotency_key_unique" unique ("api_key_id", "idempotency_key");`);

    this.addSql(`create table "api_key_center" ("api_key_id" int not null, "center_id" int not null, primary key ("api_key_id", "center_id"));`);

    this.addSql(`alter table "personal_data_access" add constraint "personal_data_access_user_id_foreign" foreign key ("user_id") references "hub_user" ("id");`);
    this.addSql(`alter table "personal_data_access" add constraint "personal_data_access_case_id_foreign" foreign key ("case_id") references "hub_case" ("id");`);
    this.addSql(`alter table "personal_data_access" add constraint "personal_data_access_party_id_foreign" foreign key ("party_id") references "case_party" ("id");`);

    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "hub_user" ("id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_revoked_by_id_foreign" foreign key ("revoked_by_id") references "hub_user" ("id") on delete set null;`);
    this.addSql(`alter table "api_key" add constraint "api_key_capabilities_check" check ("capabilities" <@ array['CASES_READ'::text, 'CASES_SUBMIT'::text, 'ROSTERS_READ'::text, 'STATISTICS_READ'::text]);`);

    this.addSql(`alter table "persisted_operation" add constraint "persisted_operation_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id");`);
    this.addSql(`alter table "persisted_operation" add constraint "persisted_operation_created_by_id_foreign" foreign key ("created_by_id") references "hub_user" ("id");`);

    this.addSql(`alter table "citizen_submission" add constraint "citizen_submission_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id");`);
    this.addSql(`alter table "citizen_submission" add constraint "citizen_submission_case_id_foreign" foreign key ("case_id") references "hub_case" ("id");`);

    this.addSql(`alter table "api_key_center" add constraint "api_key_center_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_key_center" add constraint "api_key_center_center_id_foreign" foreign key ("center_id") references "center" ("id") on update cascade on delete cascade;`);

    // The audit trail is append-only, like the case timeline.
    this.addSql(`create function "personal_data_access_immutable"() returns trigger language plpgsql as $$ begin raise exception 'personal_data_access rows are immutable'; end $$;`);
    this.addSql(`create trigger "personal_data_access_no_change" before update or delete on "personal_data_access" for each row execute function "personal_data_access_immutable"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "personal_data_access_no_change" on "personal_data_access";`);
    this.addSql(`drop function if exists "personal_data_access_immutable"();`);
    this.addSql(`alter table "persisted_operation" drop constraint "persisted_operation_api_key_id_foreign";`);
    this.addSql(`alter table "citizen_submission" drop constraint "citizen_submission_api_key_id_foreign";`);
    this.addSql(`alter table "api_key_center" drop constraint "api_key_center_api_key_id_foreign";`);

    this.addSql(`drop table if exists "throttle" cascade;`);
    this.addSql(`drop table if exists "personal_data_access" cascade;`);
    this.addSql(`drop table if exists "api_key" cascade;`);
    this.addSql(`drop table if exists "persisted_operation" cascade;`);
    this.addSql(`drop table if exists "citizen_submission" cascade;`);
    this.addSql(`drop table if exists "api_key_center" cascade;`);
  }

}
