/**
 * The reference queries, each written for both servers so that they select the same data. The hub takes
 * global IDs (`base64url("Case:123")`, as it returns them); PostGraphile takes row ids (its own node IDs
 * would only add a decode). Parameters come from the province itself (`pickParameters`).
 */

export const gid = (type, id) => Buffer.from(`${type}:${id}`).toString('base64url');
export const localOf = (globalId) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

const PAGE_HUB = `query Page($agency: ID!, $first: Int!) {
  cases(first: $first, filter: { agencyId: $agency }) {
    nodes {
      id number title status riskLevel receivedAt dueDate
      center { name } category { nameZh }
      parties { name role type headcount }
      assignments { role agency { shortName } mediator { name } }
      timeline(first: 5) { nodes { type at fromStatus toStatus } }
    }
  }
}`;
const PAGE_PGL = `query Page($agency: Int!, $first: Int!) {
  hubCases(first: $first, orderBy: [RECEIVED_AT_DESC, ROW_ID_DESC],
           filter: { assignmentsByCaseId: { some: { agencyId: { equalTo: $agency }, endedAt: { isNull: true } } } }) {
    nodes {
      rowId number title status riskLevel receivedAt dueDate
      center { name } category { nameZh }
      casePartiesByCaseId { nodes { name role type headcount } }
      assignmentsByCaseId(filter: { endedAt: { isNull: true } }) { nodes { role agency { shortName } mediator { name } } }
      caseEventsByCaseId(first: 5, orderBy: ROW_ID_ASC) { nodes { type at fromStatus toStatus } }
    }
  }
}`;

/** Case ids of the page/list a response holds, to check both servers answered the same. */
const hubIds = (nodes) => nodes.map((n) => localOf(n.id));
const pglIds = (nodes) => nodes.map((n) => n.rowId);

export function referenceQueries(p) {
  const ledgerFilter = (extra = '') => `{ receivedAt: { greaterThanOrEqualTo: $from, lessThan: $to },
      originCenter: { or: [{ rowId: { equalTo: $center } }, { ancestry: { startsWith: $prefix } }] } ${extra} }`;
  const pageCase = (first) => ({
    hub: { query: PAGE_HUB, variables: () => ({ agency: gid('Agency', p.agencyId), first }), ids: (d) => hubIds(d.cases.nodes) },
    pgl: { query: PAGE_PGL, variables: () => ({ agency: p.agencyId, first }), ids: (d) => pglIds(d.hubCases.nodes) },
  });
  return [
    {
      key: 'case', title: 'case by id with its parties',
      hub: {
        query: `query Case($id: ID!) { node(id: $id) { ... on Case { id number title status receivedAt parties { id name role type headcount } } } }`,
        variables: (i) => ({ id: gid('Case', p.caseIds[i % p.caseIds.length]) }), ids: (d) => [localOf(d.node.id), d.node.parties.length],
      },
      pgl: {
        query: `query Case($id: Int!) { hubCase(rowId: $id) { rowId number title status receivedAt casePartiesByCaseId { nodes { rowId name role type headcount } } } }`,
        variables: (i) => ({ id: p.caseIds[i % p.caseIds.length] }), ids: (d) => [d.hubCase.rowId, d.hubCase.casePartiesByCaseId.nodes.length],
      },
    },
    { key: 'page20', title: 'agency dashboard, 20 cases', ...pageCase(20) },
    { key: 'page100', title: 'agency dashboard, 100 cases', ...pageCase(100) },
    {
      key: 'search', title: 'category + text search, 20 cases',
      hub: {
        query: `query Search($codes: [String!], $search: String) {
          cases(first: 20, filter: { categoryCodes: $codes, search: $search }) { nodes { id number title status receivedAt center { name } category { nameZh } } }
        }`,
        variables: () => ({ codes: [p.categoryCode], search: p.search }), ids: (d) => hubIds(d.cases.nodes),
      },
      pgl: {
        query: `query Search($codes: [String!], $search: String!) {
          hubCases(first: 20, orderBy: [RECEIVED_AT_DESC, ROW_ID_DESC], filter: { category: { code: { in: $codes } }, searchText: { includesInsensitive: $search } }) {
            nodes { rowId number title status receivedAt center { name } category { nameZh } }
          }
        }`,
        variables: () => ({ codes: [p.categoryCode], search: p.search }), ids: (d) => pglIds(d.hubCases.nodes),
      },
    },
    {
      key: 'ledger', title: 'ledger of a county, this year',
      hub: {
        query: `query Ledger($center: ID!, $date: Date!) {
          ledger(centerId: $center, period: { kind: YEAR, date: $date }) { from to totals { received resolved failed open overdue rejected withdrawn dispatched } }
        }`,
        variables: () => ({ center: gid('Center', p.ledgerCenterId), date: `${p.year}-06-30` }),
        ids: (d) => [d.ledger.totals.received, d.ledger.totals.dispatched, d.ledger.totals.rejected],
      },
      // The closest PostGraphile offers: counts by status (pg-aggregates) and a count of the dispatched,
      // over the same cohort (received in the year by the center's subtree).
      pgl: {
        query: `query Ledger($center: Int!, $prefix: String!, $from: Datetime!, $to: Datetime!) {
          all: hubCases(filter: ${ledgerFilter()}) { totalCount groupedAggregates(groupBy: [STATUS]) { keys distinctCount { rowId } } }
          dispatched: hubCases(filter: ${ledgerFilter(', dispatchedAt: { isNull: false }')}) { totalCount }
        }`,
        variables: () => ({ center: p.ledgerCenterId, prefix: p.ledgerPrefix, from: `${p.year}-01-01T00:00:00+08:00`, to: `${p.year + 1}-01-01T00:00:00+08:00` }),
        ids: (d) => [d.all.totalCount, d.dispatched.totalCount,
          Number(d.all.groupedAggregates.find((g) => g.keys[0] === 'REJECTED')?.distinctCount.rowId ?? 0)],
      },
    },
  ];
}

/** Picks the parameters from the data, the same way for any province size. */
export async function pickParameters(db) {
  const one = async (sql, params) => (await db.query(sql, params)).rows[0];
  const { lo, hi } = await one('select min(id) as lo, max(id) as hi from hub_case');
  const want = 500;
  const spaced = Array.from({ length: want }, (_, k) => Math.floor(lo + ((hi - lo) * (k * 7919 % want)) / want));
  const caseIds = (await db.query('select id from hub_case where id = any($1::int[]) order by array_position($1::int[], id)', [spaced])).rows.map((r) => r.id);
  // The agency with the most current assignments: the busiest dashboard.
  const agency = await one(`select a.id, a.short_name || '@' || c.name as name from agency a join center c on c.id = a.center_id
      where a.id = (select agency_id from assignment where ended_at is null and agency_id is not null group by agency_id order by count(*) desc, agency_id limit 1)`);
  const categoryCode = process.env.SEARCH_CATEGORY ?? 'NEIGHBOUR';
  const search = process.env.SEARCH_TEXT ?? '漏水纠纷';
  // The county (banner) whose subtree received the most cases this year (Asia/Shanghai).
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
  const county = await one(`with y as (select origin_center_id as id, count(*) as n from hub_case where received_at >= $1 and received_at < $2 group by 1)
      select c.id, c.name, c.ancestry || c.id || '/' as prefix from center c
        join center o on o.id = c.id or o.ancestry like c.ancestry || c.id || '/%'
        join y on y.id = o.id
       where c.level = 'COUNTY' and c.archived_at is null
       group by c.id order by sum(y.n) desc, c.id limit 1`,
  [`${year}-01-01T00:00:00+08:00`, `${year + 1}-01-01T00:00:00+08:00`]);
  return {
    caseIds, agencyId: agency.id, agencyName: agency.name, categoryCode, search, year,
    ledgerCenterId: county.id, ledgerCenterName: county.name, ledgerPrefix: county.prefix,
  };
}
