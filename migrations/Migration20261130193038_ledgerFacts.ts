import { Migration } from '@mikro-orm/migrations';

export class Migration20261130193038_ledgerFacts extends Migration {

  override name = 'Migration20261130193038_ledgerFacts';

  override up(): void | Promise<void> {
    this.addSql(`create table "case_party_source" ("case_id" int not null, "role" text not null, "type" text not null, "source" varchar(100) collate "C" not null, "name" varchar(100) not null, "received_at" timestamptz not null, "origin_center_id" int not null, primary key ("case_id", "role", "type", "source"));`);
    this.addSql(`create index "case_party_source_origin_received_index" on "case_party_source" ("origin_center_id", "received_at") include ("role", "type", "source", "name");`);
    this.addSql(`create index "case_party_source_received_index" on "case_party_source" ("received_at") include ("role", "type", "source", "name");`);

    this.addSql(`create table "case_ledger_fact" ("case_id" int not null, "extensions_requested" int not null default 0, "extensions_approved" int not null default 0, "supervisions" int not null default 0, "feedbacks" int not null default 0, "feedbacks_satisfied" int not null default 0, primary key ("case_id"));`);

    this.addSql(`alter table "case_party_source" add constraint "case_party_source_case_id_foreign" foreign key ("case_id") references "hub_case" ("id") on delete cascade;`);

    this.addSql(`alter table "case_ledger_fact" add constraint "case_ledger_fact_case_id_foreign" foreign key ("case_id") references "hub_case" ("id") on update cascade on delete cascade;`);

    // The counters and the source rows are kept by triggers in the writing transaction itself: every
    // writer (services, seeds, bulk scripts) is covered, and increments add up under concurrent writers.
    // Side-row counters: one signed increment per row inserted, deleted or moved (case_id / status / satisfaction).
    this.addSql(`create function "case_ledger_fact_bump"(tbl text, r jsonb, s int) returns void language sql as $$
      insert into case_ledger_fact as f (case_id, extensions_requested, extensions_approved, supervisions, feedbacks, feedbacks_satisfied)
      select (r->>'case_id')::int,
              s * (tbl = 'extension_request')::int,
              s * coalesce(tbl = 'extension_request' and r->>'status' = 'APPROVED', false)::int,
              s * (tbl = 'supervision')::int,
              s * coalesce(tbl = 'feedback' and r->>'satisfaction' <> 'UNREACHABLE', false)::int,
              s * coalesce(tbl = 'feedback' and r->>'satisfaction' in ('VERY_SATISFIED', 'SATISFIED'), false)::int
       where exists (select 1 from hub_case where id = (r->>'case_id')::int) -- not for a case being deleted
      on conflict (case_id) do update set
        extensions_requested = f.extensions_requested + excluded.extensions_requested,
        extensions_approved = f.extensions_approved + excluded.extensions_approved,
        supervisions = f.supervisions + excluded.supervisions,
        feedbacks = f.feedbacks + excluded.feedbacks,
        feedbacks_satisfied = f.feedbacks_satisfied + excluded.feedbacks_satisfied
    $$;`);
    this.addSql(`create function "case_ledger_fact_keep"() returns trigger language plpgsql as $$
    begin
      if TG_OP in ('UPDATE', 'DELETE') then perform case_ledger_fact_bump(TG_TABLE_NAME, to_jsonb(OLD), -1); end if;
      if TG_OP in ('INSERT', 'UPDATE') then perform case_ledger_fact_bump(TG_TABLE_NAME, to_jsonb(NEW), 1); end if;
      return null;
    end $$;`);
    this.addSql(`create trigger "extension_request_ledger_fact" after insert or delete or update of case_id, status on "extension_request" for each row execute function case_ledger_fact_keep();`);
    this.addSql(`create trigger "supervision_ledger_fact" after insert or delete or update of case_id on "supervision" for each row execute function case_ledger_fact_keep();`);
    this.addSql(`create trigger "feedback_ledger_fact" after insert or delete or update of case_id, satisfaction on "feedback" for each row execute function case_ledger_fact_keep();`);

    // Source rows: a case's rows are recomputed from its parties under the case row's lock, so two
    // transactions editing one case's parties take turns and the second sees the first's parties.
    this.addSql(`create function "case_party_source_refresh"(c int) returns void language plpgsql as $$
    begin
      perform 1 from hub_case where id = c for no key update;
      delete from case_party_source where case_id = c;
      insert into case_party_source (case_id, role, type, source, name, received_at, origin_center_id)
      select p.case_id, p.role, p.type, coalesce(p.id_number, p.name_key) collate "C", min(p.name), k.received_at, k.origin_center_id
        from case_party p join hub_case k on k.id = p.case_id
       where p.case_id = c
       group by p.case_id, p.role, p.type, coalesce(p.id_number, p.name_key) collate "C", k.received_at, k.origin_center_id;
    end $$;`);
    // Statement-level: one refresh per case touched by a statement, in case order (no deadlock between two such statements).
    this.addSql(`create function "case_party_source_keep"() returns trigger language plpgsql as $$
    declare c int;
    begin
      if TG_OP = 'INSERT' then
        for c in select distinct case_id from new_parties order by 1 loop perform case_party_source_refresh(c); end loop;
      elsif TG_OP = 'DELETE' then
        for c in select distinct case_id from old_parties order by 1 loop perform case_party_source_refresh(c); end loop;
      else
        for c in select case_id from new_parties union select case_id from old_parties order by 1 loop perform case_party_source_refresh(c); end loop;
      end if;
      return null;
    end $$;`);
    this.addSql(`create trigger "case_party_source_insert" after insert on "case_party" referencing new table as new_parties for each statement execute function case_party_source_keep();`);
    this.addSql(`create trigger "case_party_source_update" after update on "case_party" referencing old table as old_parties new table as new_parties for each statement execute function case_party_source_keep();`);
    this.addSql(`create trigger "case_party_source_delete" after delete on "case_party" referencing old table as old_parties for each statement execute function case_party_source_keep();`);
    this.addSql(`create function "case_party_source_case_moved"() returns trigger language plpgsql as $$
    begin
      update case_party_source set received_at = NEW.received_at, origin_center_id = NEW.origin_center_id where case_id = NEW.id;
      return null;
    end $$;`);
    this.addSql(`create trigger "hub_case_party_source" after update of received_at, origin_center_id on "hub_case" for each row
      when (OLD.received_at is distinct from NEW.received_at or OLD.origin_center_id is distinct from NEW.origin_center_id)
      execute function case_party_source_case_moved();`);

    // Rebuilds both tables from the source tables: the backfill below, and bulk loads that disable the
    // triggers (scripts/province/generate.ts).
    this.addSql(`create function "ledger_facts_rebuild"() returns void language sql as $$
      delete from case_ledger_fact;
      insert into case_ledger_fact (case_id, extensions_requested, extensions_approved, supervisions, feedbacks, feedbacks_satisfied)
      select case_id, sum(er), sum(ea), sum(s), sum(f), sum(fs) from (
        select case_id, 1 as er, (status = 'APPROVED')::int as ea, 0 as s, 0 as f, 0 as fs from extension_request
        union all select case_id, 0, 0, 1, 0, 0 from supervision
        union all select case_id, 0, 0, 0, (satisfaction <> 'UNREACHABLE')::int, (satisfaction in ('VERY_SATISFIED', 'SATISFIED'))::int from feedback
      ) d group by case_id;
      delete from case_party_source;
      insert into case_party_source (case_id, role, type, source, name, received_at, origin_center_id)
      select p.case_id, p.role, p.type, coalesce(p.id_number, p.name_key) collate "C", min(p.name), k.received_at, k.origin_center_id
        from case_party p join hub_case k on k.id = p.case_id
       group by p.case_id, p.role, p.type, coalesce(p.id_number, p.name_key) collate "C", k.received_at, k.origin_center_id;
    $$;`);
    this.addSql(`select ledger_facts_rebuild();`);
    this.addSql(`analyze case_ledger_fact, case_party_source;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "hub_case_party_source" on "hub_case";`);
    for (const t of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists "case_party_source_${t}" on "case_party";`);
    for (const t of ['extension_request', 'supervision', 'feedback']) this.addSql(`drop trigger if exists "${t}_ledger_fact" on "${t}";`);
    for (const f of ['case_party_source_case_moved()', 'case_party_source_keep()', 'case_party_source_refresh(int)', 'case_ledger_fact_keep()', 'case_ledger_fact_bump(text, jsonb, int)', 'ledger_facts_rebuild()']) {
      this.addSql(`drop function if exists ${f};`);
    }
    this.addSql(`drop table if exists "case_party_source" cascade;`);
    this.addSql(`drop table if exists "case_ledger_fact" cascade;`);
  }

}
