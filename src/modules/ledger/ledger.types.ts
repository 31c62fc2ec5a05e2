import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars.js';

export enum LedgerPeriodKind {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
  CUSTOM = 'CUSTOM',
}
registerEnumType(LedgerPeriodKind, {
  name: 'LedgerPeriodKind',
  description: '统计周期 / Kind of period',
  valuesConfig: {
    DAY: { description: '某一天 / One day' },
    WEEK: { description: '某日所在的周（周一至周日）/ The Monday-to-Sunday week of the date' },
    MONTH: { description: '某日所在的月 / The month of the date' },
    YEAR: { description: '某日所在的年 / The year of the date' },
    CUSTOM: { description: '自定义起止日期（含）/ From and to, inclusive' },
  },
});

export enum LedgerDimension {
  CENTER = 'CENTER',
  AGENCY = 'AGENCY',
  CATEGORY = 'CATEGORY',
  CHANNEL = 'CHANNEL',
  KIND = 'KIND',
  RISK = 'RISK',
}
registerEnumType(LedgerDimension, {
  name: 'LedgerDimension',
  description: '分组维度 / What to break the figures down by',
  valuesConfig: {
    CENTER: { description: '下一级中心（案件来自哪里）/ The child centers of the chosen one (where cases come from)' },
    AGENCY: { description: '当前牵头部门（未分派归“未分派”）/ Current lead agency' },
    CATEGORY: { description: '类别 / Category' },
    CHANNEL: { description: '渠道 / Channel' },
    KIND: { description: '纠纷或信访 / Dispute or petition' },
    RISK: { description: '群体性风险等级 / Group-incident risk' },
  },
});

@InputType({ description: '统计周期（北京时间的日期）/ The period, in Beijing dates' })
export class LedgerPeriodInput {
  @Field(() => LedgerPeriodKind, { description: '周期类型 / Kind' })
  kind!: LedgerPeriodKind;

  @Field(() => DateScalar, { nullable: true, description: '周期内任一天，默认今天（DAY/WEEK/MONTH/YEAR）/ Any date in the period, default today' })
  date?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '起（CUSTOM，含）/ From (CUSTOM), inclusive' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '止（CUSTOM，含）/ To (CUSTOM), inclusive' })
  to?: string | null;
}

@ObjectType({ description: '台账数字 / Ledger figures for a set of cases' })
export class LedgerFigures {
  @Field(() => Int, { description: '受理数：周期内受理的案件 / Cases received in the period' })
  received!: number;

  @Field(() => Int, { description: '其中已化解（含化解后办结）/ Of those, resolved (also when closed after resolving)' })
  resolved!: number;

  @Field(() => Int, { description: '其中调解不成并引导（仲裁/诉讼/复议）/ Of those, failed and referred' })
  failed!: number;

  @Field(() => Int, { description: '其中仍在办（待分流、已分流、办理中）/ Of those, still open' })
  open!: number;

  @Field(() => Int, { description: '其中仍在办且已超期 / Of those, open and overdue today' })
  overdue!: number;

  @Field(() => Int, { description: '其中不予受理 / Of those, rejected' })
  rejected!: number;

  @Field(() => Int, { description: '其中撤回 / Of those, withdrawn' })
  withdrawn!: number;

  @Field(() => Float, {
    nullable: true,
    description: '化解率 = 已化解 ÷（已化解 + 调解不成），取值0–1，保留4位小数；在办、不予受理、撤回不计入；分母为0时为空 / Resolution rate = resolved ÷ (resolved + failed), 0–1, 4 decimals; open, rejected and withdrawn cases do not count; null when nothing concluded',
  })
  resolutionRate!: number | null;

  @Field(() => Int, { description: '已分流的案件数 / Cases dispatched' })
  dispatched!: number;

  @Field(() => Float, { nullable: true, description: '受理到首次分流（分钟），中位数 / Minutes from intake to first dispatch, median' })
  dispatchMinutesMedian!: number | null;

  @Field(() => Float, { nullable: true, description: '受理到首次分流（分钟），90分位 / … 90th percentile' })
  dispatchMinutesP90!: number | null;

  @Field(() => Float, { nullable: true, description: '15分钟内分流的比例（“15分钟内分派调解员”承诺）/ Share of dispatched cases dispatched within 15 minutes' })
  dispatchedWithin15MinutesRate!: number | null;

  @Field(() => Float, { nullable: true, description: '受理到化解（小时），中位数 / Hours from intake to resolution, median' })
  resolutionHoursMedian!: number | null;

  @Field(() => Float, { nullable: true, description: '受理到化解（小时），90分位 / … 90th percentile' })
  resolutionHoursP90!: number | null;

  @Field(() => Int, { description: '延期申请数 / Extension requests' })
  extensionsRequested!: number;

  @Field(() => Int, { description: '批准的延期数 / Extensions approved' })
  extensionsApproved!: number;

  @Field(() => Int, { description: '督办次数（自动与人工）/ Supervisions raised, automatic and manual' })
  supervisions!: number;

  @Field(() => Int, { description: '回访数（不含联系不上）/ Feedback interviews, unreachable excluded' })
  feedbacks!: number;

  @Field(() => Float, { nullable: true, description: '满意率 =（非常满意 + 满意）÷ 回访数 / Satisfaction = (very satisfied + satisfied) ÷ feedbacks' })
  satisfactionRate!: number | null;
}

@ObjectType({ description: '分组的一行 / One group of the breakdown' })
export class LedgerGroup {
  @Field({ description: '分组键：中心/部门ID、类别代码或枚举值；“NONE”表示无 / Group key: an ID, a category code or an enum value; NONE for none' })
  key!: string;

  @Field({ description: '名称（中文）/ Label in Chinese' })
  label!: string;

  @Field(() => LedgerFigures, { description: '数字 / Figures' })
  figures!: LedgerFigures;
}

@ObjectType({ description: '重复来源：在多个案件中出现的当事人 / A party appearing in several cases' })
export class RepeatSource {
  @Field({ description: '名称（自然人仅留姓）/ Name; persons show the family name only' })
  label!: string;

  @Field({ description: '申请人或被申请人 / Side' })
  role!: string;

  @Field(() => Int, { description: '涉及案件数 / Cases' })
  cases!: number;
}

@ObjectType({ description: '台账（研判）/ The ledger of a center subtree over a period' })
export class Ledger {
  @Field(() => ID, { nullable: true, description: '中心；为空表示您范围内的全部 / Center; null: everything in your scope' })
  centerId!: string | null;

  @Field(() => DateScalar, { description: '起（含）/ From, inclusive' })
  from!: string;

  @Field(() => DateScalar, { description: '止（含）/ To, inclusive' })
  to!: string;

  @Field(() => LedgerFigures, { description: '合计 / Totals' })
  totals!: LedgerFigures;

  @Field(() => LedgerDimension, { nullable: true, description: '分组维度 / Breakdown dimension' })
  groupBy!: LedgerDimension | null;

  @Field(() => [LedgerGroup], { description: '分组（按受理数降序）/ Groups, most cases first' })
  groups!: LedgerGroup[];

  @Field(() => Int, { description: '重复来源数（在2件及以上案件中出现的当事人）/ Parties appearing in 2 or more cases' })
  repeatSourceCount!: number;

  @Field(() => [RepeatSource], { description: '重复来源前10 / The top 10 repeat sources' })
  repeatSources!: RepeatSource[];
}
