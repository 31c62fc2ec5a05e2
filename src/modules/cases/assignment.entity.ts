import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { User } from '../identity/user.entity.js';
import { Agency } from '../organisation/agency.entity.js';
import { Mediator } from '../organisation/mediator.entity.js';
import { Case } from './case.entity.js';

export enum AssignmentRole {
  LEAD = 'LEAD',
  COOPERATING = 'COOPERATING',
  MEDIATOR = 'MEDIATOR',
}
registerEnumType(AssignmentRole, {
  name: 'AssignmentRole',
  description: '分流角色 / Role in handling a case',
  valuesConfig: {
    LEAD: { description: '牵头部门 / Lead agency' },
    COOPERATING: { description: '协同部门 / Cooperating agency' },
    MEDIATOR: { description: '调解员/工作室 / Mediator or studio' },
  },
});

/**
 * Who handles a case. Reassignment ends the old assignment (with the reason) and adds a new one, so the
 * history stays; `endedAt` null means current.
 */
@ObjectType({ implements: Node, description: '分流指派 / An assignment of a case to an agency or mediator' })
@Entity()
@Index({ properties: ['agency', 'endedAt'] })
@Index({ properties: ['mediator', 'endedAt'] })
// "This agency's / mediator's newest current cases" as an index range scan (see CaseQueryService.pageWhere).
@Index({ name: 'assignment_agency_current_newest', expression: 'create index "assignment_agency_current_newest" on "assignment" ("agency_id", "received_at" desc, "case_id" desc) where "ended_at" is null' })
@Index({ name: 'assignment_mediator_current_newest', expression: 'create index "assignment_mediator_current_newest" on "assignment" ("mediator_id", "received_at" desc, "case_id" desc) where "ended_at" is null' })
export class Assignment extends HubEntity {
  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @Field(() => AssignmentRole, { description: '角色 / Role' })
  @Enum(() => AssignmentRole)
  role!: AssignmentRole;

  @ManyToOne(() => Agency, { ref: true, nullable: true })
  agency: Ref<Agency> | null = null;

  @ManyToOne(() => Mediator, { ref: true, nullable: true })
  mediator: Ref<Mediator> | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  assignedBy: Ref<User> | null = null;

  /**
   * The case's `receivedAt`, copied when the assignment is made (a case's receipt time never changes), so
   * an agency's or a mediator's cases can be read newest first from the assignment indexes alone.
   */
  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Field(() => DateTimeScalar, { description: '指派时间 / When assigned' })
  @Property({ type: 'datetime' })
  assignedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: '结束时间；空表示当前有效 / When it ended; null while current' })
  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '结束原因（改派、上报等）/ Why it ended' })
  @Property({ length: 300, nullable: true })
  endReason: string | null = null;
}
