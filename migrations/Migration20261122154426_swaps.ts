import { Migration } from '@mikro-orm/migrations';

export class Migration20261122154426_swaps extends Migration {

  override name = 'Migration20261122154426_swaps';

  override up(): void | Promise<void> {
    this.addSql(`create table "duty_swap" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "from_duty_id" int not null, "to_duty_id" int not null, "requested_by_id" int not null, "counterpart_id" int not null, "status" text not null default 'REQUESTED', "reason" varchar(200) null);`);

    this.addSql(`alter table "duty_swap" add constraint "duty_swap_from_duty_id_foreign" foreign key ("from_duty_id") references "duty" ("id");`);
    this.addSql(`alter table "duty_swap" add constraint "duty_swap_to_duty_id_foreign" foreign key ("to_duty_id") references "duty" ("id");`);
    this.addSql(`alter table "duty_swap" add constraint "duty_swap_requested_by_id_foreign" foreign key ("requested_by_id") references "hub_user" ("id");`);
    this.addSql(`alter table "duty_swap" add constraint "duty_swap_counterpart_id_foreign" foreign key ("counterpart_id") references "hub_user" ("id");`);
    this.addSql(`alter table "duty_swap" add constraint "duty_swap_status_check" check ("status" in ('REQUESTED', 'ACCEPTED', 'APPROVED', 'DECLINED', 'REJECTED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "duty_swap" cascade;`);
  }

}
