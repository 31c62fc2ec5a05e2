import { Migration } from '@mikro-orm/migrations';

/**
 * The event log becomes a table partitioned by month of `at` (UTC months, `hub_event_pYYYY_MM`), so that
 * events past EVENT_RETENTION_DAYS go by dropping whole partitions (src/modules/realtime/event-log-retention.ts
 * creates the months ahead and drops the expired ones). MikroORM cannot express partitions: this part is
 * written by hand; the entity (and the snapshot) keep `seq` as the key, which stays unique because it comes
 * from the one-row counter. PostgreSQL requires the partition key in the primary key: (seq, at).
 *
 * Safe on a live database: in the migration's transaction the old table is locked, renamed, copied into the
 * new one and dropped; writers wait for the lock (a few seconds per million events, see docs/scale.md) and
 * then write to the new table under the same name.
 */
export class Migration20261130163117_eventLogPartitions extends Migration {

  override name = 'Migration20261130163117_eventLogPartitions';

  override up(): void | Promise<void> {
    this.addSql(`create index "citizen_submission_created_at_index" on "citizen_submission" ("created_at");`);

    this.addSql(`lock table "hub_event" in access exclusive mode;`);
    this.addSql(`alter table "hub_event" rename to "hub_event_unpartitioned";`);
    this.addSql(`alter table "hub_event_unpartitioned" rename constraint "hub_event_pkey" to "hub_event_unpartitioned_pkey";`);
    this.addSql(`alter index "hub_event_case_id_seq_index" rename to "hub_event_unpartitioned_case_id_seq_index";`);
    this.addSql(`create table "hub_event" ("seq" bigint not null, "topic" varchar(20) not null, "type" varchar(40) not null, "at" timestamptz not null default clock_timestamp(), "case_id" int null, "center_id" int null, "scope" jsonb not null, "payload" jsonb not null, constraint "hub_event_pkey" primary key ("seq", "at")) partition by range ("at");`);
    this.addSql(`create index "hub_event_case_id_seq_index" on "hub_event" ("case_id", "seq");`);
    // Every month from the oldest event to three months ahead (the hub keeps three months ahead from then on).
    this.addSql(`do $$
      declare
        m timestamp := date_trunc('month', coalesce((select min("at") from "hub_event_unpartitioned"), now()) at time zone 'UTC');
        last_m timestamp := date_trunc('month', now() at time zone 'UTC') + interval '3 months';
      begin
        while m <= last_m loop
          execute format('create table %I partition of "hub_event" for values from (%L) to (%L)',
            'hub_event_p' || to_char(m, 'YYYY_MM'), m at time zone 'UTC', (m + interval '1 month') at time zone 'UTC');
          m := m + interval '1 month';
        end loop;
      end $$;`);
    this.addSql(`insert into "hub_event" ("seq", "topic", "type", "at", "case_id", "center_id", "scope", "payload")
      select "seq", "topic", "type", "at", "case_id", "center_id", "scope", "payload" from "hub_event_unpartitioned";`);
    this.addSql(`drop table "hub_event_unpartitioned";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`lock table "hub_event" in access exclusive mode;`);
    this.addSql(`alter table "hub_event" rename to "hub_event_partitioned";`);
    this.addSql(`alter table "hub_event_partitioned" rename constraint "hub_event_pkey" to "hub_event_partitioned_pkey";`);
    this.addSql(`alter index "hub_event_case_id_seq_index" rename to "hub_event_partitioned_case_id_seq_index";`);
    this.addSql(`create table "hub_event" ("seq" bigint not null, "topic" varchar(20) not null, "type" varchar(40) not null, "at" timestamptz not null default clock_timestamp(), "case_id" int null, "center_id" int null, "scope" jsonb not null, "payload" jsonb not null, constraint "hub_event_pkey" primary key ("seq"));`);
    this.addSql(`create index "hub_event_case_id_seq_index" on "hub_event" ("case_id", "seq");`);
    this.addSql(`insert into "hub_event" ("seq", "topic", "type", "at", "case_id", "center_id", "scope", "payload")
      select "seq", "topic", "type", "at", "case_id", "center_id", "scope", "payload" from "hub_event_partitioned";`);
    this.addSql(`drop table "hub_event_partitioned" cascade;`);

    this.addSql(`drop index "citizen_submission_created_at_index";`);
  }

}
