import type { FilterQuery } from '@mikro-orm/core';
import type { HubContext } from '../../shared/context.js';
import { UserErrorCode } from '../../shared/errors.js';
import { localId } from '../../shared/ids.js';
import { checkVersion, findByGlobalId } from '../../shared/lookup.js';
import { paginate, type Page } from '../../shared/pagination.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { likePattern, Validator } from '../../shared/validation.js';
import { Role } from '../../shared/role.js';
import { Agency, AgencyKind, agencyGroup } from './agency.entity.js';
import type { AgenciesArgs, AgencyCreateInput, AgencyUpdateInput } from './agency.types.js';
import { Center } from './center.entity.js';
import { subtreeWhere } from './center.service.js';
import { Mediator } from './mediator.entity.js';
import { Stationing } from './stationing.entity.js';

export class AgencyService {
  constructor(private readonly ctx: HubContext) {}

  private get em() {
    return this.ctx.em;
  }

  async list(args: AgenciesArgs): Promise<Page<Agency>> {
    const f = args.filter ?? {};
    const and: FilterQuery<Agency>[] = [];
    if (!f.includeArchived) and.push({ archivedAt: null });
    // An empty list selects none (it is not "no filter": that is null).
    if (f.kinds != null) and.push({ kind: { $in: f.kinds } });
    if (f.group) {
      and.push({ kind: { $in: Object.values(AgencyKind).filter((k) => agencyGroup(k) === f.group) } });
    }
    if (f.centerSubtreeOf != null) {
      const root = await this.em.findOne(Center, { id: localId(f.centerSubtreeOf, 'Center') ?? -1 });
      and.push(root ? { center: subtreeWhere(root) } : { id: -1 });
    }
    if (f.stationedAt != null) {
      const today = shanghaiDate(this.ctx.clock());
      const present = await this.em.find(Stationing, {
        center: localId(f.stationedAt, 'Center') ?? -1,
        startDate: { $lte: today },
        $or: [{ endDate: null }, { endDate: { $gte: today } }],
      });
      and.push({ id: { $in: present.map((s) => s.agency.id) } });
    }
    const search = f.search?.trim();
    if (search) and.push({ $or: [{ name: { $like: likePattern(search) } }, { shortName: { $like: likePattern(search) } }] });
    return paginate(this.em, Agency, and.length ? { $and: and } : {}, { name: 'asc' }, args);
  }

  async create(input: AgencyCreateInput): Promise<Agency> {
    const v = new Validator();
    const center = await findByGlobalId(this.em, Center, input.centerId, v, 'centerId', '归属中心');
    v.throwIfAny();
    this.ctx.viewer.assertCan([Role.ADMIN], center!, '在该中心新建部门');
    if (center!.archivedAt) v.add('centerId', UserErrorCode.ARCHIVED, '归属中心已归档');
    const name = v.text('name', input.name, '全称', { required: true, max: 100 })!;
    const shortName = v.text('shortName', input.shortName, '简称', { required: true, max: 30 })!;
    const phone = v.phone('phone', input.phone, '电话');
    const description = v.text('description', input.description, '职责简介', { max: 500 });
    await this.checkNameFree(v, name, center!.id);
    v.throwIfAny();
    const agency = this.em.create(Agency, {
      name, shortName, kind: input.kind, center: center!, phone: phone ?? null, description: description ?? null,
    });
    await this.em.flush();
    return agency;
  }

  private async checkNameFree(v: Validator, name: string, centerId: number, self?: Agency): Promise<void> {
    if (!v.ok) return;
    const other = await this.em.findOne(Agency, {
      name, center: centerId, archivedAt: null, ...(self ? { id: { $ne: self.id } } : {}),
    });
    if (other) v.add('name', UserErrorCode.TAKEN, `该中心已有名为“${name}”的部门`);
  }

  async update(input: AgencyUpdateInput): Promise<Agency> {
    const v = new Validator();
    const agency = await findByGlobalId(this.em, Agency, input.id, v, 'id', '部门');
    v.throwIfAny();
    const a = agency!;
    this.ctx.viewer.assertCan([Role.ADMIN], await a.center.loadOrFail(), '修改该部门');
    checkVersion(v, a, input.version, '部门');
    if (a.archivedAt) v.add('id', UserErrorCode.ARCHIVED, '已归档的部门不能修改');
    const name = input.name === undefined ? undefined : v.text('name', input.name, '全称', { required: true, max: 100 });
    const shortName = input.shortName === undefined ? undefined : v.text('shortName', input.shortName, '简称', { required: true, max: 30 });
    const phone = input.phone === undefined ? undefined : v.phone('phone', input.phone, '电话');
    const description = input.description === undefined ? undefined : v.text('description', input.description, '职责简介', { max: 500 });
    if (name && name !== a.name) await this.checkNameFree(v, name, a.center.id, a);
    v.throwIfAny();
    if (name) a.name = name;
    if (shortName) a.shortName = shortName;
    if (input.kind) a.kind = input.kind;
    if (phone !== undefined) a.phone = phone ?? null;
    if (description !== undefined) a.description = description ?? null;
    await this.em.flush();
    return a;
  }

  async archive(globalId: string, version: number): Promise<Agency> {
    const v = new Validator();
    const agency = await findByGlobalId(this.em, Agency, globalId, v, 'id', '部门');
    v.throwIfAny();
    const a = agency!;
    this.ctx.viewer.assertCan([Role.ADMIN], await a.center.loadOrFail(), '归档该部门');
    checkVersion(v, a, version, '部门');
    if (a.archivedAt) v.add('id', UserErrorCode.ARCHIVED, '该部门已归档');
    if (v.ok) {
      const today = shanghaiDate(this.ctx.clock());
      const stationed = await this.em.count(Stationing, { agency: a.id, $or: [{ endDate: null }, { endDate: { $gte: today } }] });
      v.check(stationed === 0, 'id', UserErrorCode.IN_USE, `该部门还有${stationed}处入驻未结束，请先结束入驻`);
      const mediators = await this.em.count(Mediator, { agency: a.id, archivedAt: null });
      v.check(mediators === 0, 'id', UserErrorCode.IN_USE, `该部门还有${mediators}名未归档的调解员`);
    }
    v.throwIfAny();
    a.archivedAt = new Date();
    await this.em.flush();
    return a;
  }
}
