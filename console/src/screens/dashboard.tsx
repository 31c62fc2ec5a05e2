/**
 * Agency dashboard (部门看板): the agency's cases, and assignments arriving live from `assignmentEvents`.
 * After a network drop the subscription resumes from the last cursor it saw, so the hub replays what was
 * missed; events are kept by `seq` and cases by id, so nothing is lost and nothing shows twice.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { live, request, type SessionUser } from '../api.js';
import { graphql } from '../gql/index.js';
import { onLink } from '../router.js';
import { fmtTime, LiveDot } from '../ui.js';
import { CaseTable, StatusCounts, type ListCaseT } from './case-list.js';

const BoardCases = graphql(`
  query BoardCases($filter: CaseFilter!) {
    cases(first: 100, filter: $filter) { totalCount nodes { ...ListCase } }
  }
`);
const AssignmentLive = graphql(`
  subscription BoardAssignments($agencyId: ID, $mediatorId: ID, $after: String) {
    assignmentEvents(agencyId: $agencyId, mediatorId: $mediatorId, after: $after) {
      seq cursor at topic type label caseId caseNumber caseTitle
      case { ...ListCase }
    }
  }
`);

interface FeedItem { seq: string; at: string; label: string; caseId?: string | null; caseNumber?: string | null; caseTitle?: string | null }

export default function Dashboard(props: { user: SessionUser }) {
  const agencies = props.user.roles.filter((r) => r.agency).map((r) => r.agency!);
  const [agencyId, setAgencyId] = useState(agencies[0]?.id ?? '');
  const agency = agencies.find((a) => a.id === agencyId);
  return (
    <div class="dashboard">
      <h1>{agency ? `${agency.shortName} 看板` : '部门看板'}</h1>
      {agencies.length > 1 && (
        <label>部门 <select value={agencyId} onChange={(e) => setAgencyId(e.currentTarget.value)}>{agencies.map((a) => <option value={a.id}>{a.shortName}</option>)}</select></label>
      )}
      {agencyId ? <LiveBoard key={agencyId} scope={{ agencyId }} title="本部门案件" /> : <p>您的账号未关联部门。</p>}
    </div>
  );
}

/** Cases of an agency or a mediator, kept current by `assignmentEvents` (also "my cases"). */
export function LiveBoard(props: { scope: { agencyId?: string; mediatorId?: string }; title: string }) {
  const [cases, setCases] = useState<Map<string, ListCaseT>>(new Map());
  const [feed, setFeed] = useState<FeedItem[]>([]);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [state, setState] = useState('connecting');
  const [error, setError] = useState<string | null>(null);
  const cursor = useRef<string | undefined>(undefined);
  const seen = useRef(new Set<string>());

  useEffect(() => {
    const load = () => request(BoardCases, { filter: props.scope }).then((d) => {
      // Marks for `npm run bench:console`: data arrived here, rows rendered in the effect below.
      performance.mark('board-data');
      setCases((old) => {
        const next = new Map(old);
        for (const c of d.cases.nodes as ListCaseT[]) next.set(c.id, c);
        return next;
      });
    }, (e: unknown) => setError(String(e)));
    let wasDown = false;
    // Subscribe first, then load: an assignment made in between arrives as an event, not lost.
    const stop = live(AssignmentLive, () => ({ ...props.scope, after: cursor.current }), (d) => {
      const e = d.assignmentEvents;
      cursor.current = e.cursor;
      // The hub's own notices (SUBSCRIBED, RESUMED …) carry no case; they only move the cursor.
      if (seen.current.has(e.seq) || e.topic === 'SYSTEM') return;
      seen.current.add(e.seq);
      setFeed((f) => [{ seq: e.seq, at: e.at, label: e.label ?? e.type, caseId: e.caseId, caseNumber: e.caseNumber, caseTitle: e.caseTitle }, ...f].slice(0, 50));
      const c = e.case as ListCaseT | null | undefined;
      if (c) {
        setCases((old) => new Map(old).set(c.id, c));
        setFresh((s) => new Set(s).add(c.id));
      }
    }, (s) => {
      setState(s);
      if (s === 'reconnecting') wasDown = true;
      // Without a cursor the hub cannot replay: read the list again instead.
      if (s === 'live' && wasDown && !cursor.current) void load();
      if (s === 'live') wasDown = false;
    }, () => void load());
    void load();
    return stop;
  }, [props.scope.agencyId, props.scope.mediatorId]);

  useEffect(() => {
    if (performance.getEntriesByName('board-data').length > 0 && performance.getEntriesByName('board-rendered').length === 0) performance.mark('board-rendered');
  }, [cases]);

  const list = [...cases.values()].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  return (
    <>
      {error && <p class="error">{error}</p>}
      <StatusCounts cases={list} />
      <div class="board">
        <section class="panel" aria-labelledby="cases-h">
          <h2 id="cases-h">{props.title} <span class="count">{list.length}</span></h2>
          <CaseTable cases={list} highlight={fresh} />
        </section>
        <section class="panel feed" aria-labelledby="feed-h">
          <h2 id="feed-h">实时交办 <LiveDot state={state} /></h2>
          <ol class="feed-list" data-testid="feed">
            {feed.map((f) => (
              <li key={f.seq} data-seq={f.seq}>
                <time>{fmtTime(f.at)}</time> {f.label}
                {f.caseId && <> · <a href={`/cases/${f.caseId}`} onClick={onLink}>{f.caseNumber} {f.caseTitle}</a></>}
              </li>
            ))}
            {feed.length === 0 && <li class="muted">等待新的交办…</li>}
          </ol>
        </section>
      </div>
    </>
  );
}
