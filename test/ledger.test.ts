/**
 * The ledger (台账): statistics that agree with a direct count of the case data, scoped like the API;
 * exports (xlsx, CSV) and printable documents over real HTTP; live counters over a real WebSocket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodRange } from '../src/modules/ledger/ledger.service.js';
import { LedgerPeriodKind } from '../src/modules/ledger/ledger.types.js';
import { graphql } from './gql/index.js';
import { factories, type BuiltCenter, type Desk, type Factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { keyCall, register } from './support/keys.js';
import { collect } from './support/subscriptions.js';
import { readZip } from './support/zip.js';

const LedgerQuery = graphql(`
  query LedgerQuery($centerId: ID, $period: LedgerPeriodInput!, $groupBy: LedgerDimension) {
    ledger(centerId: $centerId, period: $period, groupBy: $groupBy) {
      from to repeatSourceCount repeatSources { label role cases }
      totals { ...Figures }
      groups { key label figures { ...Figures } }
    }
  }
  fragment Figures on LedgerFigures {
    received resolved failed open overdue rejected withdrawn resolutionRate dispatched dispatchMinutesMedian dispatchMinutesP90
    dispatchedWithin15MinutesRate resolutionHoursMedian resolutionHoursP90 extensionsRequested extensionsApproved supervisions feedbacks satisfactionRate
  }
`);
const Counters = graphql(`
  subscription LedgerCounters($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow overdueNow highRiskOpenNow supervisionsOpenNow today { received } thisYear { received } } }
`);
const Sweep = graphql(`mutation LedgerSweep { caseSupervisionSweep { raised } }`);
const VisibleCases = graphql(`query LedgerVisible($filter: CaseFilter) { cases(first: 1, filter: $filter) { totalCount nodes { id number } } }`);

const ALL_TIME = { kind: 'CUSTOM' as const, from: '2021-01-01', to: '2030-12-31' };

let t: TestHub;
let f: Factories;
/** A county built for this file, with a town below it; its leader reads the ledger. */
let desk: Desk;
let town: BuiltCenter;
/** Another county: its people are strangers to the desk's ledger. */
let other: Desk;
let leader: string;
let yj: string;
/** How many cases the county and its town received (all of them this year). */
let received: number;
/** The cases received by the built county and its town (its division code is their prefix). */
let YJ_SUBTREE: string;

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const worker = (name: string) => ({ role: 'APPLICANT' as const, type: 'PERSON' as const, name, phone: '13812345678' });

beforeAll(async () => {
  t = await startTestHub({ LIVE_COUNTER_THROTTLE_MS: '300' });
  f = await factories(t);
  desk = await f.desk();
  town = await f.center({ parent: desk.center });
  other = await f.desk();
  leader = desk.leader.token;
  yj = desk.center.id;
  YJ_SUBTREE = `origin_center_id in (select id from center where division_code like '${desk.center.divisionCode}%')`;
  // The loop at every stage, received a few hours apart so dispatch takes minutes; a traffic accident, a
  // group wage claim, a case waiting at the town and one waiting past its limit, so every figure is non-trivial.
  const built = [
    f.case(desk, { status: 'RECEIVED', input: { receivedAt: hoursAgo(2), parties: [worker('申请人甲')] } }),
    f.case(desk, { status: 'DISPATCHED', input: { receivedAt: hoursAgo(3), categoryCode: 'TRAFFIC_ACCIDENT', title: '交通事故赔偿' } }),
    f.case(desk, { status: 'IN_PROGRESS', input: { receivedAt: hoursAgo(5), categoryCode: 'TRAFFIC_ACCIDENT', parties: [worker('伤者家属')] } }),
    f.case(desk, { status: 'RESOLVED', input: { receivedAt: hoursAgo(8), categoryCode: 'WAGE_ARREARS', channel: 'PHONE' } }),
    f.case(desk, { status: 'CLOSED', input: { receivedAt: hoursAgo(13), kind: 'PETITION', channel: 'PETITION_VISIT' } }),
    f.case(desk, { status: 'FAILED', input: { receivedAt: hoursAgo(21) } }),
    f.case(desk, { status: 'REJECTED' }),
    f.case(desk, { status: 'WITHDRAWN' }),
    f.case(desk, { input: { categoryCode: 'WAGE_ARREARS', title: '群体讨薪', parties: [{ ...worker('工人代表'), headcount: 40 }] } }),
    f.case(desk, { input: { centerId: town.id, receivedAt: hoursAgo(1), title: '镇里的邻里纠纷' } }),
    f.case(desk, { input: { receivedAt: hoursAgo(24 * 20), title: '久拖未分流' } }),
  ];
  for (const c of built) await c;
  received = built.length;
  // The group wage claim and the late case come under supervision.
  await t.gql(Sweep, {}, leader);
});
afterAll(() => t?.close());

function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const lo = Math.floor(rank);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (rank - lo);
}

describe('statistics', () => {
  it('agree exactly with a direct count of the cases received by a county and its town', async () => {
    const ledger = (await t.gql(LedgerQuery, { centerId: yj, period: ALL_TIME }, leader)).ledger;
    const cases = await t.sql<{ status: string; referral: string | null; concluded: boolean; received_at: Date; dispatched_at: Date | null; concluded_at: Date | null }>(
      `select status, referral, concluded_at is not null as concluded, received_at, dispatched_at, concluded_at from hub_case where ${YJ_SUBTREE}`);
    const resolved = cases.filter((c) => c.concluded && c.referral === null && ['RESOLVED', 'CLOSED'].includes(c.status));
    const failed = cases.filter((c) => c.referral !== null);
    expect(cases.length).toBe(received);
    expect(ledger.totals).toMatchObject({
      received: cases.length,
      resolved: resolved.length,
      failed: failed.length,
      open: cases.filter((c) => ['RECEIVED', 'DISPATCHED', 'IN_PROGRESS'].includes(c.status)).length,
      rejected: cases.filter((c) => c.status === 'REJECTED').length,
      withdrawn: cases.filter((c) => c.status === 'WITHDRAWN').length,
      dispatched: cases.filter((c) => c.dispatched_at).length,
    });
    const expectedRate = resolved.length + failed.length ? Math.round((resolved.length / (resolved.length + failed.length)) * 10_000) / 10_000 : null;
    expect(ledger.totals.resolutionRate).toBe(expectedRate);
    const minutes = cases.filter((c) => c.dispatched_at).map((c) => (c.dispatched_at!.getTime() - c.received_at.getTime()) / 60_000);
    expect(ledger.totals.dispatchMinutesMedian).toBeCloseTo(percentile(minutes, 0.5)!, 0);
    expect(ledger.totals.dispatchMinutesP90).toBeCloseTo(percentile(minutes, 0.9)!, 0);
    const [side] = await t.sql<{ ext: string; sup: string; fb: string }>(`select
      (select count(*) from extension_request where case_id in (select id from hub_case where ${YJ_SUBTREE})) as ext,
      (select count(*) from supervision where case_id in (select id from hub_case where ${YJ_SUBTREE})) as sup,
      (select count(*) from feedback where satisfaction <> 'UNREACHABLE' and case_id in (select id from hub_case where ${YJ_SUBTREE})) as fb`);
    expect([ledger.totals.extensionsRequested, ledger.totals.supervisions, ledger.totals.feedbacks]).toEqual([Number(side!.ext), Number(side!.sup), Number(side!.fb)]);
  });

  it('break down by every dimension into groups that add up to the totals', async () => {
    for (const groupBy of ['CENTER', 'AGENCY', 'CATEGORY', 'CHANNEL', 'KIND', 'RISK'] as const) {
      const ledger = (await t.gql(LedgerQuery, { centerId: yj, period: ALL_TIME, groupBy }, leader)).ledger;
      const sum = (k: 'received' | 'resolved' | 'open' | 'supervisions') => ledger.groups.reduce((s, g) => s + g.figures[k], 0);
      expect([sum('received'), sum('resolved'), sum('open'), sum('supervisions')], groupBy).toEqual([
        ledger.totals.received, ledger.totals.resolved, ledger.totals.open, ledger.totals.supervisions]);
      expect(ledger.groups.every((g) => g.label.length > 0), groupBy).toBe(true);
    }
    const byCenter = (await t.gql(LedgerQuery, { centerId: yj, period: ALL_TIME, groupBy: 'CENTER' }, leader)).ledger;
    expect(byCenter.groups.map((g) => g.label)).toEqual(expect.arrayContaining([desk.center.name]));
    const byCategory = (await t.gql(LedgerQuery, { centerId: yj, period: ALL_TIME, groupBy: 'CATEGORY' }, leader)).ledger;
    const [traffic] = await t.sql<{ n: string }>(`select count(*) as n from hub_case k join category c on c.id = k.category_id where c.code = 'TRAFFIC_ACCIDENT' and ${YJ_SUBTREE}`);
    expect(byCategory.groups.find((g) => g.key === 'TRAFFIC_ACCIDENT')?.figures.received ?? 0).toBe(Number(traffic!.n));
  });

  it('compute only what is selected: a counts-only or one-figure selection answers what the full one does', async () => {
    const full = (await t.gql(LedgerQuery, { centerId: yj, period: ALL_TIME, groupBy: 'CATEGORY' }, leader)).ledger;
    const post = async (query: string) => ((await (await t.post({ query, variables: { c: yj, p: ALL_TIME } }, { authorization: `Bearer ${leader}` })).json()) as { data: { ledger: Record<string, any> } }).data.ledger;
    const counts = await post(`query($c: ID, $p: LedgerPeriodInput!) { ledger(centerId: $c, period: $p, groupBy: CATEGORY) {
      totals { received resolved failed open overdue rejected withdrawn resolutionRate dispatched dispatchedWithin15MinutesRate } groups { key figures { received open } } } }`);
    const pick = (f: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, f[k]]));
    const countKeys = ['received', 'resolved', 'failed', 'open', 'overdue', 'rejected', 'withdrawn', 'resolutionRate', 'dispatched', 'dispatchedWithin15MinutesRate'];
    expect(counts.totals).toEqual(pick(full.totals, countKeys));
    expect(counts.groups).toEqual(full.groups.map((g) => ({ key: g.key, figures: pick(g.figures, ['received', 'open']) })));
    // Counts without a breakdown take the prepared, ungrouped statement.
    const plain = await post(`query($c: ID, $p: LedgerPeriodInput!) { ledger(centerId: $c, period: $p) { groups { key } totals { ${countKeys.join(' ')} } } }`);
    expect(plain).toEqual({ groups: [], totals: pick(full.totals, countKeys) });
    const side = await post(`query($c: ID, $p: LedgerPeriodInput!) { ledger(centerId: $c, period: $p) { totals { supervisions satisfactionRate } } }`);
    expect(side.totals).toEqual(pick(full.totals, ['supervisions', 'satisfactionRate']));
    const pct = await post(`query($c: ID, $p: LedgerPeriodInput!) { ledger(centerId: $c, period: $p) { totals { dispatchMinutesP90 resolutionHoursMedian } } }`);
    expect(pct.totals).toEqual(pick(full.totals, ['dispatchMinutesP90', 'resolutionHoursMedian']));
    expect(full.totals.supervisions + full.totals.received).toBeGreaterThan(0);
  });

  it('resolve periods on the calendar: week Monday–Sunday, month ends, leap years', () => {
    expect(periodRange({ kind: LedgerPeriodKind.WEEK, date: '2026-10-01' }, '2026-11-22')).toEqual({ from: '2026-09-28', to: '2026-10-04' });
    expect(periodRange({ kind: LedgerPeriodKind.MONTH, date: '2028-02-10' }, '2026-11-22')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodRange({ kind: LedgerPeriodKind.YEAR }, '2026-11-22')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodRange({ kind: LedgerPeriodKind.DAY }, '2026-11-22')).toEqual({ from: '2026-11-22', to: '2026-11-22' });
    expect(() => periodRange({ kind: LedgerPeriodKind.CUSTOM, from: '2026-02-01', to: '2026-01-01' }, '2026-11-22')).toThrow(/to before from/);
  });

  it('are scoped: another banner, agency staff and a missing center are refused; a province-wide role sees everything', async () => {
    const stranger = await t.request(LedgerQuery, { centerId: yj, period: ALL_TIME }, other.dispatcher.token);
    expect(stranger.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const staff = await t.request(LedgerQuery, { centerId: yj, period: ALL_TIME }, desk.staff.token);
    expect(staff.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const missing = await t.request(LedgerQuery, { period: ALL_TIME }, leader);
    expect(missing.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'centerId' });
    const everything = (await t.gql(LedgerQuery, { period: ALL_TIME, groupBy: 'CENTER' }, f.admin)).ledger;
    const [all] = await t.sql<{ n: string }>('select count(*) as n from hub_case');
    expect(everything.totals.received).toBe(Number(all!.n));
    // One group per county (a town's cases count in its county's).
    expect(everything.groups.map((g) => g.label)).toEqual(expect.arrayContaining([desk.center.name]));
    expect(everything.groups.map((g) => g.label)).not.toContain(town.name);
    expect(everything.groups.find((g) => g.label === desk.center.name)!.figures.received).toBe(received);
  });

  it('are open to a big screen’s key with STATISTICS_READ for its own banner only', async () => {
    const key = await f.apiKey([desk.center], ['STATISTICS_READ'], { name: '大屏' });
    const hash = await register(t, f.admin, key, 'query ScreenLedger($centerId: ID!) { ledger(centerId: $centerId, period: { kind: YEAR }) { totals { received resolutionRate } } }');
    const own = await keyCall<{ ledger: { totals: { received: number } } }>(t, key.secret, hash, { centerId: yj });
    expect(own.body.data!.ledger.totals.received).toBe(received);
    const foreign = await keyCall(t, key.secret, hash, { centerId: other.center.id });
    expect(foreign.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('exports', () => {
  const get = (path: string, token?: string) => fetch(new URL(path, t.url).toString(), { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('stream the filtered case list as CSV with BOM and Chinese headers, the same rows the API shows, masked like the API', async () => {
    const dispatcher = desk.dispatcher.token;
    const filter = { centerSubtreeOf: yj };
    const res = await get(`/exports/cases.csv?filter=${encodeURIComponent(JSON.stringify(filter))}`, dispatcher);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('案件清单'));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['案件编号', '受理时间', '受理中心']);
    const visible = (await t.gql(VisibleCases, { filter }, dispatcher)).cases.totalCount;
    expect(lines.length - 1).toBe(visible);
    expect(visible).toBe(received);
    // The dispatcher sees full phones; that read is audited, row by row.
    expect(lines.slice(1).some((l) => /1[3-9]\d{9}/.test(l))).toBe(true);
    const [audited] = await t.sql<{ n: string }>(`select count(*) as n from personal_data_access pa join hub_user u on u.id = pa.user_id where u.username = $1`, [desk.dispatcher.username]);
    expect(Number(audited!.n)).toBeGreaterThan(0);

    const countyAdmin = (await f.user('ADMIN', { center: desk.center })).token;
    const asAdmin = await (await get(`/exports/cases.csv?filter=${encodeURIComponent(JSON.stringify(filter))}`, countyAdmin)).text();
    expect(asAdmin).not.toMatch(/1[3-9]\d{9}/);
    expect(asAdmin).toMatch(/1\d\d\*{4}\d{4}/);
  });

  it('write a real xlsx with number and date cells', async () => {
    const res = await get(`/exports/cases.xlsx?filter=${encodeURIComponent(JSON.stringify({ centerSubtreeOf: yj }))}`, desk.dispatcher.token);
    expect(res.status).toBe(200);
    const files = readZip(Buffer.from(await res.arrayBuffer()));
    const sheet = files.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(sheet).toContain('案件编号');
    expect(sheet).toMatch(/<c r="B3"[^>]*s="\d+"[^>]*><v>4\d{4}\.\d+<\/v><\/c>/); // row 1 is the title, row 2 the header
  });

  it('export the ledger by every dimension: one sheet each in xlsx, one table in CSV', async () => {
    const period = encodeURIComponent(JSON.stringify(ALL_TIME));
    const xlsx = await get(`/exports/ledger.xlsx?centerId=${encodeURIComponent(yj)}&period=${period}`, leader);
    expect(xlsx.status).toBe(200);
    const files = readZip(Buffer.from(await xlsx.arrayBuffer()));
    expect([...files.keys()].filter((k) => k.startsWith('xl/worksheets/')).length).toBe(6);
    expect(files.get('xl/workbook.xml')!.toString()).toContain('按类别');
    const csv = await (await get(`/exports/ledger.csv?centerId=${encodeURIComponent(yj)}&period=${period}`, leader)).text();
    expect(csv.split('\r\n')[0]).toContain('化解率');
    expect(csv).toContain('合计');
  });

  it('refuse strangers, bad filters and other banners with clear errors', async () => {
    expect((await get('/exports/cases.csv')).status).toBe(401);
    const bad = await get(`/exports/cases.csv?filter=${encodeURIComponent('{"statuses":["LOST"]}')}`, leader);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('filter.statuses');
    const stranger = await get(`/exports/ledger.csv?centerId=${encodeURIComponent(yj)}&period=${encodeURIComponent(JSON.stringify(ALL_TIME))}`, other.leader.token);
    expect(stranger.status).toBe(403);
    expect((await get('/exports/cases.pdf', leader)).status).toBe(404);
  });
});

describe('printable documents (一书四单两函)', () => {
  it('render each step of the loop with the center, the case number, parties and deadlines', async () => {
    const dispatcher = desk.dispatcher.token;
    const kase = (await t.gql(VisibleCases, { filter: { centerSubtreeOf: yj } }, dispatcher)).cases.nodes[0]!;
    for (const kind of ['acceptance-notice', 'intake-form', 'dispatch-form', 'supervision-form', 'feedback-form', 'reminder-letter', 'supervision-letter']) {
      const res = await fetch(new URL(`/documents/cases/${encodeURIComponent(kase.id)}/${kind}`, t.url), { headers: { authorization: `Bearer ${dispatcher}` } });
      // A step the case has not gone through yet has no document (see documents-print.test.ts).
      if (res.status === 409) {
        expect(JSON.stringify(await res.json()), kind).toContain('CONFLICT');
        continue;
      }
      expect(res.status, kind).toBe(200);
      const html = await res.text();
      expect(html, kind).toContain(kase.number);
      expect(html, kind).toMatch(/综治中心（盖章）/);
      expect(html, kind).toContain('@page { size: A4');
    }
  });

  it('mask parties for viewers without the right, and hide other banners’ cases', async () => {
    const [c] = await t.sql<{ id: number }>(`select k.id from hub_case k join case_party p on p.case_id = k.id where p.phone is not null and ${YJ_SUBTREE} limit 1`);
    const id = Buffer.from(`Case:${c!.id}`).toString('base64url');
    const asAdmin = await (await fetch(new URL(`/documents/cases/${id}/intake-form`, t.url), { headers: { authorization: `Bearer ${(await f.user('ADMIN', { center: desk.center })).token}` } })).text();
    expect(asAdmin).toMatch(/1\d\d\*{4}\d{4}/);
    expect(asAdmin).not.toMatch(/电话：1[3-9]\d{9}/);
    const stranger = await fetch(new URL(`/documents/cases/${id}/intake-form`, t.url), { headers: { authorization: `Bearer ${other.dispatcher.token}` } });
    expect(stranger.status).toBe(404);
    const unknown = await fetch(new URL(`/documents/cases/${id}/love-letter`, t.url), { headers: { authorization: `Bearer ${leader}` } });
    expect(unknown.status).toBe(404);
  });
});

describe('live counters', () => {
  it('push the figures once on subscribe, then one update for a burst of three new cases', async () => {
    const live = collect(t.ws(leader), Counters, { centerId: yj });
    await live.until((c) => c.data.length >= 1);
    const first = live.data[0]!.ledgerCounters;
    expect(first.reason).toBe('SUBSCRIBED');
    await Promise.all([1, 2, 3].map((i) => f.case(desk, { input: { title: `邻里纠纷${i}`, description: '噪音扰民' } })));
    await live.until((c) => c.data.some((d) => d.ledgerCounters.reason === 'CHANGED' && d.ledgerCounters.openNow === first.openNow + 3));
    const changes = live.data.filter((d) => d.ledgerCounters.reason === 'CHANGED');
    expect(changes.length).toBe(1);
    expect(changes[0]!.ledgerCounters.today.received).toBe(first.today.received + 3);
    live.dispose();
  });

  it('are refused outside the viewer’s scope', async () => {
    const refused = collect(t.ws(other.leader.token), Counters, { centerId: yj });
    await expect(refused.until(() => false)).rejects.toThrow(/FORBIDDEN|统计范围/);
  });
});
