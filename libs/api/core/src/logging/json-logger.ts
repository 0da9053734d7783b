import type { LoggerService } from '@nestjs/common';
import { requestContext } from '../context/request-context';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * Structured logs: one JSON object per line on stdout, with the request's correlation id.
 * Never pass secrets, passwords, tokens or request bodies to the logger (SPEC G6).
 */
export class JsonLogger implements LoggerService {
  constructor(private level: Level = 'info', private readonly write: (line: string) => void = (l) => process.stdout.write(l)) {}

  setLevel(level: Level) {
    this.level = level;
  }

  log(message: unknown, ...rest: unknown[]) {
    this.emit('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.emit('debug', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.emit('error', message, rest);
  }

  /** A structured event (e.g. the per-request access line). */
  event(level: Level, msg: string, fields: Record<string, unknown>) {
    if (ORDER[level] < ORDER[this.level]) return;
    this.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, requestId: requestContext.current()?.requestId, ...fields })}\n`);
  }

  private emit(level: Level, message: unknown, rest: unknown[]) {
    if (ORDER[level] < ORDER[this.level]) return;
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const stack = level === 'error' && typeof rest[0] === 'string' && rest.length > 1 ? rest[0] : undefined;
    const fields: Record<string, unknown> = { context };
    if (message instanceof Error) {
      fields['error'] = message.message;
      fields['stack'] = message.stack;
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(fields, message);
    }
    if (stack) fields['stack'] = stack;
    const msg = typeof message === 'string' ? message : message instanceof Error ? message.message : undefined;
    this.event(level, msg ?? '', fields);
  }
}
