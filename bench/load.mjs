/** Sending GraphQL requests: one, a timed closed loop at a fixed concurrency, and SQL statements per request. */

export async function gql(url, query, variables, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${url} answered ${res.status}: ${text.slice(0, 300)}`);
  }
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 600)}`);
  return body.data;
}

/**
 * `concurrency` workers each send `request(i)` (i counts up across workers) back to back for `seconds`.
 * Returns the latencies (ms) of the requests that finished and the wall time.
 */
export async function closedLoop(request, seconds, concurrency) {
  const latencies = [];
  let next = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < deadline) {
      const i = next++;
      const start = performance.now();
      await request(i);
      latencies.push(performance.now() - start);
    }
  }));
  return { latencies, seconds: (performance.now() - t0) / 1000 };
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// The hub's realtime outbox poll (once a second) and LISTEN are not part of any request.
const NOT_REQUESTS = [`query not ilike '%pg_stat_statements%'`, `query not like 'select * from hub_event where seq > $1%'`, `query not ilike 'listen %'`];

/**
 * SQL statements PostgreSQL executed in this database per request, over `n` sequential requests
 * (BEGIN/COMMIT and SET count too: they are round trips), the rows they returned or wrote, and their
 * execution time inside PostgreSQL. With `top`, the most frequent statements.
 */
export async function statementsPerRequest(db, request, n, top = 0) {
  await db.query('select pg_stat_statements_reset()');
  for (let i = 0; i < n; i += 1) await request(i);
  const where = `dbid = (select oid from pg_database where datname = current_database()) and ${NOT_REQUESTS.join(' and ')}`;
  const { rows } = await db.query(`select coalesce(sum(calls), 0)::int as calls, coalesce(sum(rows), 0)::bigint as rows, coalesce(sum(total_exec_time), 0)::float as ms, coalesce(sum(total_plan_time), 0)::float as plan from pg_stat_statements where ${where}`);
  let statements = [];
  if (top > 0) {
    statements = (await db.query(`select calls::int, round(mean_exec_time::numeric, 2)::float as ms, round((total_plan_time / calls)::numeric, 2)::float as plan, left(regexp_replace(query, '\\s+', ' ', 'g'), 140) as query
        from pg_stat_statements where ${where} order by calls desc, total_exec_time desc limit ${top}`)).rows;
  }
  return { perRequest: rows[0].calls / n, rowsPerRequest: Number(rows[0].rows) / n, msPerRequest: rows[0].ms / n, planMsPerRequest: rows[0].plan / n, statements };
}
