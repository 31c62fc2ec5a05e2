import type { FilterQuery } from '@mikro-orm/core';
import type { HubContext } from '../../shared/context.js';
import { UserErrorCode } from '../../shared/errors.js';
import { localId } from '../../shared/ids.js';
import { checkVersion, findByGlobalId } from '../../shared/lookup.js';
import { paginate, type Page } from '../../shared/pagination.js';
import { Validator } from '../../shared/validation.js';
import { Role } from '../../shared/role.js';
import { Agency } from './agency.entity.js';
import { Center } from './center.entity.js';
import { Stationing } from './stationing.entity.js';
import type { StationingCreateInput, StationingEndInput, StationingUpdateInput, StationingsArgs } from './stationing.types.js';

/** Stationings covering `day`. */
export function activeOn(day: string): FilterQuery<Stationing> {
  return { startDate: { $lte: day }, $or: [{ endDate: null }, { endDate: { $gte: day } }] };
}

export class StationingService {
  constructor(private readonly ctx: HubContext) {}

  private get em() {
    return this.ctx.em;
  }

  list(args: StationingsArgs): Promise<Page<Stationing>> {
    const f = args.filter ?? {};
    const and: FilterQuery<Stationing>[] = [];
    if (f.centerId != null) and.push({ center: localId(f.centerId, 'Center') ?? -1 });
    if (f.agencyId != null) and.push({ agency: localId(f.agencyId, 'Agency') ?? -1 });
    // An empty list selects none (it is not "no filter": that is null).
    if (f.modes != null) and.push({ mode: { $in: f.modes } });
    if (f.activeOn) and.push(activeOn(f.activeOn));
    return paginate(this.em, Stationing, and.length ? { $and: and } : {}, { startDate: 'asc' }, args);
  }

  private checkDates(v: Validator, start: string, end: string | null): void {
    if (end !== null && end < start) v.add('endDate', UserErrorCode.OUT_OF_RANGE, '结束日期不能早于起始日期');
  }

  private async checkNoOverlap(v: Validator, agency: number, center: number, start: string, end: string | null, self?: number) {
    if (!v.ok) return;
    const overlapping = await this.em.findOne(Stationing, {
      agency, center, ...(self ? { id: { $ne: self } } : {}),
      $and: [{ $or: [{ endDate: null }, { endDate: { $gte: start } }] }, ...(end ? [{ startDate: { $lte: end } }] : [])],
    });
    if (overlapping) {
      v.add('startDate', UserErrorCode.TAKEN,
        `该部门在此中心已有入驻（${overlapping.startDate} 起${overlapping.endDate ? `至 ${overlapping.endDate}` : '，持续中'}），日期不能重叠`);
    }
  }

  async create(input: StationingCreateInput): Promise<Stationing> {
    const v = new Validator();
    const agency = await findByGlobalId(this.em, Agency, input.agencyId, v, 'agencyId', '部门');
    const center = await findByGlobalId(this.em, Center, input.centerId, v, 'centerId', '中心');
    v.throwIfAny();
    this.ctx.viewer.assertCan([Role.ADMIN], center!, '安排部门入驻该中心');
    const home = await agency!.center.loadOrFail();
    if (agency!.archivedAt) v.add('agencyId', UserErrorCode.ARCHIVED, '部门已归档');
    if (center!.archivedAt) v.add('centerId', UserErrorCode.ARCHIVED, '中心已归档');
    if (!home.contains(center!)) {
      v.add('centerId', UserErrorCode.OUT_OF_SCOPE, `“${agency!.shortName}”隶属“${home.name}”，只能入驻该中心或其下级中心`);
    }
    const windowNumber = v.text('windowNumber', input.windowNumber, '窗口号', { max: 20 });
    const note = v.text('note', input.note, '备注', { max: 300 });
    this.checkDates(v, input.startDate, input.endDate ?? null);
    await this.checkNoOverlap(v, agency!.id, center!.id, input.startDate, input.endDate ?? null);
    v.throwIfAny();
    const stationing = this.em.create(Stationing, {
      agency: agency!, center: center!, mode: input.mode, windowNumber: windowNumber ?? null,
      startDate: input.startDate, endDate: input.endDate ?? null, note: note ?? null,
    });
    await this.em.flush();
    return stationing;
  }

  private async load(globalId: string, v: Validator): Promise<Stationing> {
    const s = await findByGlobalId(this.em, Stationing, globalId, v, 'id', '入驻记录');
    v.throwIfAny();
    this.ctx.viewer.assertCan([Role.ADMIN], await s!.center.loadOrFail(), '修改该入驻');
    return s!;
  }

  async update(input: StationingUpdateInput): Promise<Stationing> {
    const v = new Validator();
    const s = await this.load(input.id, v);
    checkVersion(v, s, input.version, '入驻记录');
    const windowNumber = input.windowNumber === undefined ? undefined : v.text('windowNumber', input.windowNumber, '窗口号', { max: 20 });
    const note = input.note === undefined ? undefined : v.text('note', input.note, '备注', { max: 300 });
    const start = input.startDate ?? s.startDate;
    const end = input.endDate === undefined ? s.endDate : input.endDate;
    this.checkDates(v, start, end);
    await this.checkNoOverlap(v, s.agency.id, s.center.id, start, end, s.id);
    v.throwIfAny();
    if (input.mode) s.mode = input.mode;
    if (windowNumber !== undefined) s.windowNumber = windowNumber ?? null;
    if (note !== undefined) s.note = note ?? null;
    s.startDate = start;
    s.endDate = end;
    await this.em.flush();
    return s;
  }

  async end(input: StationingEndInput): Promise<Stationing> {
    const v = new Validator();
    const s = await this.load(input.id, v);
    checkVersion(v, s, input.version, '入驻记录');
    if (s.endDate !== null && s.endDate <= input.endDate) {
      v.add('endDate', UserErrorCode.INVALID_STATE, `该入驻已于 ${s.endDate} 结束`);
    }
    this.checkDates(v, s.startDate, input.endDate);
    v.throwIfAny();
    s.endDate = input.endDate;
    await this.em.flush();
    return s;
  }
}
