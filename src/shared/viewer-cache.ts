import type { Viewer } from './viewer.js';

interface Entry {
  viewer: Viewer;
  until: number;
}

/**
 * The viewers of recent access tokens, per hub process, so a signed-in user's next requests within
 * `ttlMs` skip the session-and-roles query. An entry is dropped the moment an access change for its
 * user is written here (`forget`) or arrives from another process through the event log, and never
 * outlives its session; `ttlMs` bounds how stale it can get if an event is late or a row was edited
 * by hand. ttlMs 0 turns it off.
 */
export class ViewerCache {
  private readonly entries = new Map<number, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = 20_000,
  ) {}

  get(userId: number, sessionId: number, now = Date.now()): Viewer | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.until <= now || entry.viewer.userId !== userId) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry.viewer;
  }

  set(viewer: Viewer, sessionExpiresAt: Date, now = Date.now()): void {
    if (this.ttlMs === 0 || viewer.sessionId === null) return;
    if (this.entries.size >= this.max) {
      for (const [id, entry] of this.entries) if (entry.until <= now) this.entries.delete(id);
      if (this.entries.size >= this.max) this.entries.clear();
    }
    this.entries.set(viewer.sessionId, { viewer, until: Math.min(now + this.ttlMs, sessionExpiresAt.getTime()) });
  }

  /** Drops every cached viewer of these users (roles, sessions or the account changed). */
  forget(userIds: readonly number[]): void {
    if (this.entries.size === 0) return;
    const users = new Set(userIds.map(Number));
    for (const [id, entry] of this.entries) if (users.has(entry.viewer.userId!)) this.entries.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }
}
