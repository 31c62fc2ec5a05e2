import type { Ref } from '@mikro-orm/core';
import type { HubContext } from '../../shared/context.js';
import { CaseAccess } from '../cases/case-access.js';
import type { Case } from '../cases/case.entity.js';
import { Role } from '../../shared/role.js';
import { LeaderInCharge } from '../duty/leader-in-charge.entity.js';
import { Reception } from '../duty/reception.entity.js';
import { AgendaItem, Decision, DecisionInstruction, JointMeeting } from '../meetings/joint-meeting.entity.js';
import { PetitionProcedure } from '../petition/petition-procedure.entity.js';
import type { Center } from '../organisation/center.entity.js';

const READERS = [Role.LEADER, Role.DISPATCHER, Role.ADMIN, Role.AUDITOR];
const seeCase = async (ctx: HubContext, ref: Ref<Case>) => new CaseAccess(ctx).canSee(await ref.loadOrFail());
const readsCenter = async (ctx: HubContext, ref: Ref<Center>) => ctx.viewer.can(READERS, await ref.loadOrFail());
const seeMeeting = async (ctx: HubContext, ref: Ref<JointMeeting>) => readsCenter(ctx, (await ref.loadOrFail()).center);

/** `node(id)` for the types of 案事件双调度: the center's readers for receptions and meetings, the case's for the rest. */
export const DUAL_DISPATCH_NODE_TYPES = {
  Reception: { entity: Reception, visible: (ctx: HubContext, r: Reception) => readsCenter(ctx, r.center) },
  LeaderInCharge: { entity: LeaderInCharge, visible: (ctx: HubContext, l: LeaderInCharge) => seeCase(ctx, l.case) },
  PetitionProcedure: { entity: PetitionProcedure, visible: (ctx: HubContext, p: PetitionProcedure) => seeCase(ctx, p.case) },
  JointMeeting: { entity: JointMeeting, visible: (ctx: HubContext, m: JointMeeting) => readsCenter(ctx, m.center) },
  AgendaItem: { entity: AgendaItem, visible: async (ctx: HubContext, a: AgendaItem) => (await seeMeeting(ctx, a.meeting)) && seeCase(ctx, a.case) },
  Decision: { entity: Decision, visible: async (ctx: HubContext, d: Decision) => (await seeMeeting(ctx, d.meeting)) && seeCase(ctx, d.case) },
  DecisionInstruction: {
    entity: DecisionInstruction,
    visible: async (ctx: HubContext, i: DecisionInstruction) => {
      const d = await i.decision.loadOrFail();
      return (await seeMeeting(ctx, d.meeting)) && seeCase(ctx, d.case);
    },
  },
};
