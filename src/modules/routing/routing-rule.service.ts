import type { HubContext } from '../../shared/context.js';
import { UserErrorCode } from '../../shared/errors.js';
import { localId } from '../../shared/ids.js';
import { findByGlobalId } from '../../shared/lookup.js';
import { Role } from '../../shared/role.js';
import { Validator } from '../../shared/validation.js';
import { Category } from '../catalog/category.entity.js';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';
import { RoutingRule } from './routing-rule.entity.js';

/** Routing rules: which agency leads (and which cooperate) on a category at a center; admins over the center set them. */
export class RoutingRuleService {
  constructor(private readonly ctx: HubContext) {}

  private get em() {
    return this.ctx.em;
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
