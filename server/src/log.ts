/**
 * Structured logs (pino). Quiet by default: `info` prints start-up milestones only; request
 * logs are `debug`. Secrets never reach a log line: the redact list covers every place a
 * password or token can appear.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  const pretty = process.stdout.isTTY && !process.env.CI;
  return pino({
    level,
    redact: {
      paths: ['password', '*.password', 'neo4j.password', 'req.headers.authorization', 'req.headers.cookie', 'config.neo4j.password'],
      censor: '[redacted]',
    },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' } } } : {}),
  });
}
