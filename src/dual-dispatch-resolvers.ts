import { DUTY_RESOLVERS } from './modules/duty/duty.resolver.js';
import { MEETING_RESOLVERS } from './modules/meetings/meeting.resolver.js';
import { PETITION_RESOLVERS } from './modules/petition/petition.resolver.js';

/** Resolvers of 案事件双调度 (receptions, 包案, joint meetings, the petition procedure). */
export const DUAL_DISPATCH_RESOLVERS = [...DUTY_RESOLVERS, ...PETITION_RESOLVERS, ...MEETING_RESOLVERS];
