import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../shared/ids.js';
import { CaseEvent, CaseEventType } from './case-event.entity.js';
import type { EventScope, EventTopic } from '../../shared/event-log/hub-event.entity.js';
import { writeOutbox, type OutboxEvent } from '../../shared/event-log/outbox.js';

const TOPIC: Partial<Record<CaseEventType, EventTopic>> = {
  DISPATCHED: 'assignment', REASSIGNED: 'assignment', ESCALATED: 'assignment', DELEGATED: 'assignment', WITHDRAWN: 'assignment', OBJECTED: 'assignment',
  SUPERVISION_RAISED: 'supervision', SUPERVISION_ANSWERED: 'supervision', EXTENSION_REQUESTED: 'supervision', EXTENSION_DECIDED: 'supervision',
  DISPATCH_TARGET_MISSED: 'supervision',
};

export function topicOf(type: CaseEventType): EventTopic {
  return TOPIC[type] ?? 'case';
}

interface CaseFacts {
  id: number;
  number: string;
  title: string;
  status: string;
  risk_level: string;
  center_id: number;
  center_path: string;
  origin_path: string;
  agency_ids: number[];
  mediator_ids: number[];
  leader_ids: number[];
}

/** Scope and summary of cases as they are now (after the change), for the events about them. */
async function caseFacts(em: EntityManager, caseIds: number[]): Promise<Map<number, CaseFacts>> {
  const rows = await em.execute<CaseFacts[]>(
    `select c.id, c.number, c.title, c.status, c.risk_level, c.center_id,
            cc.ancestry || cc.id || '/' as center_path, oc.ancestry || oc.id || '/' as origin_path,
            coalesce(array(select distinct a.agency_id from assignment a where a.case_id = c.id and a.agency_id is not null), '{}') as agency_ids,
            coalesce(array(select distinct a.mediator_id from assignment a where a.case_id = c.id and a.mediator_id is not null), '{}') as mediator_ids,
            coalesce(array(select l.leader_id from leader_in_charge l where l.case_id = c.id and l.ended_at is null), '{}') as leader_ids
       from hub_case c join center cc on cc.id = c.center_id join center oc on oc.id = c.origin_center_id
      where c.id = any(?::int[])`,
    [`{${caseIds.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

export interface TimelineRow {
  caseId: number;
  type: CaseEventType;
  eventId?: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  actorId?: number | null;
  data: Record<string, unknown>;
}

/** Turns timeline events of this transaction into outbox events and writes them. */
export async function publishCaseEvents(em: EntityManager, rows: TimelineRow[]): Promise<void> {
  if (rows.length === 0) return;
  const facts = await caseFacts(em, [...new Set(rows.map((r) => r.caseId))]);
  const events: OutboxEvent[] = rows.map((r) => {
    const f = facts.get(r.caseId)!;
    const scope: EventScope = {
      centerPaths: [...new Set([f.center_path, f.origin_path])], agencyIds: f.agency_ids.map(Number), mediatorIds: f.mediator_ids.map(Number),
      ...(f.leader_ids.length ? { leaderIds: f.leader_ids.map(Number) } : {}),
    };
    return {
      topic: topicOf(r.type), type: r.type, caseId: r.caseId, centerId: f.center_id, scope,
      payload: {
        caseId: toGlobalId('Case', r.caseId), number: f.number, title: f.title, status: f.status, riskLevel: f.risk_level,
        label: CaseEvent.label(r.type), fromStatus: r.fromStatus ?? null, toStatus: r.toStatus ?? null,
        actorId: r.actorId ? toGlobalId('User', r.actorId) : null, timelineSeq: r.eventId ?? null, details: r.data,
      },
    };
  });
  await writeOutbox(em, events);
}
