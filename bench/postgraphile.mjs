/**
 * The peer: PostGraphile 5 (amber preset, simplified inflection, connection filters with relations,
 * aggregates) served by grafserv on node's http over the hub's database, schema public. Read-only: the
 * create/update/delete mutations are left out.
 *
 * Env: DATABASE_URL (required), PORT (default 0: any free port), POOL_MAX (default 10), HOST (default 127.0.0.1).
 * Prints "postgraphile listening <url>" when it serves.
 */
import { createServer } from 'node:http';

// Production mode, as a deployment would run it (and without the notice that says so).
process.env.GRAPHILE_ENV ??= 'production';
const { default: pg } = await import('pg');
const { postgraphile } = await import('postgraphile');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { PgSimplifyInflectionPreset } = await import('@graphile/simplify-inflection');
const { PostGraphileConnectionFilterPreset } = await import('postgraphile-plugin-connection-filter');
const { PgAggregatesPreset } = await import('@graphile/pg-aggregates');

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required');
  process.exit(78);
}
const host = process.env.HOST ?? '127.0.0.1';
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.POOL_MAX ?? 10) });

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset, PostGraphileConnectionFilterPreset, PgAggregatesPreset],
  // Filters and orders on every column: by default only indexed columns get them, and the ledger
  // comparison filters on an unindexed one (dispatched_at).
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  schema: {
    // Read-only: no create/update/delete mutations.
    defaultBehavior: '-insert -update -delete',
    connectionFilterRelations: true,
    connectionFilterComputedColumns: false,
    connectionFilterSetofFunctions: false,
    connectionFilterArrays: false,
  },
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
await serv.addTo(server);
// Build the schema before reporting ready, so the first measured request does not pay for it.
await pgl.getSchema();
server.listen(Number(process.env.PORT ?? 0), host, () => {
  const address = server.address();
  console.log(`postgraphile listening http://${host}:${address.port}/graphql`);
});

async function stop() {
  server.close();
  await pgl.release().catch(() => undefined);
  await pool.end().catch(() => undefined);
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
