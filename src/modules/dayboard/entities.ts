import { DispatchAlert, DispatchTarget } from '../cases/dispatch-alerts/dispatch-alert.entity.js';
import { PresencePublication, PublishedPresenceDay } from '../rosters/presence-rota.entity.js';

/** Entities of the day board, the dispatch target and the rotating agencies' published rota (issue 17, parts 3, 4, 7). */
export const DAYBOARD_ENTITIES = [PublishedPresenceDay, PresencePublication, DispatchTarget, DispatchAlert];
