import { Migration } from '@mikro-orm/migrations';

export class Migration20261130163105_caseNewestIndexes extends Migration {

  override name = 'Migration20261130163105_caseNewestIndexes';

  override up(): void | Promise<void> {
    this.addSql(`create index "hub_case_undispatched_newest" on "hub_case" ("center_id", "received_at" desc, "id" desc) where "status" = 'RECEIVED';`);
    this.addSql(`create index "hub_case_center_newest" on "hub_case" ("center_id", "received_at" desc, "id" desc);`);

    // Backfill from the cases before the column becomes required (a case's receipt time never changes).
    this.addSql(`alter table "assignment" add "received_at" timestamptz null;`);
    this.addSql(`update "assignment" a set "received_at" = c."received_at" from "hub_case" c where c."id" = a."case_id";`);
    this.addSql(`alter table "assignment" alter column "received_at" set not null;`);
    this.addSql(`create index "assignment_mediator_current_newest" on "assignment" ("mediator_id", "received_at" desc, "case_id" desc) where "ended_at" is null;`);
    this.addSql(`create index "assignment_agency_current_newest" on "assignment" ("agency_id", "received_at" desc, "case_id" desc) where "ended_at" is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "assignment_mediator_current_newest";`);
    this.addSql(`drop index "assignment_agency_current_newest";`);
    this.addSql(`alter table "assignment" drop column "received_at";`);

    this.addSql(`drop index "hub_case_undispatched_newest";`);
    this.addSql(`drop index "hub_case_center_newest";`);
  }

}
