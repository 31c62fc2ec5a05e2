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
