import { LeaderInCharge } from '../modules/duty/leader-in-charge.entity.js';
import { Reception } from '../modules/duty/reception.entity.js';
import { AgendaItem, Decision, DecisionInstruction, JointMeeting } from '../modules/meetings/joint-meeting.entity.js';
import { PetitionProcedure } from '../modules/petition/petition-procedure.entity.js';

/** Entities of 案事件双调度 (receptions, 包案, joint meetings, the petition procedure), kept apart to merge easily. */
export const DUAL_DISPATCH_ENTITIES = [Reception, LeaderInCharge, PetitionProcedure, JointMeeting, AgendaItem, Decision, DecisionInstruction];
