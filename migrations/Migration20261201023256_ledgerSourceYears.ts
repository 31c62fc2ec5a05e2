import { Migration } from '@mikro-orm/migrations';

export class Migration20261201023256_ledgerSourceYears extends Migration {

  override name = 'Migration20261201023256_ledgerSourceYears';

  override up(): void | Promise<void> {
    this.addSql(`create table "party_source_year" ("year" int not null, "role" text not null, "type" text not null, "source" varchar(100) collate "C" not null, "cases" int not null, "name" varchar(100) not null, primary key ("year", "role", "type", "source"));`);
    // A source's rows within a year: recomputing its smallest name when the row carrying it goes.
    this.addSql(`create index "case_party_source_source_index" on "case_party_source" ("role", "type", "source", "received_at") include ("name");`);

    this.addSql(`create function "party_source_year_of"(t timestamptz) returns int language sql immutable as $$
      select extract(year from t at time zone 'Asia/Shanghai')::int
    $$;`);
    // One source-year's change: rows added (with their smallest name) and removed (with their names).
    this.addSql(`create function "party_source_year_apply"(y int, r text, ty text, src text, n int, added text, removed text[]) returns void language plpgsql as $$
    begin
      insert into party_source_year as s (year, role, type, source, cases, name) values (y, r, ty, src, n, coalesce(added, ''))
      on conflict (year, role, type, source) do update set cases = s.cases + excluded.cases, name = coalesce(least(s.name, added), s.name);
      if removed is not null then
        update party_source_year s set name = coalesce((
                 select min(p.name) from case_party_source p
                  where p.role = r and p.type = ty and p.source = src collate "C"
                    and p.received_at >= make_timestamptz(y, 1, 1, 0, 0, 0, 'Asia/Shanghai') and p.received_at < make_timestamptz(y + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')), s.name)
         where (s.year, s.role, s.type, s.source) = (y, r, ty, src collate "C") and s.name = any(removed);
        delete from party_source_year s where (s.year, s.role, s.type, s.source) = (y, r, ty, src collate "C") and s.cases <= 0;
      end if;
    end $$;`);
    // Statement-level, per source-year in key order (two statements touching the same sources lock them
    // in the same order: no deadlock between them).
    this.addSql(`create function "party_source_year_keep"() returns trigger language plpgsql as $$
    declare d record;
    begin
      for d in
        with delta as (
          select party_source_year_of(received_at) as y, role, type, source, name, 1 as n from new_rows
          union all
          select party_source_year_of(received_at), role, type, source, name, -1 from old_rows)
        select y, role, type, source, sum(n)::int as n, min(name) filter (where n > 0) as added, array_agg(name) filter (where n < 0) as removed
          from delta group by y, role, type, source order by y, role, type, source
      loop
        perform party_source_year_apply(d.y, d.role, d.type, d.source, d.n, d.added, d.removed);
      end loop;
      return null;
    end $$;`);
    this.addSql(`create function "party_source_year_keep_insert"() returns trigger language plpgsql as $$
    declare d record;
    begin
      for d in select party_source_year_of(received_at) as y, role, type, source, count(*)::int as n, min(name) as added
                 from new_rows group by 1, role, type, source order by 1, role, type, source
      loop
        perform party_source_year_apply(d.y, d.role, d.type, d.source, d.n, d.added, null);
      end loop;
      return null;
    end $$;`);
    this.addSql(`create function "party_source_year_keep_delete"() returns trigger language plpgsql as $$
    declare d record;
    begin
      for d in select party_source_year_of(received_at) as y, role, type, source, -count(*)::int as n, array_agg(name) as removed
                 from old_rows group by 1, role, type, source order by 1, role, type, source
      loop
        perform party_source_year_apply(d.y, d.role, d.type, d.source, d.n, null, d.removed);
      end loop;
      return null;
    end $$;`);
    this.addSql(`create trigger "party_source_year_insert" after insert on "case_party_source" referencing new table as new_rows for each statement execute function party_source_year_keep_insert();`);
    this.addSql(`create trigger "party_source_year_update" after update on "case_party_source" referencing old table as old_rows new table as new_rows for each statement execute function party_source_year_keep();`);
    this.addSql(`create trigger "party_source_year_delete" after delete on "case_party_source" referencing old table as old_rows for each statement execute function party_source_year_keep_delete();`);

    // The rebuild: the former one (now ledger_facts_rebuild_rows), then the source-years from its rows.
    this.addSql(`alter function "ledger_facts_rebuild"() rename to "ledger_facts_rebuild_rows";`);
    this.addSql(`create function "party_source_year_rebuild"() returns void language sql as $$
      truncate party_source_year;
      insert into party_source_year (year, role, type, source, cases, name)
      select party_source_year_of(received_at), role, type, source, count(*), min(name)
        from case_party_source group by 1, role, type, source;
    $$;`);
    // The source-year triggers are off while the rows are rebuilt (millions of rows deleted and inserted),
    // and the source-years recounted in one pass after.
    this.addSql(`create function "ledger_facts_rebuild"() returns void language plpgsql as $$
    begin
      alter table case_party_source disable trigger party_source_year_insert, disable trigger party_source_year_update, disable trigger party_source_year_delete;
      perform ledger_facts_rebuild_rows();
      alter table case_party_source enable trigger party_source_year_insert, enable trigger party_source_year_update, enable trigger party_source_year_delete;
      perform party_source_year_rebuild();
    end $$;`);
    // The backfill: the kept rows are already right, only the source-years are new.
    this.addSql(`select party_source_year_rebuild();`);
    this.addSql(`create index "party_source_year_repeat_index" on "party_source_year" ("year", "cases" desc, "name") include ("role", "type") where "cases" > 1;`);
    this.addSql(`analyze party_source_year, case_party_source;`);
  }

  override down(): void | Promise<void> {
    for (const t of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists "party_source_year_${t}" on "case_party_source";`);
    this.addSql(`drop function if exists ledger_facts_rebuild();`);
    this.addSql(`alter function "ledger_facts_rebuild_rows"() rename to "ledger_facts_rebuild";`);
    for (const f of ['party_source_year_keep()', 'party_source_year_keep_insert()', 'party_source_year_keep_delete()', 'party_source_year_rebuild()', 'party_source_year_apply(int, text, text, text, int, text, text[])', 'party_source_year_of(timestamptz)']) {
      this.addSql(`drop function if exists ${f};`);
    }
    this.addSql(`drop table if exists "party_source_year" cascade;`);

    this.addSql(`drop index "case_party_source_source_index";`);
  }

}
