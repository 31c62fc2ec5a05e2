import type { FilterQuery } from '@mikro-orm/core';
import type { HubContext } from '../../shared/context.js';
import { badInput } from '../../shared/errors.js';
import { localId } from '../../shared/ids.js';
import { paginate, type Page } from '../../shared/pagination.js';
import { Role } from '../../shared/role.js';
import { scopesWhere } from '../organisation/center.service.js';
import type { PersonalDataAccessesArgs } from './audit.resolver.js';
import { PersonalDataAccess } from './personal-data-access.entity.js';

/** Reading the personal-data audit log: auditors, for cases whose current or receiving center is in their scope. */
export class AuditService {
  constructor(private readonly ctx: HubContext) {}

  list(args: PersonalDataAccessesArgs): Promise<Page<PersonalDataAccess>> {
    const and: FilterQuery<PersonalDataAccess>[] = [];
    const scopes = this.ctx.viewer.scopes([Role.AUDITOR]);
    if (scopes !== 'all') and.push({ case: { $or: [{ center: scopesWhere(scopes) }, { originCenter: scopesWhere(scopes) }] } });
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
    return paginate(this.ctx.em, PersonalDataAccess, { $and: and }, { at: 'desc', id: 'desc' }, args);
  }
}
