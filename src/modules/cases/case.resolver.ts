import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { AUTHENTICATED, KEY } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { badInput } from '../../shared/errors.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { encodeCursor, firstPageSize, pageOf, paginate, ConnectionArgs, type Page } from '../../shared/pagination.js';
import DataLoader from 'dataloader';
import { policyFor } from '../calendar/calendar.service.js';
import { TimeLimitPolicy } from '../calendar/time-limit-policy.entity.js';
import { Category } from '../catalog/category.entity.js';
import { Center } from '../organisation/center.entity.js';
import { Agency } from '../organisation/agency.entity.js';
import { Mediator } from '../organisation/mediator.entity.js';
import { Assignment, AssignmentRole } from './assignment.entity.js';
import { CaseClosureService } from './case-closure.service.js';
import { representedCount } from './case-core.js';
import { isOverdue } from './overdue.js';
import { CaseDispatchService } from './case-dispatch.service.js';
import { CaseEvent } from './case-event.entity.js';
import { CaseHandlingService } from './case-handling.service.js';
import { CaseQueryService } from './case-query.service.js';
import { Case } from './case.entity.js';
import { CasesArgs } from './case.inputs.js';
import { compiledCases } from './compiled/index.js';
import { CaseConnection, DispatchSuggestion, LinkedCase, SameSourceSuggestion } from './case.types.js';
import { Feedback } from './feedback.entity.js';
import { Agreement, MediationSession } from './handling.entity.js';
import { Party } from './party.entity.js';
import { ExtensionRequest, Supervision } from './supervision.entity.js';
import { CaseEventConnection } from './case-parts.resolver.js';

/**
 * First pages of timelines, batched per operation: one window query finds the first `n` event ids of
 * every case asked for (and whether there are more), one more loads them. Cursors are the same as
 * `paginate`'s for `{ id: 'asc' }`, so a client continues with `after` as usual.
 */
function firstEvents(ctx: HubContext, n: number): DataLoader<number, Page<CaseEvent>> {
  const key = `timeline:first:${n}`;
  let loader = ctx.memo.get(key) as unknown as DataLoader<number, Page<CaseEvent>> | undefined;
  if (!loader) {
    loader = new DataLoader(async (caseIds: readonly number[]) => {
      const rows = await ctx.em.execute<{ id: number; case_id: number; rn: string }[]>(
        `select id, case_id, rn from (select e.id, e.case_id, row_number() over (partition by e.case_id order by e.id) as rn
           from case_event e where e.case_id in (?)) x where rn <= ?`,
        [caseIds, n + 1],
      );
      const shown = rows.filter((r) => Number(r.rn) <= n);
      const events = shown.length ? await ctx.em.find(CaseEvent, { id: { $in: shown.map((r) => String(r.id)) } }, { orderBy: { id: "asc" } }) : [];
      const more = new Set(rows.filter((r) => Number(r.rn) > n).map((r) => r.case_id));
      // Grouped once: filtering every case's events out of the whole batch was quadratic (a 100-case page
      // walked 50,000 events through their case references).
      const byCase = new Map<number, CaseEvent[]>();
      for (const e of events) {
        const list = byCase.get(e.case.id);
        if (list) list.push(e);
        else byCase.set(e.case.id, [e]);
      }
      return caseIds.map((caseId) => pageOf(
        byCase.get(caseId) ?? [], more.has(caseId), false, (e) => encodeCursor([e.id]), () => ctx.em.count(CaseEvent, { case: caseId }),
      ));
    });
    ctx.memo.set(key, loader as never);
  }
  return loader;
}

@Resolver(() => Case)
export class CaseResolver {
  @Authorized(AUTHENTICATED, KEY.CASES_READ)
  @Query(() => CaseConnection, { description: '案件列表（按您的角色范围或密钥的中心，最新受理在前）/ Cases you (or your key) may see, newest first' })
  async cases(@Args() args: CasesArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<Page<Case>> {
    // A staff dashboard's page compiles to one SQL statement when its selection allows; else the ORM path.
    return ((await compiledCases(ctx, args, info)) as Page<Case> | undefined) ?? new CaseQueryService(ctx).list(args);
  }

  @Authorized(AUTHENTICATED, KEY.CASES_READ)
  @Query(() => Case, { nullable: true, description: '按案件编号查找；无权查看时为空 / A case by its number; null when missing or not visible' })
  async caseByNumber(@Arg('number', { description: '案件编号 / Case number' }) number: string, @Ctx() ctx: HubContext): Promise<Case | null> {
    const c = await ctx.em.findOne(Case, { number: number.trim() });
    return c && (await new CaseQueryService(ctx).access.canSee(c)) ? c : null;
  }

  @FieldResolver(() => String, { description: '群众查询码（一码管到底）；第三方密钥只见末4位 / Tracking code for the citizen; API keys see only its last 4 characters' })
  trackingCode(@Root() c: Case, @Ctx() ctx: HubContext): string {
    // The code is the citizen's key to their case: a big screen or another system has no use for it.
    return ctx.viewer.apiKey ? `****-****-${c.trackingCode.slice(-4)}` : c.trackingCode;
  }

  @FieldResolver(() => Center, { description: '当前办理中心 / Center handling the case now' })
  center(@Root() c: Case): Promise<Center> {
    return c.center.loadOrFail();
  }

  @FieldResolver(() => Center, { description: '受理中心（编号所属）/ Center that received it (the number’s)' })
  originCenter(@Root() c: Case): Promise<Center> {
    return c.originCenter.loadOrFail();
  }

  @FieldResolver(() => Category, { description: '类别 / Category' })
  category(@Root() c: Case): Promise<Category> {
    return c.category.loadOrFail();
  }

  @FieldResolver(() => [Party], { description: '当事人 / Parties' })
  async parties(@Root() c: Case): Promise<Party[]> {
    return (await c.parties.load()).getItems();
  }

  @FieldResolver(() => Int, {
    description: '代表人数：申请方各当事人代表的人数之和（被申请方不计），如72名农民工为72 / People the applicant side stands for (respondents not counted), e.g. 72 for the 72 workers',
  })
  async headcount(@Root() c: Case): Promise<number> {
    return representedCount((await c.parties.load()).getItems());
  }

  @FieldResolver(() => [Assignment], { description: '分流指派；默认只含当前有效的 / Assignments; current ones unless includeEnded' })
  async assignments(
    @Root() c: Case,
    @Arg('includeEnded', () => Boolean, { nullable: true, description: '包含已结束的（改派历史）/ Include ended ones' }) includeEnded?: boolean,
  ): Promise<Assignment[]> {
    const all = (await c.assignments.load()).getItems();
    return includeEnded ? all : all.filter((a) => a.endedAt === null);
  }

  @FieldResolver(() => Agency, { nullable: true, description: '当前牵头部门 / Current lead agency' })
  async leadAgency(@Root() c: Case): Promise<Agency | null> {
    const lead = (await c.assignments.load()).getItems().find((a) => a.role === AssignmentRole.LEAD && a.endedAt === null);
    return lead?.agency ? lead.agency.loadOrFail() : null;
  }

  @FieldResolver(() => Mediator, { nullable: true, description: '当前调解员 / Current mediator' })
  async mediator(@Root() c: Case): Promise<Mediator | null> {
    const m = (await c.assignments.load()).getItems().find((a) => a.role === AssignmentRole.MEDIATOR && a.endedAt === null);
    return m?.mediator ? m.mediator.loadOrFail() : null;
  }

  @FieldResolver(() => Boolean, { description: '是否超期（北京时间）/ Overdue (Asia/Shanghai dates)' })
  overdue(@Root() c: Case, @Ctx() ctx: HubContext): boolean {
    return isOverdue(c, shanghaiDate(ctx.clock()));
  }

  @FieldResolver(() => TimeLimitPolicy, { description: '适用的办理时限规则 / The time limits that apply' })
  async timeLimitPolicy(@Root() c: Case, @Ctx() ctx: HubContext): Promise<TimeLimitPolicy> {
    return policyFor(ctx.em, c.kind, (await c.category.loadOrFail()).code);
  }

  @FieldResolver(() => CaseEventConnection, { description: '时间线（最早在前）/ Timeline, oldest first' })
  timeline(@Root() c: Case, @Args() args: ConnectionArgs, @Ctx() ctx: HubContext): Promise<Page<CaseEvent>> {
    // The first page of every case in a list is read in one batch; other pages one by one.
    const first = firstPageSize(args);
    if (first !== undefined) return firstEvents(ctx, first).load(c.id);
    return paginate(ctx.em, CaseEvent, { case: c.id }, { id: 'asc' }, args);
  }

  @FieldResolver(() => [MediationSession], { description: '调解记录 / Mediation sessions' })
  sessions(@Root() c: Case, @Ctx() ctx: HubContext): Promise<MediationSession[]> {
    return ctx.em.find(MediationSession, { case: c.id }, { orderBy: { heldAt: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => Agreement, { nullable: true, description: '调解协议 / The agreement' })
  agreement(@Root() c: Case, @Ctx() ctx: HubContext): Promise<Agreement | null> {
    return new CaseHandlingService(ctx).agreementOf(c);
  }

  @FieldResolver(() => [ExtensionRequest], { description: '延期申请 / Extension requests' })
  extensionRequests(@Root() c: Case, @Ctx() ctx: HubContext): Promise<ExtensionRequest[]> {
    return ctx.em.find(ExtensionRequest, { case: c.id }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [Supervision], { description: '督办（含已回复）/ Supervisions, answered ones included' })
  supervisions(@Root() c: Case, @Ctx() ctx: HubContext): Promise<Supervision[]> {
    return ctx.em.find(Supervision, { case: c.id }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [Feedback], { description: '回访记录 / Feedback' })
  feedback(@Root() c: Case, @Ctx() ctx: HubContext): Promise<Feedback[]> {
    return ctx.em.find(Feedback, { case: c.id }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [LinkedCase], { description: '关联案件（仅您可见的）/ Linked cases you may see' })
  links(@Root() c: Case, @Ctx() ctx: HubContext) {
    return new CaseClosureService(ctx).links(c);
  }

  @FieldResolver(() => [SameSourceSuggestion], { description: '可能同源的未结案件（案源同查）/ Open cases that may share the source' })
  sameSourceSuggestions(
    @Root() c: Case,
    @Ctx() ctx: HubContext,
    @Arg('limit', () => Int, { nullable: true, description: '最多几条（1–50，默认10）/ At most (1–50, default 10)' }) limit?: number,
  ) {
    if (limit != null && (limit < 1 || limit > 50)) throw badInput('limit 须在 1–50 之间 / limit must be 1..50', 'limit');
    return new CaseClosureService(ctx).sameSource(c, limit ?? 10);
  }

  @FieldResolver(() => DispatchSuggestion, { nullable: true, description: '分流建议（仅受理员可见）/ Dispatch suggestion, for dispatchers' })
  async dispatchSuggestion(
    @Root() c: Case,
    @Ctx() ctx: HubContext,
    @Arg('limit', () => Int, { nullable: true, description: '推荐调解员数（1–20，默认5）/ How many mediators (1–20, default 5)' }) limit?: number,
  ): Promise<DispatchSuggestion | null> {
    if (limit != null && (limit < 1 || limit > 20)) throw badInput('limit 须在 1–20 之间 / limit must be 1..20', 'limit');
    const service = new CaseDispatchService(ctx);
    if (!(await service.access.canDispatch(c))) return null;
    return service.suggest(c, limit ?? 5);
  }
}
