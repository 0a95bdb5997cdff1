/** Structured JSON logs (pino). Personal data stays out of log lines; ids and codes go in. */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'motcua'): Logger {
  return pino({
    name,
    level,
    redact: { paths: ['req.headers.authorization', 'password', '*.password', 'token'], censor: '[redacted]' },
  });
}
