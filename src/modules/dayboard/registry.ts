import { DispatchAlertResolver } from '../cases/dispatch-alerts/dispatch-alert.resolver.js';
import { PresenceRotaResolver } from '../rosters/presence-rota.resolver.js';
import { CitizenFollowupResolver } from '../citizen/citizen-followup.resolver.js';
import { CaseEventActingAsResolver, DayBoardResolver } from './day-board.resolver.js';

/**
 * The day board, the dispatch target, the rotating agencies' published rota and the citizen's follow-up
 * (issue 17, parts 3, 4, 7, 8), listed once so the shared resolver list takes one line.
 */
export const DAYBOARD_RESOLVERS = [DayBoardResolver, CaseEventActingAsResolver, DispatchAlertResolver, PresenceRotaResolver, CitizenFollowupResolver];
