import type { FilterQuery } from '@mikro-orm/core';
import type { HubContext } from '../../shared/context.js';
import { forbidden, UserErrorCode } from '../../shared/errors.js';
import { localId } from '../../shared/ids.js';
import { checkVersion, findByGlobalId } from '../../shared/lookup.js';
import { paginate, type Page } from '../../shared/pagination.js';
import { isDivisionCode, likePattern, Validator } from '../../shared/validation.js';
import { Role } from '../../shared/role.js';
import { Center, CenterLevel, LEVEL_DIGITS, LEVEL_RANK } from './center.entity.js';
import { CenterOrder, type CenterCreateInput, type CenterFilter, type CenterUpdateInput, type CentersArgs } from './center.types.js';
import { Stationing } from './stationing.entity.js';

const LEVEL_ZH: Record<CenterLevel, string> = { COUNTY: '旗县级', TOWN: '镇苏木级', VILLAGE: '村嘎查级' };

/** The filter for "these centers and everything below them" (a role's or a key's scope). */
export function scopesWhere(scopes: readonly { centerId: number; prefix: string }[]): FilterQuery<Center> {
  return { $or: scopes.flatMap((s) => [{ id: s.centerId }, { ancestry: { $like: `${s.prefix}%` } }]) };
}

/** The filter for "`center` and everything below it". */
export function subtreeWhere(center: Center): FilterQuery<Center> {
  return scopesWhere([{ centerId: center.id, prefix: center.childAncestry }]);
}

export class CenterService {
  constructor(private readonly ctx: HubContext) {}

  private get em() {
    return this.ctx.em;
  }

  async list(args: CentersArgs): Promise<Page<Center>> {
    const where = await this.filterWhere(args.filter ?? {});
    const order = {
      [CenterOrder.DIVISION_CODE]: { divisionCode: 'asc' },
      [CenterOrder.NAME]: { name: 'asc' },
      [CenterOrder.CREATED_AT]: { createdAt: 'asc' },
    }[args.orderBy ?? CenterOrder.DIVISION_CODE] as Record<string, 'asc'>;
    return paginate(this.em, Center, where, order, args);
  }

  private async filterWhere(filter: CenterFilter): Promise<FilterQuery<Center>> {
    const and: FilterQuery<Center>[] = [];
    if (!filter.includeArchived) and.push({ archivedAt: null });
    if (filter.level) and.push({ level: filter.level });
    if (filter.rootsOnly) and.push({ parent: null });
    if (filter.parentId != null) and.push({ parent: localId(filter.parentId, 'Center') ?? -1 });
    if (filter.subtreeOf != null) {
      const root = await this.em.findOne(Center, { id: localId(filter.subtreeOf, 'Center') ?? -1 });
      and.push(root ? subtreeWhere(root) : { id: -1 });
    }
    const search = filter.search?.trim();
    if (search) {
      const like = likePattern(search);
      and.push({ $or: [{ name: { $like: like } }, { divisionCode: { $like: like } }] });
    }
    return and.length === 0 ? {} : { $and: and };
  }

  /** Ancestors root first, for breadcrumbs. */
  async ancestors(center: Center): Promise<Center[]> {
    const ids = center.lineageIds.slice(1).reverse();
    if (ids.length === 0) return [];
    const found = await this.em.find(Center, { id: { $in: ids } });
    return ids.map((id) => found.find((c) => c.id === id)!).filter(Boolean);
  }

  private assertAdminFor(parent: Center | undefined): void {
    if (parent) this.ctx.viewer.assertCan([Role.ADMIN], parent, '管理该中心');
    else if (!this.ctx.viewer.canEverywhere([Role.ADMIN])) {
      throw forbidden('只有全域管理员可以新建顶级中心 / Only an admin over every center may create a top-level center');
    }
  }

  /** Checks level, division code and parent of a center as they would be after the change. */
  private checkPlacement(v: Validator, level: CenterLevel, code: string, parent: Center | undefined, codeField = 'divisionCode'): void {
    if (!isDivisionCode(code, LEVEL_DIGITS[level])) {
      v.add(codeField, UserErrorCode.INVALID,
        `${LEVEL_ZH[level]}中心的区划代码须为${LEVEL_DIGITS[level]}位有效的GB/T 2260代码（如150627）`);
    }
    if (!parent) {
      if (level !== CenterLevel.COUNTY) v.add('parentId', UserErrorCode.REQUIRED, `${LEVEL_ZH[level]}中心必须有上级中心`);
      return;
    }
    if (parent.archivedAt) v.add('parentId', UserErrorCode.ARCHIVED, '上级中心已归档');
    if (LEVEL_RANK[parent.level] >= LEVEL_RANK[level]) {
      v.add('parentId', UserErrorCode.INVALID, `上级中心（${LEVEL_ZH[parent.level]}）必须高于本中心（${LEVEL_ZH[level]}）`);
    } else if (!code.startsWith(parent.divisionCode)) {
      v.add(codeField, UserErrorCode.INVALID, `区划代码须以上级中心的代码 ${parent.divisionCode} 开头`);
    }
  }

  private async checkCodeFree(v: Validator, code: string, self?: Center): Promise<void> {
    if (!v.ok) return;
    const other = await this.em.findOne(Center, { divisionCode: code, archivedAt: null, ...(self ? { id: { $ne: self.id } } : {}) });
    if (other) v.add('divisionCode', UserErrorCode.TAKEN, `区划代码 ${code} 已被“${other.name}”使用`);
  }

  async create(input: CenterCreateInput): Promise<Center> {
    const v = new Validator();
    const parent = await findByGlobalId(this.em, Center, input.parentId, v, 'parentId', '上级中心');
    v.throwIfAny();
    this.assertAdminFor(parent);
    const name = v.text('name', input.name, '名称', { required: true, max: 100 })!;
    const code = input.divisionCode.trim();
    this.checkPlacement(v, input.level, code, parent);
    const address = v.text('address', input.address, '地址', { max: 200 });
    const phone = v.phone('phone', input.phone, '联系电话');
    const onlineServiceName = v.text('onlineServiceName', input.onlineServiceName, '线上办事渠道', { max: 60 });
    v.int('areaSqm', input.areaSqm, '面积', 1, 10_000_000);
    await this.checkCodeFree(v, code);
    v.throwIfAny();

    const center = this.em.create(Center, {
      name,
      level: input.level,
      divisionCode: code,
      parent: parent ?? null,
      ancestry: parent ? parent.childAncestry : '/',
      address: address ?? null,
      phone: phone ?? null,
      onlineServiceName: onlineServiceName ?? null,
      areaSqm: input.areaSqm ?? null,
    });
    await this.em.flush();
    return center;
  }

  async update(input: CenterUpdateInput): Promise<Center> {
    const v = new Validator();
    const center = await findByGlobalId(this.em, Center, input.id, v, 'id', '中心');
    v.throwIfAny();
    this.ctx.viewer.assertCan([Role.ADMIN], center!, '修改该中心');
    const c = center!;
    const moving = input.parentId !== undefined && input.parentId !== null && localId(input.parentId, 'Center') !== c.parent?.id;
    let parent = c.parent ? await c.parent.loadOrFail() : undefined;
    if (moving) {
      parent = await findByGlobalId(this.em, Center, input.parentId, v, 'parentId', '上级中心');
      if (parent && c.contains(parent)) {
        v.add('parentId', UserErrorCode.CYCLE, parent.id === c.id ? '中心不能是自己的上级' : '不能把中心移到它自己的下级之下');
      } else if (parent) {
        this.ctx.viewer.assertCan([Role.ADMIN], parent, '把中心移到该上级之下');
      }
    }
    checkVersion(v, c, input.version, '中心');
    if (c.archivedAt) v.add('id', UserErrorCode.ARCHIVED, '已归档的中心不能修改');
    const name = input.name === undefined ? undefined : v.text('name', input.name, '名称', { required: true, max: 100 });
    const code = input.divisionCode == null ? c.divisionCode : input.divisionCode.trim();
    if (v.ok) this.checkPlacement(v, c.level, code, parent);
    const address = input.address === undefined ? undefined : v.text('address', input.address, '地址', { max: 200 });
    const phone = input.phone === undefined ? undefined : v.phone('phone', input.phone, '联系电话');
    const onlineServiceName = input.onlineServiceName === undefined ? undefined
      : v.text('onlineServiceName', input.onlineServiceName, '线上办事渠道', { max: 60 });
    v.int('areaSqm', input.areaSqm, '面积', 1, 10_000_000);
    if (code !== c.divisionCode) await this.checkCodeFree(v, code, c);
    v.throwIfAny();

    return this.em.transactional(async (em) => {
      if (name != null) c.name = name;
      c.divisionCode = code;
      if (address !== undefined) c.address = address ?? null;
      if (phone !== undefined) c.phone = phone ?? null;
      if (onlineServiceName !== undefined) c.onlineServiceName = onlineServiceName ?? null;
      if (input.areaSqm !== undefined) c.areaSqm = input.areaSqm;
      if (moving && parent) {
        const oldPrefix = c.childAncestry;
        c.parent = em.getReference(Center, parent.id, { wrapped: true });
        c.ancestry = parent.childAncestry;
        await em.flush();
        // Re-root every descendant's ancestry onto the new path.
        await em.execute(
          `update center set ancestry = ? || substr(ancestry, ?) where ancestry like ?`,
          [c.childAncestry, oldPrefix.length + 1, `${oldPrefix}%`],
        );
      }
      return c;
    });
  }

  async archive(globalId: string, version: number): Promise<Center> {
    const v = new Validator();
    const center = await findByGlobalId(this.em, Center, globalId, v, 'id', '中心');
    v.throwIfAny();
    const c = center!;
    this.ctx.viewer.assertCan([Role.ADMIN], c, '归档该中心');
    checkVersion(v, c, version, '中心');
    if (c.archivedAt) v.add('id', UserErrorCode.ARCHIVED, '该中心已归档');
    if (v.ok) {
      const children = await this.em.count(Center, { parent: c.id, archivedAt: null });
      v.check(children === 0, 'id', UserErrorCode.IN_USE, `该中心还有${children}个未归档的下级中心，请先归档或迁移它们`);
      const today = new Date().toISOString().slice(0, 10);
      const stationed = await this.em.count(Stationing, { center: c.id, $or: [{ endDate: null }, { endDate: { $gte: today } }] });
      v.check(stationed === 0, 'id', UserErrorCode.IN_USE, `该中心还有${stationed}个部门入驻，请先结束入驻`);
    }
    v.throwIfAny();
    c.archivedAt = new Date();
    await this.em.flush();
    return c;
  }
}
