import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';

export enum CaseKind {
  DISPUTE = 'DISPUTE',
  PETITION = 'PETITION',
}
registerEnumType(CaseKind, {
  name: 'CaseKind',
  description: '案件种类 / Kind of case',
  valuesConfig: {
    DISPUTE: { description: '矛盾纠纷 / Dispute' },
    PETITION: { description: '信访事项 / Petition (信访工作条例)' },
  },
});

export enum DayCount {
  CALENDAR = 'CALENDAR',
  WORKING = 'WORKING',
}
registerEnumType(DayCount, {
  name: 'DayCount',
  description: '期限计算方式 / How days of a time limit are counted',
  valuesConfig: {
    CALENDAR: { description: '自然日；届满日遇节假日顺延 / Calendar days; a limit ending on a day off moves to the next working day' },
    WORKING: { description: '工作日（按官方日历，含调休）/ Working days on the official calendar, make-up workdays included' },
  },
});

/**
 * The legal time limits a case carries, as data: per kind, optionally narrowed to one category
 * (`categoryCode` null: the default of the kind). Defaults come from 信访工作条例 (2022) and
 * 人民法院在线调解规则 (2021).
 */
@ObjectType({ implements: Node, description: '办理时限规则 / Time limits for a kind (and optionally a category) of case' })
@Entity()
@Index({
  name: 'time_limit_policy_uniq',
  expression: 'create unique index "time_limit_policy_uniq" on "time_limit_policy" ("kind", "category_code") nulls not distinct',
})
export class TimeLimitPolicy extends HubEntity {
  @Field(() => CaseKind, { description: '案件种类 / Kind' })
  @Enum(() => CaseKind)
  kind!: CaseKind;

  @Field(() => String, { nullable: true, description: '类别代码；空表示该种类的默认规则 / Category code; null: default for the kind' })
  @Property({ length: 40, nullable: true })
  categoryCode: string | null = null;

  @Field(() => Int, { description: '受理（决定是否受理/指派调解员）期限天数 / Days to accept (petitions) or designate a mediator (disputes)' })
  @Property({ type: 'integer' })
  acceptDays!: number;

  @Field(() => DayCount, { description: '受理期限计算方式 / How acceptance days count' })
  @Enum(() => DayCount)
  acceptDayCount!: DayCount;

  @Field(() => Int, { description: '自受理起办结期限天数 / Days to finish, from acceptance' })
  @Property({ type: 'integer' })
  finishDays!: number;

  @Field(() => DayCount, { description: '办结期限计算方式 / How finishing days count' })
  @Enum(() => DayCount)
  finishDayCount!: DayCount;

  @Field(() => Int, { description: '可延期次数 / How many extensions may be granted' })
  @Property({ type: 'integer' })
  maxExtensions!: number;

  @Field(() => Int, { description: '每次延期最多天数 / At most this many days per extension' })
  @Property({ type: 'integer' })
  maxExtensionDays!: number;

  @Field(() => Int, { description: '距到期日几天内视为“临期”并自动督办 / Days before the due date at which a case counts as at risk' })
  @Property({ type: 'integer' })
  warnDaysBefore!: number;

  @Field({ description: '法律依据 / Legal basis' })
  @Property({ length: 200 })
  basis!: string;

  @Field(() => Int, { nullable: true, description: '非本部门职责的，自交办起几日内提出异议；空表示不适用（信访工作条例第二十三条：5个工作日）/ Days after assignment within which an agency that is not competent may object; null: not applicable (art. 23: 5 working days)' })
  @Property({ type: 'integer', nullable: true })
  objectionDays: number | null = null;

  @Field(() => DayCount, { description: '异议期限计算方式 / How objection days count' })
  @Enum({ items: () => DayCount, default: 'WORKING' })
  objectionDayCount: Opt<DayCount> = DayCount.WORKING;

  @Field(() => Int, { nullable: true, description: '自收到书面答复意见书起几日内可请求复查（复查意见起算复核同）；空表示不适用（第三十五、三十六条：30日）/ Days after the written answer within which review (复查) — and after the review, re-review (复核) — may be requested; null: not applicable (arts. 35–36: 30 days)' })
  @Property({ type: 'integer', nullable: true })
  reviewRequestDays: number | null = null;

  @Field(() => Int, { nullable: true, description: '自收到复查/复核请求起几日内答复（第三十五、三十六条：30日）/ Days after the review or re-review request within which it is answered (arts. 35–36: 30 days)' })
  @Property({ type: 'integer', nullable: true })
  reviewAnswerDays: number | null = null;

  @Field(() => DayCount, { description: '复查/复核期限计算方式（自然日）/ How review days count (calendar days)' })
  @Enum({ items: () => DayCount, default: 'CALENDAR' })
  reviewDayCount: Opt<DayCount> = DayCount.CALENDAR;

  @Field(() => Int, { nullable: true, description: '多人走访时推选代表的上限；空表示不适用（第二十条：不超过5人）/ At most this many representatives for a visit by more people; null: not applicable (art. 20: 5)' })
  @Property({ type: 'integer', nullable: true })
  maxRepresentatives: number | null = null;
}
