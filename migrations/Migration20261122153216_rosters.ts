import { Migration } from '@mikro-orm/migrations';

export class Migration20261122153216_rosters extends Migration {

  override name = 'Migration20261122153216_rosters';

  override up(): void | Promise<void> {
    this.addSql(`create table "leave" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "user_id" int not null, "start_date" date not null, "end_date" date not null, "reason" varchar(200) not null);`);
    this.addSql(`create index "leave_user_id_start_date_index" on "leave" ("user_id", "start_date");`);

    this.addSql(`create table "duty" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "center_id" int not null, "kind" text not null, "date" date not null, "slot" text not null default 'FULL_DAY', "user_id" int not null, "room" varchar(60) null, "topics" jsonb not null, "manual" boolean not null default false);`);
    this.addSql(`create index "duty_user_id_date_index" on "duty" ("user_id", "date");`);
    this.addSql(`create index "duty_center_id_date_index" on "duty" ("center_id", "date");`);

    this.addSql(`alter table "leave" add constraint "leave_user_id_foreign" foreign key ("user_id") references "hub_user" ("id");`);

    this.addSql(`alter table "duty" add constraint "duty_center_id_foreign" foreign key ("center_id") references "center" ("id");`);
    this.addSql(`alter table "duty" add constraint "duty_user_id_foreign" foreign key ("user_id") references "hub_user" ("id");`);
    this.addSql(`alter table "duty" add constraint "duty_kind_check" check ("kind" in ('RECEPTION', 'BUILDING_MANAGER'));`);
    this.addSql(`alter table "duty" add constraint "duty_slot_check" check ("slot" in ('FULL_DAY', 'MORNING', 'AFTERNOON'));`);
    // One building manager per center and day; leave ranges run forwards.
    this.addSql(`create unique index "duty_building_manager_uniq" on "duty" ("center_id", "date") where "kind" = 'BUILDING_MANAGER';`);
    this.addSql(`alter table "leave" add constraint "leave_dates_check" check ("end_date" >= "start_date");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "leave" cascade;`);
    this.addSql(`drop table if exists "duty" cascade;`);
  }

}
