/**
 * Reliability, black-box: the built hub is killed with SIGKILL while three clients create and dispatch
 * cases over HTTP, restarted, killed again, restarted; then what PostgreSQL holds is checked against
 * what the clients were told, and a subscriber that resumed with its last cursor after each crash is
 * checked for every committed event exactly once. A reduced run of `npm run reliability`
 * (scripts/reliability.ts holds the harness and the checks; see docs/realtime.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReliability } from '../scripts/reliability.js';
import { cloneDatabase } from './support/hub.js';
import { ROOT } from './support/process.js';

let db: { url: string; drop: () => Promise<void> };
beforeAll(async () => {
  db = await cloneDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('a hub killed during concurrent writes', () => {
  it('keeps every acknowledged write, half-writes nothing, numbers without gaps, and a resumed subscriber misses and repeats nothing', async () => {
    const report = await runReliability({ databaseUrl: db.url, mainJs: `${ROOT}dist/src/main.js`, writers: 3, kills: 2, writesPerRound: 8 });
    expect(report.problems).toEqual([]);
    expect(report.kills).toBe(2);
    expect(report.resumes).toBe(2);
    expect(report.acknowledged).toBeGreaterThanOrEqual(24);
    expect(report.casesCreated).toBeGreaterThanOrEqual(12);
    expect(report.eventsDelivered).toBe(report.eventsExpected);
    expect(report.eventsExpected).toBeGreaterThanOrEqual(report.casesCreated);
  }, 300_000);
});
