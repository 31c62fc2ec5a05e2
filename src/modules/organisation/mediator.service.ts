import type { FilterQuery } from '@mikro-orm/core';
import type { HubContext } from '../../shared/context.js';
import { UserErrorCode } from '../../shared/errors.js';
import { localId } from '../../shared/ids.js';
import { checkVersion, findByGlobalId } from '../../shared/lookup.js';
import { paginate, type Page } from '../../shared/pagination.js';
import { likePattern, Validator } from '../../shared/validation.js';
import { Viewer } from '../../shared/viewer.js';
import { Category } from '../catalog/category.entity.js';
import { Role } from '../../shared/role.js';
import { Agency } from './agency.entity.js';
import { Center } from './center.entity.js';
import { subtreeWhere } from './center.service.js';
import { Mediator } from './mediator.entity.js';
import type { MediatorCreateInput, MediatorUpdateInput, MediatorsArgs } from './mediator.types.js';

/** Roles that see a mediator's full phone number when their scope covers the mediator's agency. */
const PHONE_READERS = [Role.ADMIN, Role.DISPATCHER, Role.AGENCY_STAFF, Role.LEADER];

export class MediatorService {
  constructor(private readonly ctx: HubContext) {}

  private get em() {
    return this.ctx.em;
  }

  async list(args: MediatorsArgs): Promise<Page<Mediator>> {
    const f = args.filter ?? {};
    const and: FilterQuery<Mediator>[] = [];
    if (!f.includeArchived) and.push({ archivedAt: null });
    if (f.agencyId != null) and.push({ agency: localId(f.agencyId, 'Agency') ?? -1 });
    if (f.centerSubtreeOf != null) {
      const root = await this.em.findOne(Center, { id: localId(f.centerSubtreeOf, 'Center') ?? -1 });
      and.push(root ? { agency: { center: subtreeWhere(root) } } : { id: -1 });
    }
    if (f.specialty) and.push({ specialties: { $contains: [f.specialty] } });
    if (f.active != null) and.push({ active: f.active });
    const search = f.search?.trim();
    if (search) and.push({ $or: [{ name: { $like: likePattern(search) } }, { studio: { $like: likePattern(search) } }] });
    return paginate(this.em, Mediator, and.length ? { $and: and } : {}, { name: 'asc' }, args);
  }

  /** Whether the viewer may read the mediator's full phone number. */
  async canReadPhone(m: Mediator): Promise<boolean> {
    const viewer = this.ctx.viewer;
    if (viewer.grants.some((g) => g.role === Role.MEDIATOR && g.mediatorId === m.id)) return true;
    const agency = await m.agency.loadOrFail();
    const center = await agency.center.loadOrFail();
    return viewer.grants.some((g) => PHONE_READERS.includes(g.role)
      && (g.role !== Role.AGENCY_STAFF || g.agencyId === agency.id)
      && Viewer.covers(g, center));
  }

  private async checkSpecialties(v: Validator, codes: string[]): Promise<string[]> {
    const unique = [...new Set(codes.map((c) => c.trim()))];
    if (unique.length > 20) {
      v.add('specialties', UserErrorCode.OUT_OF_RANGE, '擅长类别最多20个');
      return unique;
    }
    const known = await this.em.find(Category, { code: { $in: unique }, archivedAt: null });
    const unknown = unique.filter((c) => !known.some((k) => k.code === c));
    if (unknown.length) v.add('specialties', UserErrorCode.NOT_FOUND, `未知的类别代码：${unknown.join('、')}（见 caseCategories）`);
    return unique;
  }

  private async agencyFor(v: Validator, agencyId: string): Promise<Agency | undefined> {
    const agency = await findByGlobalId(this.em, Agency, agencyId, v, 'agencyId', '部门');
    v.throwIfAny();
    this.ctx.viewer.assertCan([Role.ADMIN], await agency!.center.loadOrFail(), '管理该部门的调解员');
    return agency;
  }

  async create(input: MediatorCreateInput): Promise<Mediator> {
    const v = new Validator();
    const agency = (await this.agencyFor(v, input.agencyId))!;
    if (agency.archivedAt) v.add('agencyId', UserErrorCode.ARCHIVED, '部门已归档');
    const name = v.text('name', input.name, '姓名', { required: true, max: 50 })!;
    const phone = v.phone('phone', input.phone, '手机号', true);
    const studio = v.text('studio', input.studio, '工作室', { max: 60 });
    const title = v.text('title', input.title, '称号', { max: 30 });
    v.int('capacity', input.capacity, '同时办案上限', 1, 500);
    const specialties = await this.checkSpecialties(v, input.specialties ?? []);
    v.throwIfAny();
    const mediator = this.em.create(Mediator, {
      name, agency, phone: phone ?? null, studio: studio ?? null, title: title ?? null, specialties,
      capacity: input.capacity ?? 10,
    });
    await this.em.flush();
    return mediator;
  }

  private async load(globalId: string, v: Validator): Promise<Mediator> {
    const m = await findByGlobalId(this.em, Mediator, globalId, v, 'id', '调解员');
    v.throwIfAny();
    const agency = await m!.agency.loadOrFail();
    this.ctx.viewer.assertCan([Role.ADMIN], await agency.center.loadOrFail(), '管理该调解员');
    return m!;
  }

  async update(input: MediatorUpdateInput): Promise<Mediator> {
    const v = new Validator();
    const m = await this.load(input.id, v);
    checkVersion(v, m, input.version, '调解员');
    if (m.archivedAt) v.add('id', UserErrorCode.ARCHIVED, '已归档的调解员不能修改');
    const name = input.name === undefined ? undefined : v.text('name', input.name, '姓名', { required: true, max: 50 });
    const phone = input.phone === undefined ? undefined : v.phone('phone', input.phone, '手机号', true);
    const studio = input.studio === undefined ? undefined : v.text('studio', input.studio, '工作室', { max: 60 });
    const title = input.title === undefined ? undefined : v.text('title', input.title, '称号', { max: 30 });
    v.int('capacity', input.capacity, '同时办案上限', 1, 500);
    const specialties = input.specialties == null ? undefined : await this.checkSpecialties(v, input.specialties);
    v.throwIfAny();
    if (name) m.name = name;
    if (phone !== undefined) m.phone = phone ?? null;
    if (studio !== undefined) m.studio = studio ?? null;
    if (title !== undefined) m.title = title ?? null;
    if (input.capacity != null) m.capacity = input.capacity;
    if (input.active != null) m.active = input.active;
    if (specialties) m.specialties = specialties;
    await this.em.flush();
    return m;
  }

  async archive(globalId: string, version: number): Promise<Mediator> {
    const v = new Validator();
    const m = await this.load(globalId, v);
    checkVersion(v, m, version, '调解员');
    if (m.archivedAt) v.add('id', UserErrorCode.ARCHIVED, '该调解员已归档');
    v.throwIfAny();
    m.archivedAt = new Date();
    m.active = false;
    await this.em.flush();
    return m;
  }
}
