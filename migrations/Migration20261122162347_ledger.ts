import { Migration } from '@mikro-orm/migrations';

export class Migration20261122162347_ledger extends Migration {

  override name = 'Migration20261122162347_ledger';

  override up(): void | Promise<void> {
    this.addSql(`create index "hub_case_origin_center_id_received_at_index" on "hub_case" ("origin_center_id", "received_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "hub_case_origin_center_id_received_at_index";`);
  }

}
