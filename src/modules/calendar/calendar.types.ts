import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../shared/scalars.js';
import { CalendarDay } from './calendar-day.entity.js';

@ObjectType({ description: '期限届满日 / The last day of a time limit' })
export class DeadlineView {
  @Field(() => DateScalar, { description: '届满日（北京时间日期）/ The last day, Asia/Shanghai' })
  date!: string;

  @Field({ description: '是否为暂定：计算经过的年份中有尚未录入国务院调休安排的年份，届满日可能随安排公布而变化 / True when the count ran through a year whose official arrangement (调休) is not entered yet; the day may move once it is' })
  provisional!: boolean;

  @Field(() => [Int], { description: '计算经过的暂定年份 / The provisional years the count ran through' })
  provisionalYears!: number[];
}

@ObjectType({ description: '日历提示：所涉年份的调休安排尚未录入 / A calendar warning: a year the operation touched is provisional' })
export class CalendarWarning {
  @Field(() => Int, { description: '年份 / Year' })
  year!: number;

  @Field({ description: '说明 / Message shown to people' })
  message!: string;
}

/** The warnings for provisional years an operation touched (empty when every year is official). */
export function provisionalWarnings(years: number[]): CalendarWarning[] {
  return years.map((year) => ({
    year,
    message: `${year}年的节假日调休安排尚未录入：工作日暂按法定节假日推算（不含调休），国务院公布安排并录入后可能变化`,
  }));
}

@ObjectType({ description: '法定节假日（《全国年节及纪念日放假办法》，按农历与节气计算）/ A statutory public holiday, computed from the law, the lunar calendar and the solar terms' })
export class StatutoryHolidayView {
  @Field(() => DateScalar, { description: '日期 / Date' })
  date!: string;

  @Field({ description: '节日：元旦、春节、清明节、劳动节、端午节、中秋节、国庆节 / Holiday name' })
  name!: string;
}

@ObjectType('CalendarYear', { description: '某一年的官方日历：法定节假日（计算得出）与调休安排（录入）/ One year of the official calendar: computed statutory holidays and the entered arrangement' })
export class CalendarYearView {
  @Field(() => Int, { description: '年份 / Year' })
  year!: number;

  @Field({ description: '是否暂定：尚未录入国务院当年的节假日安排 / True while the year’s official arrangement (调休) is not entered' })
  provisional!: boolean;

  @Field(() => String, { nullable: true, description: '安排所依据的通知文号，如“国办发明电〔2025〕7号”；暂定年份为空 / The notice the arrangement comes from; null while provisional' })
  notice!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '录入时间 / When the arrangement was entered' })
  enteredAt!: Date | null;

  @Field({ description: '法定节假日的法律依据（按年份适用的修订版本）/ The revision of the holiday law in force that year' })
  basis!: string;

  @Field(() => [StatutoryHolidayView], { description: '法定节假日（两节同日时各列一次）/ Statutory holidays (a day shared by two holidays is listed twice)' })
  statutoryHolidays!: StatutoryHolidayView[];

  @Field(() => [CalendarDay], { description: '录入的放假日与调休上班日 / The entered days off and make-up workdays' })
  days!: CalendarDay[];
}
