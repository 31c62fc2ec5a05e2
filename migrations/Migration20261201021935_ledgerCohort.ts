import { Migration } from '@mikro-orm/migrations';

export class Migration20261201021935_ledgerCohort extends Migration {

  override name = 'Migration20261201021935_ledgerCohort';

  override up(): void | Promise<void> {
    // Every case gets a row now (refilled below by the rebuild); the new columns are not null.
    this.addSql(`truncate "case_ledger_fact";`);
    this.addSql(`alter table "case_ledger_fact" add "received_at" timestamptz not null, add "origin_center_id" int not null, add "status" text not null, add "failed" boolean not null, add "dispatch_minutes" double precision null, add "resolve_hours" double precision null, add "accept_due_date" date not null, add "due_date" date null, add "channel" text not null, add "kind" text not null, add "risk_level" text not null, add "category_id" int not null;`);

    // The one home of what the ledger derives from a case row: the dispatch minutes and resolution
    // hours exactly as the ledger's statement computed them (float of extract(epoch …) / 60 or / 3600),
    // "resolved" as resolve_hours not null, "failed" as referral set.
    this.addSql(`create view "case_ledger_case" as
      select k.id as case_id, k.received_at, k.origin_center_id, k.status, k.referral is not null as failed,
             (extract(epoch from k.dispatched_at - k.received_at) / 60)::float8 as dispatch_minutes,
             case when k.concluded_at is not null and k.referral is null and k.status in ('RESOLVED', 'CLOSED')
                  then (extract(epoch from k.concluded_at - k.received_at) / 3600)::float8 end as resolve_hours,
             k.accept_due_date, k.due_date, k.channel, k.kind, k.risk_level, k.category_id
        from hub_case k;`);
    // A case's row: inserted with the case, rewritten when a column it copies changes (the counters stay).
    this.addSql(`create function "case_ledger_fact_refresh"(c int) returns void language sql as $$
      insert into case_ledger_fact as f (case_id, received_at, origin_center_id, status, failed, dispatch_minutes, resolve_hours,
                                         accept_due_date, due_date, channel, kind, risk_level, category_id)
      select * from case_ledger_case where case_id = c
      on conflict (case_id) do update set
        received_at = excluded.received_at, origin_center_id = excluded.origin_center_id, status = excluded.status,
        failed = excluded.failed, dispatch_minutes = excluded.dispatch_minutes, resolve_hours = excluded.resolve_hours,
        accept_due_date = excluded.accept_due_date, due_date = excluded.due_date, channel = excluded.channel,
        kind = excluded.kind, risk_level = excluded.risk_level, category_id = excluded.category_id
    $$;`);
    this.addSql(`create function "case_ledger_fact_case"() returns trigger language plpgsql as $$
    begin
      perform case_ledger_fact_refresh(NEW.id);
      return null;
    end $$;`);
    this.addSql(`create trigger "hub_case_ledger_fact_insert" after insert on "hub_case" for each row execute function case_ledger_fact_case();`);
    this.addSql(`create trigger "hub_case_ledger_fact_update"
      after update of received_at, origin_center_id, status, referral, concluded_at, dispatched_at, accept_due_date, due_date, channel, kind, risk_level, category_id
      on "hub_case" for each row
      when ((OLD.received_at, OLD.origin_center_id, OLD.status, OLD.referral, OLD.concluded_at, OLD.dispatched_at, OLD.accept_due_date, OLD.due_date,
             OLD.channel, OLD.kind, OLD.risk_level, OLD.category_id)
            is distinct from (NEW.received_at, NEW.origin_center_id, NEW.status, NEW.referral, NEW.concluded_at, NEW.dispatched_at, NEW.accept_due_date,
             NEW.due_date, NEW.channel, NEW.kind, NEW.risk_level, NEW.category_id))
      execute function case_ledger_fact_case();`);
    // Side rows: the case's row exists since the case's insert, so an increment is an update (a case
    // being deleted has no row: nothing to count).
    this.addSql(`create or replace function "case_ledger_fact_bump"(tbl text, r jsonb, s int) returns void language sql as $$
      update case_ledger_fact set
        extensions_requested = extensions_requested + s * (tbl = 'extension_request')::int,
        extensions_approved = extensions_approved + s * coalesce(tbl = 'extension_request' and r->>'status' = 'APPROVED', false)::int,
        supervisions = supervisions + s * (tbl = 'supervision')::int,
        feedbacks = feedbacks + s * coalesce(tbl = 'feedback' and r->>'satisfaction' <> 'UNREACHABLE', false)::int,
        feedbacks_satisfied = feedbacks_satisfied + s * coalesce(tbl = 'feedback' and r->>'satisfaction' in ('VERY_SATISFIED', 'SATISFIED'), false)::int
       where case_id = (r->>'case_id')::int
    $$;`);
    // The rebuild (bulk loads, this backfill): one row per case, its counters from the side tables.
    this.addSql(`create or replace function "ledger_facts_rebuild"() returns void language sql as $$
      truncate case_ledger_fact;
      insert into case_ledger_fact (case_id, received_at, origin_center_id, status, failed, dispatch_minutes, resolve_hours,
                                    accept_due_date, due_date, channel, kind, risk_level, category_id,
                                    extensions_requested, extensions_approved, supervisions, feedbacks, feedbacks_satisfied)
      select c.*, coalesce(d.er, 0), coalesce(d.ea, 0), coalesce(d.s, 0), coalesce(d.f, 0), coalesce(d.fs, 0)
        from case_ledger_case c
        left join (
          select case_id, sum(er) as er, sum(ea) as ea, sum(s) as s, sum(f) as f, sum(fs) as fs from (
            select case_id, 1 as er, (status = 'APPROVED')::int as ea, 0 as s, 0 as f, 0 as fs from extension_request
            union all select case_id, 0, 0, 1, 0, 0 from supervision
            union all select case_id, 0, 0, 0, (satisfaction <> 'UNREACHABLE')::int, (satisfaction in ('VERY_SATISFIED', 'SATISFIED'))::int from feedback
          ) x group by case_id
        ) d on d.case_id = c.case_id;
      delete from case_party_source;
      insert into case_party_source (case_id, role, type, source, name, received_at, origin_center_id)
      select p.case_id, p.role, p.type, coalesce(p.id_number, p.name_key) collate "C", min(p.name), k.received_at, k.origin_center_id
        from case_party p join hub_case k on k.id = p.case_id
       group by p.case_id, p.role, p.type, coalesce(p.id_number, p.name_key) collate "C", k.received_at, k.origin_center_id;
    $$;`);
    this.addSql(`select ledger_facts_rebuild();`);
    // The cohort's two ranges, each index-only (both include every column the ledger reads).
    this.addSql(`create index "case_ledger_fact_origin_received_index" on "case_ledger_fact" ("origin_center_id", "received_at") include ("status", "failed", "dispatch_minutes", "resolve_hours", "accept_due_date", "due_date", "channel", "kind", "risk_level", "category_id", "extensions_requested", "extensions_approved", "supervisions", "feedbacks", "feedbacks_satisfied", "case_id");`);
    this.addSql(`create index "case_ledger_fact_received_index" on "case_ledger_fact" ("received_at") include ("origin_center_id", "status", "failed", "dispatch_minutes", "resolve_hours", "accept_due_date", "due_date", "channel", "kind", "risk_level", "category_id", "extensions_requested", "extensions_approved", "supervisions", "feedbacks", "feedbacks_satisfied", "case_id");`);
    this.addSql(`analyze case_ledger_fact, case_party_source;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "hub_case_ledger_fact_insert" on "hub_case";`);
    this.addSql(`drop trigger if exists "hub_case_ledger_fact_update" on "hub_case";`);
    this.addSql(`drop function if exists case_ledger_fact_case();`);
    this.addSql(`drop function if exists case_ledger_fact_refresh(int);`);
    this.addSql(`drop view if exists "case_ledger_case";`);
    this.addSql(`drop index "case_ledger_fact_origin_received_index";`);
    this.addSql(`drop index "case_ledger_fact_received_index";`);
    this.addSql(`alter table "case_ledger_fact" drop column "received_at", drop column "origin_center_id", drop column "status", drop column "failed", drop column "dispatch_minutes", drop column "resolve_hours", drop column "accept_due_date", drop column "due_date", drop column "channel", drop column "kind", drop column "risk_level", drop column "category_id";`);
  }

}
