import type { EntityManager } from '@mikro-orm/postgresql';
import { shanghaiDate } from '../../shared/scalars.js';
import { DutyKind, DutySlot, PublishedDuty } from '../rosters/duty.entity.js';

/**
 * The half-day an instant falls in, Beijing time: before 13:00 the morning (8:30–12:00 duty, with the
 * lunch hour counted to it), from 13:00 the afternoon (14:30–17:30).
 */
export function halfDayOf(at: Date): DutySlot.MORNING | DutySlot.AFTERNOON {
  const hour = (at.getUTCHours() + 8) % 24;
  return hour < 13 ? DutySlot.MORNING : DutySlot.AFTERNOON;
}

/**
 * The published reception duty `userId` holds at `centerId` in the half-day of `at` (a full-day duty
 * covers both halves), or null. Only the published rota counts: a draft is not a duty yet.
 */
export async function receptionDutyAt(em: EntityManager, centerId: number, userId: number, at: Date): Promise<PublishedDuty | null> {
  return em.findOne(PublishedDuty, {
    center: centerId, userId, kind: DutyKind.RECEPTION, date: shanghaiDate(at), slot: { $in: [DutySlot.FULL_DAY, halfDayOf(at)] },
  });
}
