import cluster from 'node:cluster';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { makeClock, type HubConfig } from './config.js';
import { migrate, openDatabase, withStartupLock, type Database } from './db/database.js';
import { MaintenanceLease } from './db/maintenance-lease.js';
import { TokenSigner } from './shared/tokens.js';
import { sweepSupervisions } from './modules/cases/case-supervision.service.js';
import { EventHub } from './shared/event-log/event-hub.js';
import { DispatchAlertScheduler } from './modules/cases/dispatch-alerts/dispatch-alert.service.js';
import { ViewerCache } from './shared/viewer-cache.js';
import { startMaintenance } from './maintenance.js';
import { ensureEventPartitions } from './shared/event-log/retention.js';
import { buildHubSchema } from './schema.js';
import { shanghaiDate } from './shared/scalars.js';
import { seedDemo } from './seed/demo.js';
import { seedReference } from './seed/reference.js';
import { startServer, type HubServer } from './server.js';
import type { Logger } from './shared/logger.js';
import type { HubContext } from './shared/context.js';

export interface Hub {
  url: string;
  port: number;
  db: Database;
  server: HubServer;
  events: EventHub;
  /** Graceful stop: server first (in-flight requests finish), then the pool, then the embedded database. */
  close(): Promise<void>;
}

let defaultSchema: Promise<GraphQLSchema> | undefined;

export interface HubOptions {
  /** Extra resolvers (tests use this to prove undeclared access is refused). */
  extraResolvers?: Function[];
  /** Told each start-up step as it begins (`npm start` prints them: the first start takes a while). */
  progress?: (step: string) => void;
  /** More Apollo plugins, after the hub's own (tests use one to watch every request go through Apollo). */
  plugins?: ApolloServerPlugin<HubContext>[];
}

/** Migrations and reference data (and demo data when asked), once, under a lock shared by every process. */
export async function prepareDatabase(db: Database, config: HubConfig, log: Logger, progress: (step: string) => void = () => undefined): Promise<void> {
  const applied = await withStartupLock(db.url, async () => {
    progress('applying migrations');
    const names = await migrate(db.orm);
    // This month's event-log partition must exist before anything is written (the hub may have been down for months).
    await ensureEventPartitions(db.orm.em.fork(), new Date());
    const em = db.orm.em.fork();
    await seedReference(em);
    if (config.seedDemo) {
      progress('demo data (loaded once, into an empty database)');
      await seedDemo(em, config.demoPassword, log, config, makeClock(config));
    }
    return names;
  });
  if (applied.length) log.info({ applied }, 'migrations applied');
}

export async function startHub(config: HubConfig, log: Logger, options: HubOptions = {}): Promise<Hub> {
  const started = performance.now();
  const progress = options.progress ?? (() => undefined);
  progress(config.databaseUrl ? 'connecting to DATABASE_URL' : `starting the embedded PostgreSQL in ${config.dataDir}/pg`);
  const db = await openDatabase(config, log);
  try {
    // A cluster worker finds its database prepared by the primary before it was forked.
    if (!cluster.isWorker) await prepareDatabase(db, config, log, progress);

    const schema = options.extraResolvers?.length
      ? await buildHubSchema(options.extraResolvers)
      : await (defaultSchema ??= buildHubSchema());
    const signer = new TokenSigner(config.tokenSecret, config.accessTokenTtlSeconds);
    let stopping = false;
    const isReady = async () => {
      if (stopping) return false;
      await db.orm.em.execute('select 1');
      return (await db.orm.migrator.getPending()).length === 0;
    };
    const clock = makeClock(config);
    const events = new EventHub(db.url, log);
    await events.start();
    // Another process changed someone's roles, sessions or account: their cached viewers go at once.
    const viewers = new ViewerCache(config.viewerCacheMs);
    events.subscribe((e) => {
      if (e.topic === 'access') viewers.forget((e.payload.userIds as number[] | undefined) ?? []);
    });
    progress('starting the server');
    const server = await startServer({ config, clock, events, viewers, orm: db.orm, schema, signer, log }, isReady, options.plugins).catch(async (error) => {
      await events.stop();
      throw error;
    });
    // Maintenance runs in one process of all those sharing the database (see MaintenanceLease): cases
    // waiting for dispatch alert at their target minute, and the sweep that puts overdue and at-risk cases
    // under supervision without anyone asking. Jobs added here must be safe to stop at any await.
    const lease = new MaintenanceLease(db.url, log);
    await lease.start(() => {
      const dispatchAlerts = new DispatchAlertScheduler(() => db.orm.em.fork(), clock, log);
      void dispatchAlerts.start(events);
      const sweep = async () => {
        try {
          const raised = await sweepSupervisions(db.orm.em.fork(), shanghaiDate(clock()));
          if (raised > 0) log.info({ raised }, 'automatic supervisions raised');
        } catch (error) {
          log.error({ err: error }, 'supervision sweep failed');
        }
      };
      const timer = config.supervisionSweepSeconds > 0 ? setInterval(sweep, config.supervisionSweepSeconds * 1000) : undefined;
      timer?.unref();
      if (timer) void sweep();
      return () => {
        clearInterval(timer);
        dispatchAlerts.stop();
      };
    });

    const maintenance = startMaintenance(config, db.orm, log);
    log.info({ url: server.url, ms: Math.round(performance.now() - started), embedded: db.embedded, pid: process.pid }, cluster.isWorker ? 'worker ready' : 'hub ready');

    let closing: Promise<void> | undefined;
    return {
      url: server.url,
      port: server.port,
      db,
      server,
      events,
      close() {
        closing ??= (async () => {
          stopping = true;
          events.closing();
          await lease.stop();
          await maintenance.stop();
          await server.close();
          await events.stop();
          await db.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
