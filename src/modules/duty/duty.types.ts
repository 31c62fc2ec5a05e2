import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Connection } from '../../shared/pagination.js';
import { Case } from '../cases/case.entity.js';
import { Reception, ReceptionOutcome } from './reception.entity.js';

@ObjectType({ description: '接访登记分页 / A page of receptions' })
export class ReceptionConnection extends Connection(Reception, 'Reception') {}

@ObjectType({ description: '接访登记结果 / Result of recording a reception' })
export class ReceptionPayload {
  @Field(() => Reception, { nullable: true, description: '接访登记 / The reception' }) reception?: Reception | null;
  @Field(() => Case, { nullable: true, description: '新登记的信访事项（CASE_CREATED）/ The case opened, for CASE_CREATED' }) case?: Case | null;
  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' }) userErrors!: UserError[];
}

@ObjectType({ description: '一位领导的包案负担 / One leader’s load of cases in charge' })
export class LeaderLoad {
  @Field(() => ID, { description: '领导（用户ID）/ The leader (user ID)' }) leaderId!: string;
  @Field({ description: '姓名 / Name' }) name!: string;
  @Field(() => String, { nullable: true, description: '职务 / Position' }) title!: string | null;
  @Field(() => Int, { description: '包案中仍在办的案件数（本中心及下级）/ Open cases in charge, in the center’s subtree' }) openCases!: number;
  @Field(() => Int, { description: '其中已超期（北京时间今日）/ Of those, overdue today (Beijing)' }) overdueCases!: number;
}

@ObjectType({ description: '按结果计的接访数 / Receptions with one outcome' })
export class ReceptionOutcomeCount {
  @Field(() => ReceptionOutcome, { description: '结果 / Outcome' }) outcome!: ReceptionOutcome;
  @Field(() => Int, { description: '接访次数 / Receptions' }) receptions!: number;
}

@ObjectType({ description: '一位领导的接访数 / One leader’s receptions' })
export class LeaderReceptionCount {
  @Field(() => ID, { description: '领导（用户ID）/ The leader (user ID)' }) leaderId!: string;
  @Field({ description: '姓名 / Name' }) name!: string;
  @Field(() => String, { nullable: true, description: '职务 / Position' }) title!: string | null;
  @Field(() => Int, { description: '接访次数 / Receptions' }) receptions!: number;
  @Field(() => Int, { description: '接待人数 / People received' }) people!: number;
  @Field(() => Int, { description: '其中非值班时段 / Of those, outside a published duty' }) offDuty!: number;
  @Field(() => [ReceptionOutcomeCount], { description: '按结果 / By outcome' }) byOutcome!: ReceptionOutcomeCount[];
}

@ObjectType({ description: '台账：周期内的领导接访（按接访中心及下级）/ Ledger: leaders’ receptions in the period, in the center subtree' })
export class ReceptionLedger {
  @Field(() => Int, { description: '接访次数 / Receptions' }) receptions!: number;
  @Field(() => Int, { description: '接待人数 / People received' }) people!: number;
  @Field(() => Int, { description: '其中非值班时段 / Of those, outside a published duty' }) offDuty!: number;
  @Field(() => [ReceptionOutcomeCount], { description: '按结果 / By outcome' }) byOutcome!: ReceptionOutcomeCount[];
  @Field(() => [LeaderReceptionCount], { description: '按领导（次数多者在前）/ By leader, most receptions first' }) byLeader!: LeaderReceptionCount[];
}
