import { Migration } from '@mikro-orm/migrations';

export class Migration20261122133716_initial extends Migration {

  override name = 'Migration20261122133716_initial';

  override up(): void | Promise<void> {
    // Extensions the hub relies on; an external server must offer them (see README).
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create table "category" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" varchar(40) not null, "name_zh" varchar(40) not null, "name_en" varchar(80) not null, "sort_order" int not null default 100, "archived_at" timestamptz null);`);
    this.addSql(`alter table "category" add constraint "category_code_unique" unique ("code");`);

    this.addSql(`create table "center" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(100) not null, "level" text not null, "division_code" varchar(12) not null, "parent_id" int null, "ancestry" text not null default '/', "address" varchar(200) null, "phone" varchar(30) null, "area_sqm" int null, "archived_at" timestamptz null);`);
    this.addSql(`create index "center_parent_id_index" on "center" ("parent_id");`);
    this.addSql(`create unique index "center_division_code_active_uniq" on "center" ("division_code") where "archived_at" is null;`);
    this.addSql(`create index "center_ancestry_idx" on "center" ("ancestry" text_pattern_ops);`);

    this.addSql(`create table "agency" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(100) not null, "short_name" varchar(30) not null, "kind" text not null, "center_id" int not null, "phone" varchar(30) null, "description" varchar(500) null, "archived_at" timestamptz null);`);
    this.addSql(`create index "agency_center_id_index" on "agency" ("center_id");`);

    this.addSql(`create table "mediator" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(50) not null, "phone" varchar(20) null, "agency_id" int not null, "studio" varchar(60) null, "title" varchar(30) null, "specialties" text[] not null, "capacity" int not null default 10, "active" boolean not null default true, "archived_at" timestamptz null);`);
    this.addSql(`create index "mediator_agency_id_index" on "mediator" ("agency_id");`);

    this.addSql(`create table "stationing" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "agency_id" int not null, "center_id" int not null, "mode" text not null, "window_number" varchar(20) null, "start_date" date not null, "end_date" date null, "note" varchar(300) null);`);
    this.addSql(`create index "stationing_agency_id_index" on "stationing" ("agency_id");`);
    this.addSql(`create index "stationing_center_id_index" on "stationing" ("center_id");`);

    this.addSql(`create table "hub_user" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "username" varchar(40) not null, "password_hash" varchar(200) not null, "display_name" varchar(50) not null, "title" varchar(50) null, "phone" varchar(20) null, "home_center_id" int not null, "active" boolean not null default true, "last_login_at" timestamptz null);`);
    this.addSql(`alter table "hub_user" add constraint "hub_user_username_unique" unique ("username");`);
    this.addSql(`create index "hub_user_home_center_id_index" on "hub_user" ("home_center_id");`);

    this.addSql(`create table "session" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "user_id" int not null, "refresh_hash" varchar(64) not null, "previous_refresh_hash" varchar(64) null, "expires_at" timestamptz not null, "revoked_at" timestamptz null);`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`alter table "session" add constraint "session_refresh_hash_unique" unique ("refresh_hash");`);
    this.addSql(`create index "session_previous_refresh_hash_index" on "session" ("previous_refresh_hash");`);

    this.addSql(`create table "role_assignment" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "user_id" int not null, "role" text not null, "center_id" int null, "agency_id" int null, "mediator_id" int null, "granted_by_id" int null);`);
    this.addSql(`create index "role_assignment_user_id_index" on "role_assignment" ("user_id");`);
    this.addSql(`create unique index "role_assignment_uniq" on "role_assignment" ("user_id", "role", "center_id", "agency_id", "mediator_id") nulls not distinct;`);

    this.addSql(`alter table "center" add constraint "center_parent_id_foreign" foreign key ("parent_id") references "center" ("id") on delete set null;`);
    this.addSql(`alter table "center" add constraint "center_level_check" check ("level" in ('COUNTY', 'TOWN', 'VILLAGE'));`);

    this.addSql(`alter table "agency" add constraint "agency_center_id_foreign" foreign key ("center_id") references "center" ("id");`);
    this.addSql(`alter table "agency" add constraint "agency_kind_check" check ("kind" in ('RECEPTION_CENTER', 'LITIGATION_SERVICE', 'PROCURATORATE_SERVICE', 'PUBLIC_LEGAL_SERVICE', 'PETITIONS', 'COURT', 'PROCURATORATE', 'JUSTICE', 'HUMAN_RESOURCES', 'FORESTRY_GRASSLAND', 'POLICE', 'LAW_SOCIETY', 'PSYCHOLOGICAL_SERVICE', 'MEDIATION_COMMITTEE', 'OTHER'));`);

    this.addSql(`alter table "mediator" add constraint "mediator_capacity_check" check ("capacity" between 1 and 500);`);
    this.addSql(`alter table "mediator" add constraint "mediator_agency_id_foreign" foreign key ("agency_id") references "agency" ("id");`);

    this.addSql(`alter table "stationing" add constraint "stationing_agency_id_foreign" foreign key ("agency_id") references "agency" ("id");`);
    this.addSql(`alter table "stationing" add constraint "stationing_center_id_foreign" foreign key ("center_id") references "center" ("id");`);
    this.addSql(`alter table "stationing" add constraint "stationing_mode_check" check ("mode" in ('RESIDENT', 'ROTATING', 'ON_CALL'));`);
    this.addSql(`alter table "stationing" add constraint "stationing_dates_check" check ("end_date" is null or "end_date" >= "start_date");`);
    // One agency is stationed at a center at most once on any day.
    this.addSql(`alter table "stationing" add constraint "stationing_no_overlap" exclude using gist ("agency_id" with =, "center_id" with =, daterange("start_date", "end_date", '[]') with &&);`);

    this.addSql(`alter table "hub_user" add constraint "hub_user_home_center_id_foreign" foreign key ("home_center_id") references "center" ("id");`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "hub_user" ("id") on delete cascade;`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_user_id_foreign" foreign key ("user_id") references "hub_user" ("id") on delete cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_center_id_foreign" foreign key ("center_id") references "center" ("id") on delete set null;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete set null;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_mediator_id_foreign" foreign key ("mediator_id") references "mediator" ("id") on delete set null;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_granted_by_id_foreign" foreign key ("granted_by_id") references "hub_user" ("id") on delete set null;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_role_check" check ("role" in ('ADMIN', 'DISPATCHER', 'AGENCY_STAFF', 'MEDIATOR', 'SCHEDULER', 'LEADER', 'AUDITOR'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "center" drop constraint "center_parent_id_foreign";`);
    this.addSql(`alter table "agency" drop constraint "agency_center_id_foreign";`);
    this.addSql(`alter table "stationing" drop constraint "stationing_center_id_foreign";`);
    this.addSql(`alter table "hub_user" drop constraint "hub_user_home_center_id_foreign";`);
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_center_id_foreign";`);
    this.addSql(`alter table "mediator" drop constraint "mediator_agency_id_foreign";`);
    this.addSql(`alter table "stationing" drop constraint "stationing_agency_id_foreign";`);
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_agency_id_foreign";`);
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_mediator_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_user_id_foreign";`);
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_granted_by_id_foreign";`);

    this.addSql(`drop table if exists "category" cascade;`);
    this.addSql(`drop table if exists "center" cascade;`);
    this.addSql(`drop table if exists "agency" cascade;`);
    this.addSql(`drop table if exists "mediator" cascade;`);
    this.addSql(`drop table if exists "stationing" cascade;`);
    this.addSql(`drop table if exists "hub_user" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "role_assignment" cascade;`);
  }

}
