import type { HubContext } from '../shared/context.js';
import { shanghaiDate } from '../shared/scalars.js';
import { addCalendarDays } from '../modules/calendar/working-days.js';
import type { Center } from '../modules/organisation/center.entity.js';
import { Stationing, StationingMode } from '../modules/organisation/stationing.entity.js';
import { PresenceService } from '../modules/rosters/presence.js';
import { PresenceRotaService } from '../modules/rosters/presence-rota.service.js';

/** Weekdays (1 = Monday) each rotating agency keeps, by the note the demo stationing carries. */
const ROTA: [note: string, weekdays: number[]][] = [['周二、周四', [2, 4]], ['周三', [3]], ['周一、周五', [1, 5]]];

/**
 * The rotating agencies' rotas, generated on working days from their weekday patterns and published from a
 * month back to two months ahead — 林草局 at 杭锦旗 on Tuesdays and Thursdays. Only published presence
 * counts for the day board and the mediator recommendation.
 */
export async function seedPublishedPresence(scheduler: HubContext, centers: Center[]): Promise<void> {
  const today = shanghaiDate(scheduler.clock());
  const startDate = addCalendarDays(today, -30);
  const endDate = addCalendarDays(today, 60);
  for (const center of centers) {
    const rotating = await scheduler.em.find(Stationing, { center: center.id, mode: StationingMode.ROTATING });
    for (const s of rotating) {
      const weekdays = ROTA.find(([note]) => s.note?.includes(note))?.[1];
      if (weekdays) await new PresenceService(scheduler).set({ stationingId: s.globalId, weekdays, startDate, endDate });
    }
    const rota = new PresenceRotaService(scheduler);
    await rota.publish({ centerId: center.globalId, startDate, endDate, expectedPublication: await rota.latest(center) });
  }
}
