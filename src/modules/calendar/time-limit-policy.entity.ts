import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
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
}
