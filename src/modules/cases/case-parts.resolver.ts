import { Ctx, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../shared/context.js';
import { maskName } from '../../shared/masking.js';
import { personalValue } from './personal-data.js';
import { fromFen, toFen } from '../../shared/money.js';
import { Connection } from '../../shared/pagination.js';
import { JsonScalar, MoneyScalar, shanghaiDate } from '../../shared/scalars.js';
import { User } from '../identity/user.entity.js';
import { Agency } from '../organisation/agency.entity.js';
import { Mediator } from '../organisation/mediator.entity.js';
import { Assignment } from './assignment.entity.js';
import { CaseAccess } from './case-access.js';
import { CaseEvent } from './case-event.entity.js';
import type { Case } from './case.entity.js';
import { Feedback } from './feedback.entity.js';
import { Agreement, Instalment, JudicialConfirmation, MediationSession, Payment } from './handling.entity.js';
import { Party, PartyType } from './party.entity.js';
import { ExtensionRequest, Supervision } from './supervision.entity.js';
import type { Ref } from '@mikro-orm/core';

@ObjectType({ description: '时间线分页 / A page of timeline events' })
export class CaseEventConnection extends Connection(CaseEvent, 'CaseEvent') {}

/** Whether the viewer sees this case's personal data in full; memoised per operation. */
function fullPersonalData(ctx: HubContext, c: Ref<Case>): Promise<boolean> {
  const key = `pd:${c.id}`;
  let found = ctx.memo.get(key) as Promise<boolean> | undefined;
  if (!found) {
    found = c.loadOrFail().then((kase) => new CaseAccess(ctx).canSeePersonalData(kase));
    ctx.memo.set(key, found);
  }
  return found;
}

async function userName(ref: Ref<User> | null): Promise<string | null> {
  return ref ? (await ref.loadOrFail()).displayName : null;
}

@Resolver(() => Party)
export class PartyResolver {
  @FieldResolver(() => String, { nullable: true, description: '证件号；无权查看时脱敏，如 150627********1234 / ID number, masked unless you may see it' })
  async idNumber(@Root() p: Party, @Ctx() ctx: HubContext): Promise<string | null> {
    return p.idNumber ? personalValue(ctx, await fullPersonalData(ctx, p.case), p.case.id, p, 'idNumber') : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '手机号；无权查看时脱敏，如 138****5678 / Mobile, masked unless you may see it' })
  async phone(@Root() p: Party, @Ctx() ctx: HubContext): Promise<string | null> {
    return p.phone ? personalValue(ctx, await fullPersonalData(ctx, p.case), p.case.id, p, 'phone') : null;
  }

  @FieldResolver(() => String, { description: '姓名或名称；第三方密钥看到的个人姓名只留姓，如 张** / Name; API keys see a person’s name masked' })
  name(@Root() p: Party, @Ctx() ctx: HubContext): string {
    return ctx.viewer.apiKey && p.type === PartyType.PERSON ? maskName(p.name) : p.name;
  }
}

@Resolver(() => Assignment)
export class AssignmentResolver {
  @FieldResolver(() => Agency, { nullable: true, description: '部门 / Agency' })
  agency(@Root() a: Assignment): Promise<Agency> | null {
    return a.agency ? a.agency.loadOrFail() : null;
  }

  @FieldResolver(() => Mediator, { nullable: true, description: '调解员 / Mediator' })
  mediator(@Root() a: Assignment): Promise<Mediator> | null {
    return a.mediator ? a.mediator.loadOrFail() : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '指派人 / Who assigned it' })
  assignedByName(@Root() a: Assignment): Promise<string | null> {
    return userName(a.assignedBy);
  }
}

@Resolver(() => CaseEvent)
export class CaseEventResolver {
  @FieldResolver(() => ID, { description: '序号（时间线内递增）/ Sequence number, increasing' })
  seq(@Root() e: CaseEvent): string {
    return String(e.id);
  }

  @FieldResolver(() => String, { description: '中文说明 / Label in Chinese' })
  label(@Root() e: CaseEvent): string {
    return CaseEvent.label(e.type);
  }

  @FieldResolver(() => String, { nullable: true, description: '操作人；系统自动为空 / Who did it; null for the system' })
  actorName(@Root() e: CaseEvent): Promise<string | null> {
    return userName(e.actor);
  }

  @FieldResolver(() => JsonScalar, { description: '详情：修改前后或本步内容；第三方密钥为空（可能含当事人信息）/ Details: before and after, or what the step recorded; empty for API keys (may hold personal data)' })
  details(@Root() e: CaseEvent, @Ctx() ctx: HubContext): unknown {
    return ctx.viewer.apiKey ? {} : e.data;
  }
}

@Resolver(() => MediationSession)
export class MediationSessionResolver {
  @FieldResolver(() => Mediator, { nullable: true, description: '主持的调解员 / Mediator' })
  mediator(@Root() s: MediationSession): Promise<Mediator> | null {
    return s.mediator ? s.mediator.loadOrFail() : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '记录人 / Recorded by' })
  recordedByName(@Root() s: MediationSession): Promise<string | null> {
    return userName(s.recordedBy);
  }
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => [Instalment], { description: '分期计划 / Payment plan' })
  async instalments(@Root() a: Agreement): Promise<Instalment[]> {
    return (await a.instalments.load()).getItems();
  }

  @FieldResolver(() => [Payment], { description: '履行记录 / Payments' })
  payments(@Root() a: Agreement, @Ctx() ctx: HubContext): Promise<Payment[]> {
    return ctx.em.find(Payment, { agreement: a.id }, { orderBy: { paidDate: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => MoneyScalar, { description: '已履行金额 / Paid so far' })
  async paidAmount(@Root() a: Agreement): Promise<string> {
    return fromFen((await a.instalments.load()).getItems().reduce((s, i) => s + toFen(i.paidAmount), 0n));
  }

  @FieldResolver(() => MoneyScalar, { description: '尚未履行金额 / Still owed' })
  async outstandingAmount(@Root() a: Agreement): Promise<string> {
    return fromFen((await a.instalments.load()).getItems().reduce((s, i) => s + toFen(i.amount) - toFen(i.paidAmount), 0n));
  }

  @FieldResolver(() => Boolean, { description: '是否有逾期未付的分期 / Whether an instalment is overdue' })
  async overdue(@Root() a: Agreement, @Ctx() ctx: HubContext): Promise<boolean> {
    const today = shanghaiDate(ctx.clock());
    return (await a.instalments.load()).getItems().some((i) => i.dueDate < today && toFen(i.paidAmount) < toFen(i.amount));
  }

  @FieldResolver(() => [JudicialConfirmation], { description: '司法确认 / Judicial confirmations' })
  confirmations(@Root() a: Agreement, @Ctx() ctx: HubContext): Promise<JudicialConfirmation[]> {
    return ctx.em.find(JudicialConfirmation, { agreement: a.id }, { orderBy: { id: 'asc' } });
  }
}

@Resolver(() => Instalment)
export class InstalmentResolver {
  @FieldResolver(() => Boolean, { description: '已到期未付清 / Due and not fully paid' })
  overdue(@Root() i: Instalment, @Ctx() ctx: HubContext): boolean {
    return i.dueDate < shanghaiDate(ctx.clock()) && toFen(i.paidAmount) < toFen(i.amount);
  }

  @FieldResolver(() => Boolean, { description: '已付清 / Fully paid' })
  paid(@Root() i: Instalment): boolean {
    return toFen(i.paidAmount) >= toFen(i.amount);
  }
}

@Resolver(() => JudicialConfirmation)
export class JudicialConfirmationResolver {
  @FieldResolver(() => Agency, { description: '法院 / Court' })
  court(@Root() j: JudicialConfirmation): Promise<Agency> {
    return j.court.loadOrFail();
  }
}

@Resolver(() => Supervision)
export class SupervisionResolver {
  @FieldResolver(() => Boolean, { description: '是否尚未回复 / Still waiting for an answer' })
  open(@Root() s: Supervision): boolean {
    return s.answeredAt === null;
  }

  @FieldResolver(() => String, { nullable: true, description: '督办人；系统自动为空 / Raised by; null when automatic' })
  raisedByName(@Root() s: Supervision): Promise<string | null> {
    return userName(s.raisedBy);
  }

  @FieldResolver(() => String, { nullable: true, description: '回复人 / Answered by' })
  answeredByName(@Root() s: Supervision): Promise<string | null> {
    return userName(s.answeredBy);
  }
}

@Resolver(() => Feedback)
export class FeedbackResolver {
  @FieldResolver(() => Party, { description: '回访的申请人 / The applicant' })
  party(@Root() f: Feedback): Promise<Party> {
    return f.party.loadOrFail();
  }
}


@Resolver(() => ExtensionRequest)
export class ExtensionRequestResolver {
  @FieldResolver(() => String, { nullable: true, description: '申请人 / Requested by' })
  requestedByName(@Root() r: ExtensionRequest): Promise<string | null> {
    return userName(r.requestedBy);
  }

  @FieldResolver(() => String, { nullable: true, description: '审批人 / Decided by' })
  decidedByName(@Root() r: ExtensionRequest): Promise<string | null> {
    return userName(r.decidedBy);
  }
}
