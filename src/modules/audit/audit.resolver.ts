import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../shared/context.js';
import { badInput } from '../../shared/errors.js';
import { localId } from '../../shared/ids.js';
import { Connection, ConnectionArgs, paginate, type Page } from '../../shared/pagination.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { Case } from '../cases/case.entity.js';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import { PersonalDataAccess } from './personal-data-access.entity.js';
import type { FilterQuery } from '@mikro-orm/core';

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
    const and: FilterQuery<PersonalDataAccess>[] = [];
    const scopes = ctx.viewer.scopes([Role.AUDITOR]);
    if (scopes !== 'all') {
      and.push({ case: { $or: scopes.flatMap((s) => [
        { center: { $or: [{ id: s.centerId }, { ancestry: { $like: `${s.prefix}%` } }] } },
        { originCenter: { $or: [{ id: s.centerId }, { ancestry: { $like: `${s.prefix}%` } }] } },
      ]) } });
    }
    if (args.caseId != null) {
      const id = localId(args.caseId, 'Case');
      if (id === undefined) throw badInput('caseId 不是案件ID / caseId is not a case ID', 'caseId');
      and.push({ case: id });
    }
    if (args.userId != null) {
      const id = localId(args.userId, 'User');
      if (id === undefined) throw badInput('userId 不是用户ID / userId is not a user ID', 'userId');
      and.push({ user: id });
    }
    if (args.from) and.push({ at: { $gte: args.from } });
    if (args.until) and.push({ at: { $lt: args.until } });
    return paginate(ctx.em, PersonalDataAccess, { $and: and }, { at: 'desc', id: 'desc' }, args);
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
