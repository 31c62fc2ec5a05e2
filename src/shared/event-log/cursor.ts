import { hubError } from '../errors.js';

/** A resume cursor names one sequence number of the event log (opaque to clients: base64url of `ev:<seq>`). */
const CURSOR_PREFIX = 'ev:';

export function toCursor(seq: bigint): string {
  return Buffer.from(`${CURSOR_PREFIX}${seq}`, 'utf8').toString('base64url');
}

/** The sequence a resume cursor names; a BAD_USER_INPUT error for anything else. */
export function fromCursor(cursor: string): bigint {
  const text = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^ev:(0|[1-9]\d{0,18})$/.exec(text);
  if (!match) throw hubError('BAD_USER_INPUT', '续传游标无效，请使用收到的事件中的 cursor / Invalid resume cursor', { argument: 'after' });
  return BigInt(match[1]!);
}

/**
 * The `after` argument of every subscription that resumes from the event log: one description, so each
 * subscription documents the same two refusals.
 */
export const RESUME_AFTER = {
  nullable: true,
  description: '续传游标（上次收到的 cursor）；不传则只收新事件；游标早于事件日志保留期（EVENT_RETENTION_DAYS，默认400天），或超出事件日志（数据库已恢复或重置）时返回 CURSOR_EXPIRED，请重新加载后不带 after 订阅 / ' +
    'Resume after this cursor; omit for new events only; a cursor older than the retained log (EVENT_RETENTION_DAYS, default 400 days), or ahead of the log (a restored or reset database), fails with CURSOR_EXPIRED: reload, then subscribe without after',
};
