import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'hub-cfg-')), ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('has working defaults for a developer machine', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-cfg-'));
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      nodeEnv: 'development', port: 4000, host: '127.0.0.1', databaseUrl: undefined, embeddedPgPort: 54329,
      accessTokenTtlSeconds: 900, refreshTokenTtlSeconds: 30 * 86400, seedDemo: true,
    });
    // The development signing key is generated once and reused on the next boot.
    expect(config.tokenSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'token-secret'), 'utf8')).toBe(config.tokenSecret);
    expect(loadConfig({ DATA_DIR: dir }).tokenSecret).toBe(config.tokenSecret);
  });

  it('runs one process by default, one per core with HUB_PROCESSES=auto, and wants a replica only beside an external primary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-cfg-'));
    expect(loadConfig({ DATA_DIR: dir })).toMatchObject({ processes: 1, databaseReadUrl: undefined, readReplicaMaxLagMs: 5_000 });
    expect(loadConfig({ DATA_DIR: dir, HUB_PROCESSES: 'auto' }).processes).toBeGreaterThanOrEqual(1);
    expect(loadConfig({ DATA_DIR: dir, HUB_PROCESSES: '3' }).processes).toBe(3);
    expect(problems({ HUB_PROCESSES: 'many' })).toEqual(['HUB_PROCESSES="many" must be a whole number from 1 to 256, or auto (one per core)']);
    expect(problems({ DATABASE_READ_URL: 'postgres://r@replica:5432/hub' })).toEqual([
      'DATABASE_READ_URL needs DATABASE_URL: a replica follows an external primary, not the embedded PostgreSQL',
    ]);
    expect(problems({ DATABASE_URL: 'postgres://h@primary:5432/hub', DATABASE_READ_URL: 'mysql://r@replica/hub', READ_REPLICA_MAX_LAG_MS: '5' })).toEqual([
      'DATABASE_READ_URL must start with postgres:// or postgresql://',
      'READ_REPLICA_MAX_LAG_MS="5" must be a whole number from 100 to 600000',
    ]);
  });

  it('names the variable and the problem for every invalid value at once', () => {
    const found = problems({ PORT: 'eighty', LOG_LEVEL: 'loud', SEED_DEMO: 'maybe', ACCESS_TOKEN_TTL: '15 minutes', DB_POOL_MAX: '0' });
    expect(found).toHaveLength(5);
    expect(found.join('\n')).toMatch(/PORT="eighty"/);
    expect(found.join('\n')).toMatch(/LOG_LEVEL="loud" must be one of/);
    expect(found.join('\n')).toMatch(/SEED_DEMO="maybe" must be true or false/);
    expect(found.join('\n')).toMatch(/ACCESS_TOKEN_TTL="15 minutes" must be a duration/);
    expect(found.join('\n')).toMatch(/DB_POOL_MAX="0" must be a whole number from 1 to 200/);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL or names no database', () => {
    expect(problems({ DATABASE_URL: 'mysql://localhost/hub' })).toEqual(['DATABASE_URL must start with postgres:// or postgresql://']);
    expect(problems({ DATABASE_URL: 'postgres://localhost' })[0]).toMatch(/must name a database/);
    expect(problems({ DATABASE_URL: 'not a url' })).toEqual(['DATABASE_URL is not a valid URL']);
    expect(problems({ DATABASE_URL: 'postgres://u:p@db:5432/hub' })).toEqual([]);
  });

  it('requires a strong TOKEN_SECRET in production and turns demo data off there', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual([
      'TOKEN_SECRET is required when NODE_ENV=production (at least 32 random characters)',
    ]);
    expect(problems({ NODE_ENV: 'production', TOKEN_SECRET: 'short' })[0]).toMatch(/at least 32 characters/);
    const config = loadConfig({ NODE_ENV: 'production', TOKEN_SECRET: 'x'.repeat(40), DATA_DIR: mkdtempSync(join(tmpdir(), 'c-')) });
    expect(config).toMatchObject({ seedDemo: false, host: '0.0.0.0', tokenSecret: 'x'.repeat(40) });
  });

  it('reads durations in s, m, h and d', () => {
    const config = loadConfig({ ACCESS_TOKEN_TTL: '2h', REFRESH_TOKEN_TTL: '7d', DATA_DIR: mkdtempSync(join(tmpdir(), 'c-')) });
    expect(config.accessTokenTtlSeconds).toBe(7200);
    expect(config.refreshTokenTtlSeconds).toBe(7 * 86400);
  });
});
