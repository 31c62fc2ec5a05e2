import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config.js';

export type { Logger };

/** Structured JSON logs on stdout; one line per event, `reqId` on everything a request logs. */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'hub' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['password', '*.password', 'token', '*.token', 'refreshToken', '*.refreshToken'], censor: '[redacted]' },
  });
}
