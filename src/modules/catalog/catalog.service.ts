import type { HubContext } from '../../shared/context.js';
import { forbidden, UserErrorCode } from '../../shared/errors.js';
import { checkVersion, findByGlobalId } from '../../shared/lookup.js';
import { Validator } from '../../shared/validation.js';
import { Role } from '../../shared/role.js';
import { Category } from './category.entity.js';

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/** The category taxonomy: national, so only admins over every center change it. */
export class CatalogService {
  constructor(private readonly ctx: HubContext) {}

  private get em() {
    return this.ctx.em;
  }

  async createCategory(input: { code: string; nameZh: string; nameEn: string; sortOrder?: number | null }): Promise<Category> {
    if (!this.ctx.viewer.canEverywhere([Role.ADMIN])) throw forbidden('类别全国统一，只有全域管理员可以新增 / Only an admin over every center may add categories');
    const v = new Validator();
    const code = input.code.trim().toUpperCase();
    v.check(CODE.test(code), 'code', UserErrorCode.INVALID, '代码须为2–40位大写字母、数字或下划线，以字母开头');
    const nameZh = v.text('nameZh', input.nameZh, '中文名', { required: true, max: 40 })!;
    const nameEn = v.text('nameEn', input.nameEn, '英文名', { required: true, max: 80 })!;
    v.int('sortOrder', input.sortOrder, '排序', 0, 100_000);
    if (v.ok && (await this.em.count(Category, { code })) > 0) v.add('code', UserErrorCode.TAKEN, `类别代码 ${code} 已存在`);
    v.throwIfAny();
    const category = this.em.create(Category, { code, nameZh, nameEn, sortOrder: input.sortOrder ?? 1000 });
    await this.em.flush();
    return category;
  }

  async updateCategory(input: { id: string; version: number; nameZh?: string | null; nameEn?: string | null; sortOrder?: number | null; archived?: boolean | null }): Promise<Category> {
    if (!this.ctx.viewer.canEverywhere([Role.ADMIN])) throw forbidden('只有全域管理员可以修改类别 / Only an admin over every center may change categories');
    const v = new Validator();
    const c = await findByGlobalId(this.em, Category, input.id, v, 'id', '类别');
    v.throwIfAny();
    checkVersion(v, c!, input.version, '类别');
    const nameZh = input.nameZh == null ? undefined : v.text('nameZh', input.nameZh, '中文名', { required: true, max: 40 });
    const nameEn = input.nameEn == null ? undefined : v.text('nameEn', input.nameEn, '英文名', { required: true, max: 80 });
    v.int('sortOrder', input.sortOrder, '排序', 0, 100_000);
    v.throwIfAny();
    if (nameZh) c!.nameZh = nameZh;
    if (nameEn) c!.nameEn = nameEn;
    if (input.sortOrder != null) c!.sortOrder = input.sortOrder;
    if (input.archived != null) c!.archivedAt = input.archived ? (c!.archivedAt ?? new Date()) : null;
    await this.em.flush();
    return c!;
  }
}
