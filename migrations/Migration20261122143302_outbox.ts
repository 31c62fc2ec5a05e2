import { Migration } from '@mikro-orm/migrations';

export class Migration20261122143302_outbox extends Migration {

  override name = 'Migration20261122143302_outbox';

  override up(): void | Promise<void> {
    this.addSql(`create table "hub_event" ("seq" bigint not null, "topic" varchar(20) not null, "type" varchar(40) not null, "at" timestamptz not null default clock_timestamp(), "case_id" int null, "center_id" int null, "scope" jsonb not null, "payload" jsonb not null, primary key ("seq"));`);
    this.addSql(`create index "hub_event_case_id_seq_index" on "hub_event" ("case_id", "seq");`);

    this.addSql(`create table "hub_event_counter" ("id" int not null, "last" bigint not null, primary key ("id"));`);
    // Exactly one counter row; the log starts here.
    this.addSql(`alter table "hub_event_counter" add constraint "hub_event_counter_single" check ("id" = 1);`);
    this.addSql(`insert into "hub_event_counter" ("id", "last") values (1, 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "hub_event" cascade;`);
    this.addSql(`drop table if exists "hub_event_counter" cascade;`);
  }

}
