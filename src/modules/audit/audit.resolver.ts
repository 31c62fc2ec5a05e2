import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../shared/context.js';
import { Connection, ConnectionArgs, type Page } from '../../shared/pagination.js';
import { AuditService } from './audit.service.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { Case } from '../cases/case.entity.js';
import { Role } from '../../shared/role.js';
import { User } from '../identity/user.entity.js';
import { PersonalDataAccess } from './personal-data-access.entity.js';

@ObjectType({ description: '个人信息查看记录分页 / A page of personal-data reads' })
export class PersonalDataAccessConnection extends Connection(PersonalDataAccess, 'PersonalDataAccess') {}

@ArgsType()
export class PersonalDataAccessesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: '只看该案件 / Only this case' })
  caseId?: string | null;

  @Field(() => ID, { nullable: true, description: '只看该用户的查看 / Only reads by this user' })
  userId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '起（含）/ From, inclusive' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '止（不含）/ Until, exclusive' })
  until?: Date | null;
}

@Resolver(() => PersonalDataAccess)
export class AuditResolver {
  @Authorized(Role.AUDITOR)
  @Query(() => PersonalDataAccessConnection, {
    description: '个人信息明文查看记录（审计员，限其范围内中心的案件，最新在前）/ Reads of unmasked personal data, newest first; auditors, own scope',
  })
  personalDataAccesses(@Args() args: PersonalDataAccessesArgs, @Ctx() ctx: HubContext): Promise<Page<PersonalDataAccess>> {
    return new AuditService(ctx).list(args);
  }

  @FieldResolver(() => User, { description: '查看人 / Who read it' })
  user(@Root() r: PersonalDataAccess): Promise<User> {
    return r.user.loadOrFail();
  }

  @FieldResolver(() => Case, { description: '案件 / The case' })
  case(@Root() r: PersonalDataAccess): Promise<Case> {
    return r.case.loadOrFail();
  }

  @FieldResolver(() => String, { description: '当事人姓名 / The party whose data was read' })
  async partyName(@Root() r: PersonalDataAccess): Promise<string> {
    return (await r.party.loadOrFail()).name;
  }
}
