import type { MikroORM } from '@mikro-orm/postgresql';
import { Router, type Request, type Response } from 'express';
import { staleReads } from '../../shared/read-replica.js';
import { localId } from '../../shared/ids.js';
import { QueryParamError, readQuery } from '../../shared/query-params.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { addCalendarDays } from '../calendar/working-days.js';
import { User } from '../identity/user.entity.js';
import { Center } from '../organisation/center.entity.js';
import { PublishedDuty } from './duty.entity.js';
import { dutyCalendar } from './icalendar.js';
import { presenceCalendar } from './presence-icalendar.js';

const BACK_DAYS = 30;
const AHEAD_DAYS = 120;

/**
 * Public iCalendar feeds of the published rotas: a center's duties, and one person's duties at every center,
 * from a month back to four months ahead.
 */
export function calendarRoutes(orm: MikroORM, clock: () => Date): Router {
  const router = Router();
  const window = () => {
    const today = shanghaiDate(clock());
    return { $gte: addCalendarDays(today, -BACK_DAYS), $lte: addCalendarDays(today, AHEAD_DAYS) };
  };
  /** The feeds take no query parameters: a subscriber's URL with one is a mistake worth a 400, not a silent ignore. */
  const noParams = (req: Request, res: Response): boolean => {
    try {
      readQuery(req.query, []);
      return true;
    } catch (error) {
      if (!(error instanceof QueryParamError)) throw error;
      res.status(error.status).json(error.body());
      return false;
    }
  };
  const send = (res: Response, file: string, body: string) => {
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('content-disposition', `inline; filename="${file}"`);
    res.send(body);
  };

  router.get('/calendar/centers/:code.ics', async (req, res, next) => {
    try {
      if (!noParams(req, res)) return;
      const em = staleReads(orm.em.fork()); // published rotas tolerate a few seconds' staleness
      const center = await em.findOne(Center, { divisionCode: String(req.params.code), archivedAt: null });
      if (!center) return void res.status(404).type('text/plain').send('unknown center');
      const duties = await em.find(PublishedDuty, { center: center.id, date: window() }, { orderBy: { date: 'asc', id: 'asc' } });
      send(res, `${center.divisionCode}.ics`, dutyCalendar(`${center.name}值班表`, duties.map((duty) => ({ duty, centerName: center.name })), clock()));
    } catch (error) {
      next(error);
    }
  });

  // The rotating agencies' (轮驻) published presence at a center, from the same window.
  router.get('/calendar/presence/:code.ics', async (req, res, next) => {
    try {
      if (!noParams(req, res)) return;
      const em = staleReads(orm.em.fork()); // published rotas tolerate a few seconds' staleness
      const center = await em.findOne(Center, { divisionCode: String(req.params.code), archivedAt: null });
      if (!center) return void res.status(404).type('text/plain').send('unknown center');
      const { $gte, $lte } = window();
      const rows = await em.execute<{ stationing_id: number; date: string; short_name: string; window_number: string | null; publication: number; published_at: Date }[]>(
        `select p.stationing_id, to_char(p.date, 'YYYY-MM-DD') as date, a.short_name, s.window_number, p.publication, p.published_at
           from published_presence_day p join stationing s on s.id = p.stationing_id join agency a on a.id = s.agency_id
          where s.center_id = ? and p.date between ? and ? order by p.date, a.short_name`,
        [center.id, $gte, $lte]);
      send(res, `${center.divisionCode}-presence.ics`, presenceCalendar(`${center.name}轮驻部门`, center.name, rows.map((r) => ({
        stationingId: r.stationing_id, date: r.date, agencyName: r.short_name, windowNumber: r.window_number, publication: r.publication, publishedAt: new Date(r.published_at),
      })), clock()));
    } catch (error) {
      next(error);
    }
  });

  // A person's published duties. Whether a user id exists is not public: an unknown id and a person who was
  // never on a published rota get the same empty calendar (a subscriber keeps a valid feed that fills in once
  // the person is on a published rota); a name appears only once the person's duties have been published.
  router.get('/calendar/people/:userId.ics', async (req, res, next) => {
    try {
      if (!noParams(req, res)) return;
      const em = staleReads(orm.em.fork()); // published rotas tolerate a few seconds' staleness
      const userId = localId(String(req.params.userId), 'User') ?? -1;
      const duties = await em.find(PublishedDuty, { userId, date: window() }, { populate: ['center'], orderBy: { date: 'asc', id: 'asc' } });
      const published = duties.length > 0 || (await em.count(PublishedDuty, { userId })) > 0;
      const user = published ? await em.findOne(User, { id: userId }) : null;
      const name = user ? `${user.displayName}的值班` : '值班';
      send(res, 'duties.ics', dutyCalendar(name, duties.map((duty) => ({ duty, centerName: duty.center.getEntity().name })), clock()));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
