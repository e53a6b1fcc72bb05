// The CLI's log: everything on stderr (stdout carries only the outputs), each line through the
// secret masker, annotations as `warning: message (file:line)`, groups as GitLab collapsible
// sections under GitLab CI and as a plain heading elsewhere.
import type { AnnotationProperties, Logger } from '@cib/core/runner/runtime';
import type { SecretMasker } from './secret-masker';

export interface CliLoggerOptions {
  write: (text: string) => void;
  masker: SecretMasker;
  debug: boolean;
  /** GitLab CI renders `section_start`/`section_end` markers as collapsible sections. */
  gitlab: boolean;
  now?: () => Date;
}

function location(a: AnnotationProperties = {}): string {
  if (!a.file) return a.title ? ` [${a.title}]` : '';
  const line = a.startLine ? `:${a.startLine}${a.startColumn ? `:${a.startColumn}` : ''}` : '';
  return ` (${a.file}${line})${a.title ? ` [${a.title}]` : ''}`;
}

/** A Logger writing masked lines to stderr. */
export function createCliLogger(options: CliLoggerOptions): Logger {
  const { masker } = options;
  const now = options.now ?? (() => new Date());
  const line = (text: string) => options.write(`${masker.mask(text)}\n`);
  let sections = 0;
  return {
    info: (message) => line(message),
    debug: (message) => {
      if (options.debug) line(`debug: ${message}`);
    },
    notice: (message, a) => line(`notice: ${message}${location(a)}`),
    warning: (message, a) => line(`warning: ${message}${location(a)}`),
    error: (message, a) => line(`error: ${message}${location(a)}`),
    isDebug: () => options.debug,
    async group(name, fn) {
      const id = `cib_section_${++sections}`;
      const seconds = () => Math.floor(now().getTime() / 1000);
      if (options.gitlab)
        options.write(`\x1b[0Ksection_start:${seconds()}:${id}[collapsed=true]\r\x1b[0K${masker.mask(name)}\n`);
      else line(`== ${name}`);
      try {
        return await fn();
      } finally {
        if (options.gitlab) options.write(`\x1b[0Ksection_end:${seconds()}:${id}\r\x1b[0K\n`);
      }
    },
  };
}
