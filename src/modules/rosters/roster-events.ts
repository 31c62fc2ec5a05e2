import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../shared/ids.js';
import type { Center } from '../organisation/center.entity.js';
import { writeOutbox } from '../../shared/event-log/outbox.js';

/**
 * Writes a roster event of `center` to the event log in the caller's transaction. Saves of the working
 * rota reach the center's staff; publications (`public`) reach everyone.
 */
export function rosterEvent(
  em: EntityManager, center: Center, type: string, label: string, details: Record<string, unknown>, isPublic = false,
): Promise<string | undefined> {
  return writeOutbox(em, [{
    topic: 'roster', type, centerId: center.id,
    scope: { centerPaths: [center.childAncestry], agencyIds: [], mediatorIds: [], ...(isPublic ? { public: true } : {}) },
    payload: { label, centerId: toGlobalId('Center', center.id), details },
  }]);
}
