// A Logger that records every message with its level (and annotation, and the groups it was
// written in), for tests of core code that takes a `Log` and of actions that take a `Runtime`.
// The helpers assert on messages and, when one is missing, fail with every message recorded,
// as codeql-action's testing-utils do (`getRecordingLogger`, `checkExpectedLogMessages`).
import type { AnnotationProperties, Logger } from '@cib/core/runner/runtime';

export type LogLevel = 'debug' | 'info' | 'notice' | 'warning' | 'error';

export interface LoggedMessage {
  level: LogLevel;
  message: string;
  annotation?: AnnotationProperties;
  /** The names of the log groups open when it was written, outermost first. */
  groups: string[];
}

/** What a message must match: a substring or a regular expression. */
export type MessagePattern = string | RegExp;

function matches(message: string, pattern: MessagePattern): boolean {
  return typeof pattern === 'string' ? message.includes(pattern) : pattern.test(message);
}

export class RecordingLog implements Logger {
  readonly messages: LoggedMessage[] = [];
  private readonly openGroups: string[] = [];

  constructor(private readonly debugEnabled = false) {}

  private record(level: LogLevel, message: string, annotation?: AnnotationProperties): void {
    this.messages.push({ level, message, ...(annotation ? { annotation } : {}), groups: [...this.openGroups] });
  }

  info(message: string): void {
    this.record('info', message);
  }
  debug(message: string): void {
    this.record('debug', message);
  }
  notice(message: string, annotation?: AnnotationProperties): void {
    this.record('notice', message, annotation);
  }
  warning(message: string, annotation?: AnnotationProperties): void {
    this.record('warning', message, annotation);
  }
  error(message: string, annotation?: AnnotationProperties): void {
    this.record('error', message, annotation);
  }
  isDebug(): boolean {
    return this.debugEnabled;
  }
  async group<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
    this.openGroups.push(name);
    try {
      return await fn();
    } finally {
      this.openGroups.pop();
    }
  }

  /** The messages of one level (every level when none is given), in order. */
  lines(level?: LogLevel): string[] {
    return this.messages.filter((m) => !level || m.level === level).map((m) => m.message);
  }

  /** The messages of one level (or all) joined with newlines, for `toMatch`. */
  text(level?: LogLevel): string {
    return this.lines(level).join('\n');
  }

  /** True when a message of `level` matches `pattern`. */
  has(level: LogLevel, pattern: MessagePattern): boolean {
    return this.messages.some((m) => m.level === level && matches(m.message, pattern));
  }

  /** Throws, listing everything recorded, unless each pattern matches a message of `level`. */
  expectMessages(level: LogLevel, ...patterns: MessagePattern[]): void {
    const missing = patterns.filter((pattern) => !this.has(level, pattern));
    if (missing.length > 0) {
      throw new Error(
        `Expected ${level} messages matching ${missing.map(String).join(', ')}; recorded:\n${this.describe()}`,
      );
    }
  }

  /** Throws, listing everything recorded, when a message of `level` matches `pattern`. */
  expectNoMessage(level: LogLevel, pattern: MessagePattern): void {
    if (this.has(level, pattern)) {
      throw new Error(`Expected no ${level} message matching ${String(pattern)}; recorded:\n${this.describe()}`);
    }
  }

  /** Every message as `[level] message`, one a line. */
  describe(): string {
    return this.messages.map((m) => `[${m.level}] ${m.message}`).join('\n') || '(nothing)';
  }
}
