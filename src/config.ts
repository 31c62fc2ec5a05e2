import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Every setting of the hub, read from the environment once at boot.
 * An invalid value stops the boot with a message that names the variable (see `ConfigError`).
 * The README's configuration table mirrors `SETTINGS` below.
 */
export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface HubConfig {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  /** External PostgreSQL; when absent the hub runs its own embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  dbPoolMax: number;
  tokenSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  logLevel: LogLevel;
  seedDemo: boolean;
  shutdownTimeoutMs: number;
  /** Password of every demo login; only used when demo data is loaded. */
  demoPassword: string;
  /** A party standing for at least this many people makes a case a MEDIUM group-incident risk. */
  riskGroupSize: number;
  /** ... and at least this many a HIGH one. */
  riskGroupSizeHigh: number;
  /** How often the automatic supervision sweep runs (seconds; 0: never on its own). */
  supervisionSweepSeconds: number;
  /** A WebSocket that has not sent connection_init within this many ms is closed (4408). */
  wsInitTimeoutMs: number;
  /** A GraphQL operation stops resolving fields after this long; SQL statements are cancelled after it too. */
  executionTimeoutMs: number;
  /** Who may introspect the schema and read "did you mean" suggestions: signed-in staff only, or everyone. */
  schemaDisclosure: 'staff' | 'everyone';
  /** Proxy hops in front of the hub whose X-Forwarded-For is trusted for the client address (0: none). */
  trustProxyHops: number;
  /** Live counters wait this long after a change so that a burst of changes sends one update. */
  liveCounterThrottleMs: number;
  /** Case reads (`cases`, `node`) by staff compiled to one SQL statement where the selection allows (see shared/projection.ts). */
  compiledReads: boolean;
  /** How long a signed-in user's session and roles are reused without reading them again (access changes drop them at once). */
  viewerCacheMs: number;
  /** How long a signed link (`linkSign`: downloads, printable documents) opens its page, in seconds. */
  linkTtlSeconds: number;
  /** Browser origins of third-party frontends allowed to call the hub cross-origin (CORS, WebSocket Origin); empty: none. */
  corsOrigins: string[];
  /** Hub processes serving the one port (node:cluster workers; 1: this process serves it alone). */
  processes: number;
  /** A streaming replica for reads that tolerate a little staleness (ledger, exports, duty and calendar feeds). */
  databaseReadUrl: string | undefined;
  /** The replica serves reads only while it is at most this far behind the primary (ms); else they go to the primary. */
  readReplicaMaxLagMs: number;
  /** Events older than this many days are dropped from the log, a month (partition) at a time; resume cursors into them expire. */
  eventRetentionDays: number;
  /** Throttle rows whose window and block ended this long ago are deleted (seconds). */
  throttleRetentionSeconds: number;
  /** How often throttle rows are purged (seconds). */
  throttlePurgeSeconds: number;
  /** Citizen submissions (idempotency keys) older than this are deleted: a retry after it makes a new case (seconds). */
  idempotencyRetentionSeconds: number;
  /** How often citizen submissions are purged (seconds). */
  idempotencyPurgeSeconds: number;
  /** Tests only: the hub's clock starts at this instant and runs on from there. */
  fakeNow: Date | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      this.problems.push(`${name}="${value}" must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return Number(value);
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    this.problems.push(`${name}="${value}" must be true or false`);
    return fallback;
  }

  oneOf<T extends string>(name: string, fallback: T, allowed: readonly T[]): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(`${name}="${value}" must be one of ${allowed.join(', ')}`);
      return fallback;
    }
    return value as T;
  }
}

const DURATION = /^(\d+)(s|m|h|d)$/;
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;

function duration(reader: Reader, name: string, fallback: string, maxSeconds: number): number {
  const value = reader.string(name, fallback);
  const match = DURATION.exec(value);
  const seconds = match ? Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS] : NaN;
  if (!match || seconds < 1 || seconds > maxSeconds) {
    reader.problems.push(`${name}="${value}" must be a duration like 900s, 15m, 12h or 30d, at most ${maxSeconds}s`);
    return Number(DURATION.exec(fallback)![1]) * UNIT_SECONDS[DURATION.exec(fallback)![2] as keyof typeof UNIT_SECONDS];
  }
  return seconds;
}

/**
 * A comma-separated list of exact origins ("https://screen.example.gov.cn,http://10.1.2.3:8080"):
 * scheme, host and port only, as a browser sends them in `Origin`. No wildcards: each frontend is named.
 */
function origins(reader: Reader, name: string): string[] {
  const value = reader.raw(name);
  if (value === undefined) return [];
  const list = value.split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of list) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin || origin.includes('*')) {
      reader.problems.push(`${name}: "${origin}" must be an origin like https://screen.example.gov.cn (scheme, host, optional port; no path, no *)`);
    }
  }
  return list;
}

/**
 * EVENT_RETENTION_DAYS: at least 400 (issue #18: the log keeps more than a year, so a year's events can
 * be replayed and compared with the year before); whole days.
 */
function eventRetentionDays(reader: Reader): number {
  const value = reader.raw('EVENT_RETENTION_DAYS');
  if (value === undefined) return 400;
  if (!/^\d+$/.test(value) || Number(value) < 400 || Number(value) > 36_500) {
    reader.problems.push(`EVENT_RETENTION_DAYS="${value}" must be a whole number of days from 400 to 36500: the event log keeps at least 400 days (resume cursors older than that expire)`);
    return 400;
  }
  return Number(value);
}

/** Reads (and in development creates) the persisted token signing key in the data directory. */
function postgresUrl(reader: Reader, name: string): string | undefined {
  const value = reader.raw(name);
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (!['postgres:', 'postgresql:'].includes(url.protocol)) {
      reader.problems.push(`${name} must start with postgres:// or postgresql://`);
    } else if (url.pathname.length <= 1) {
      reader.problems.push(`${name} must name a database, e.g. postgres://user:pass@host:5432/hub`);
    }
  } catch {
    reader.problems.push(`${name} is not a valid URL`);
  }
  return value;
}

/** `HUB_PROCESSES`: a count, or `auto` for one per core this process may use. */
function processCount(reader: Reader): number {
  const value = reader.raw('HUB_PROCESSES');
  if (value === undefined) return 1;
  if (value.toLowerCase() === 'auto') return availableParallelism();
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) {
    reader.problems.push(`HUB_PROCESSES="${value}" must be a whole number from 1 to 256, or auto (one per core)`);
    return 1;
  }
  return Number(value);
}

function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'token-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Env = process.env): HubConfig {
  const r = new Reader(env);
  const nodeEnv = r.oneOf<NodeEnv>('NODE_ENV', 'development', ['development', 'production', 'test']);
  const production = nodeEnv === 'production';

  const databaseUrl = postgresUrl(r, 'DATABASE_URL');
  const databaseReadUrl = postgresUrl(r, 'DATABASE_READ_URL');
  if (databaseReadUrl !== undefined && databaseUrl === undefined) {
    r.problems.push('DATABASE_READ_URL needs DATABASE_URL: a replica follows an external primary, not the embedded PostgreSQL');
  }

  const dataDir = resolve(r.string('DATA_DIR', '.data'));
  let tokenSecret = r.raw('TOKEN_SECRET');
  if (tokenSecret !== undefined && tokenSecret.length < 32) {
    r.problems.push('TOKEN_SECRET must be at least 32 characters long');
  }
  if (tokenSecret === undefined && production) {
    r.problems.push('TOKEN_SECRET is required when NODE_ENV=production (at least 32 random characters)');
  }

  const config: HubConfig = {
    nodeEnv,
    host: r.string('HOST', production ? '0.0.0.0' : '127.0.0.1'),
    port: r.int('PORT', 4000, 0, 65535),
    databaseUrl,
    dataDir,
    embeddedPgPort: r.int('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    dbPoolMax: r.int('DB_POOL_MAX', 10, 1, 200),
    tokenSecret: '',
    accessTokenTtlSeconds: duration(r, 'ACCESS_TOKEN_TTL', '15m', 86400),
    refreshTokenTtlSeconds: duration(r, 'REFRESH_TOKEN_TTL', '30d', 365 * 86400),
    logLevel: r.oneOf<LogLevel>('LOG_LEVEL', nodeEnv === 'test' ? 'silent' : 'info', [
      'fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent',
    ]),
    seedDemo: r.bool('SEED_DEMO', !production),
    shutdownTimeoutMs: r.int('SHUTDOWN_TIMEOUT_MS', 10_000, 100, 600_000),
    demoPassword: r.string('DEMO_PASSWORD', 'hub-demo-2025'),
    riskGroupSize: r.int('RISK_GROUP_SIZE', 5, 2, 10_000),
    riskGroupSizeHigh: r.int('RISK_GROUP_SIZE_HIGH', 30, 2, 100_000),
    supervisionSweepSeconds: r.int('SUPERVISION_SWEEP_SECONDS', nodeEnv === 'test' ? 0 : 600, 0, 86_400),
    wsInitTimeoutMs: r.int('WS_INIT_TIMEOUT_MS', 5_000, 100, 60_000),
    executionTimeoutMs: r.int('EXECUTION_TIMEOUT_MS', 15_000, 100, 600_000),
    schemaDisclosure: r.oneOf('SCHEMA_DISCLOSURE', production ? 'staff' : 'everyone', ['staff', 'everyone']),
    trustProxyHops: r.int('TRUST_PROXY_HOPS', 0, 0, 10),
    liveCounterThrottleMs: r.int('LIVE_COUNTER_THROTTLE_MS', 2_000, 10, 60_000),
    compiledReads: r.bool('COMPILED_READS', true),
    viewerCacheMs: r.int('VIEWER_CACHE_MS', 2_000, 0, 60_000),
    linkTtlSeconds: duration(r, 'LINK_TTL', '5m', 3600),
    corsOrigins: origins(r, 'CORS_ORIGINS'),
    processes: processCount(r),
    databaseReadUrl,
    readReplicaMaxLagMs: r.int('READ_REPLICA_MAX_LAG_MS', 5_000, 100, 600_000),
    eventRetentionDays: eventRetentionDays(r),
    throttleRetentionSeconds: duration(r, 'THROTTLE_RETENTION', '1d', 365 * 86400),
    throttlePurgeSeconds: duration(r, 'THROTTLE_PURGE_EVERY', '1h', 7 * 86400),
    idempotencyRetentionSeconds: duration(r, 'IDEMPOTENCY_RETENTION', '30d', 10 * 365 * 86400),
    idempotencyPurgeSeconds: duration(r, 'IDEMPOTENCY_PURGE_EVERY', '1d', 7 * 86400),
    fakeNow: undefined,
  };
  const fakeNow = r.raw('HUB_FAKE_NOW');
  if (fakeNow !== undefined) {
    if (nodeEnv !== 'test') r.problems.push('HUB_FAKE_NOW is only allowed when NODE_ENV=test');
    else if (Number.isNaN(Date.parse(fakeNow))) r.problems.push(`HUB_FAKE_NOW="${fakeNow}" is not an ISO 8601 instant`);
    else config.fakeNow = new Date(fakeNow);
  }
  if (config.riskGroupSizeHigh <= config.riskGroupSize) {
    r.problems.push('RISK_GROUP_SIZE_HIGH must be larger than RISK_GROUP_SIZE');
  }
  // Shorter than the longest throttle window (15 min) would forget failures still being counted.
  if (config.throttleRetentionSeconds < 3600) r.problems.push('THROTTLE_RETENTION must be at least 1h');
  if (config.idempotencyRetentionSeconds < 86400) r.problems.push('IDEMPOTENCY_RETENTION must be at least 1d (clients retry a submission for up to a day)');
  if (config.demoPassword.length < 8) r.problems.push('DEMO_PASSWORD must be at least 8 characters long');
  if (r.problems.length > 0) throw new ConfigError(r.problems);

  config.tokenSecret = tokenSecret ?? developmentSecret(dataDir);
  return config;
}

/** The hub's clock: real time, or (tests) time running on from HUB_FAKE_NOW. */
export function makeClock(config: Pick<HubConfig, 'fakeNow'>): () => Date {
  if (!config.fakeNow) return () => new Date();
  const offset = config.fakeNow.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}
