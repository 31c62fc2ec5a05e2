import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars.js';

export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  MAKEUP_WORKDAY = 'MAKEUP_WORKDAY',
}
registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description: '日历例外 / An exception to the Monday–Friday working week',
  valuesConfig: {
    HOLIDAY: { description: '法定节假日（放假）/ Public holiday' },
    MAKEUP_WORKDAY: { description: '调休上班的周末 / Weekend day that is a working day (调休)' },
  },
});

/** One exception to the Monday–Friday rule; every other day follows the weekday. */
@ObjectType({ description: '官方日历中的例外日 / A day of China’s official calendar that is not an ordinary weekday or weekend day' })
@Entity()
export class CalendarDay {
  @Field(() => DateScalar, { description: '日期 / Date' })
  @PrimaryKey({ type: 'date' })
  date!: string;

  @Field(() => CalendarDayKind, { description: '类型 / Kind' })
  @Enum(() => CalendarDayKind)
  kind!: CalendarDayKind;

  @Field({ description: '名称，如“国庆节”“国庆节调休上班” / Name of the holiday' })
  @Property({ length: 40 })
  name!: string;
}
