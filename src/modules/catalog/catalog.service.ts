import type { HubContext } from '../../shared/context.js';
import { forbidden, UserErrorCode } from '../../shared/errors.js';
import { localId } from '../../shared/ids.js';
import { checkVersion, findByGlobalId } from '../../shared/lookup.js';
import { Validator } from '../../shared/validation.js';
import { RoutingRule } from '../cases/routing-rule.entity.js';
import { Role } from '../../shared/role.js';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';
import { Category } from './category.entity.js';

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/** The category taxonomy (national: admins over every center) and routing rules (admins over the center). */
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

  /** The rules in force at a center: its own and those of the centers above it. */
  async routingRules(centerId: string): Promise<RoutingRule[]> {
    const center = await this.em.findOne(Center, { id: localId(centerId, 'Center') ?? -1 });
    if (!center) return [];
    return this.em.find(RoutingRule, { center: { $in: center.lineageIds } }, { orderBy: { categoryCode: 'asc', id: 'asc' }, populate: ['cooperatingAgencies'] });
  }

  /** Creates or replaces the rule for a category at a center. */
  async setRoutingRule(input: { centerId: string; categoryCode: string; leadAgencyId: string; cooperatingAgencyIds?: string[] | null }): Promise<RoutingRule> {
    const v = new Validator();
    const center = await findByGlobalId(this.em, Center, input.centerId, v, 'centerId', '中心');
    v.throwIfAny();
    this.ctx.viewer.assertCan([Role.ADMIN], center!, '设置该中心的分流规则');
    const code = input.categoryCode.trim();
    if ((await this.em.count(Category, { code, archivedAt: null })) === 0) v.add('categoryCode', UserErrorCode.NOT_FOUND, `未知的类别代码“${code}”`);
    const lineage = center!.lineageIds;
    const agencyOk = async (id: string, field: string) => {
      const agency = await findByGlobalId(this.em, Agency, id, v, field, '部门');
      if (agency && (agency.archivedAt || !lineage.includes(agency.center.id))) {
        v.add(field, UserErrorCode.OUT_OF_SCOPE, `“${agency.name}”不属于该中心或其上级中心，或已归档`);
      }
      return agency;
    };
    const lead = await agencyOk(input.leadAgencyId, 'leadAgencyId');
    const ids = [...new Set(input.cooperatingAgencyIds ?? [])];
    if (ids.length > 10) v.add('cooperatingAgencyIds', UserErrorCode.OUT_OF_RANGE, '协同部门最多10个');
    const cooperating = [];
    for (const [i, id] of ids.slice(0, 10).entries()) {
      const a = await agencyOk(id, `cooperatingAgencyIds.${i}`);
      if (a && lead && a.id === lead.id) v.add(`cooperatingAgencyIds.${i}`, UserErrorCode.INVALID, '协同部门不能与牵头部门相同');
      else if (a) cooperating.push(a);
    }
    v.throwIfAny();
    const rule = (await this.em.findOne(RoutingRule, { center: center!.id, categoryCode: code }, { populate: ['cooperatingAgencies'] }))
      ?? this.em.create(RoutingRule, { center: center!, categoryCode: code, leadAgency: lead! });
    rule.leadAgency = this.em.getReference(Agency, lead!.id, { wrapped: true });
    rule.cooperatingAgencies.set(cooperating);
    await this.em.flush();
    return rule;
  }

  async removeRoutingRule(globalId: string): Promise<boolean> {
    const rule = await this.em.findOne(RoutingRule, { id: localId(globalId, 'RoutingRule') ?? -1 });
    if (!rule) return false;
    this.ctx.viewer.assertCan([Role.ADMIN], await rule.center.loadOrFail(), '删除该中心的分流规则');
    await this.em.remove(rule).flush();
    return true;
  }
}
