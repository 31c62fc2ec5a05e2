import { Migration } from '@mikro-orm/migrations';

export class Migration20261130134310_centerOnlineService extends Migration {

  override name = 'Migration20261130134310_centerOnlineService';

  override up(): void | Promise<void> {
    this.addSql(`alter table "center" add "online_service_name" varchar(60) null;`);
    // Acceptance notices used to name 伊金霍洛旗's mini-program for every center; keep it where it is true.
    this.addSql(`update "center" set "online_service_name" = '“伊码解纷”微信小程序' where "division_code" = '150627';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "center" drop column "online_service_name";`);
  }

}
