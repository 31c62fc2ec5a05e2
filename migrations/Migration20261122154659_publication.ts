import { Migration } from '@mikro-orm/migrations';

export class Migration20261122154659_publication extends Migration {

  override name = 'Migration20261122154659_publication';

  override up(): void | Promise<void> {
    this.addSql(`create table "published_duty" ("id" serial primary key, "center_id" int not null, "duty_id" int not null, "kind" text not null, "date" date not null, "slot" text not null, "user_id" int not null, "name" varchar(50) not null, "title" varchar(50) null, "room" varchar(60) null, "topics" jsonb not null, "publication" int not null, "published_at" timestamptz not null);`);
    this.addSql(`create index "published_duty_center_id_date_index" on "published_duty" ("center_id", "date");`);

    this.addSql(`create table "rota_publication" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "center_id" int not null, "number" int not null, "start_date" date not null, "end_date" date not null, "duties" int not null, "gaps_acknowledged" int not null, "published_by_id" int null);`);
    this.addSql(`alter table "rota_publication" add constraint "rota_publication_center_id_number_unique" unique ("center_id", "number");`);

    this.addSql(`alter table "published_duty" add constraint "published_duty_center_id_foreign" foreign key ("center_id") references "center" ("id");`);
    this.addSql(`alter table "published_duty" add constraint "published_duty_kind_check" check ("kind" in ('RECEPTION', 'BUILDING_MANAGER'));`);
    this.addSql(`alter table "published_duty" add constraint "published_duty_slot_check" check ("slot" in ('FULL_DAY', 'MORNING', 'AFTERNOON'));`);

    this.addSql(`alter table "rota_publication" add constraint "rota_publication_center_id_foreign" foreign key ("center_id") references "center" ("id");`);
    this.addSql(`alter table "rota_publication" add constraint "rota_publication_published_by_id_foreign" foreign key ("published_by_id") references "hub_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "published_duty" cascade;`);
    this.addSql(`drop table if exists "rota_publication" cascade;`);
  }

}
