// Follows a bake's progress: vertexes from `--progress rawjson` objects (buildx >= 0.13), or from
// `--progress plain` lines (`#5 [linux/arm64 2/3] RUN ...`, `#5 CACHED`, `#5 ERROR: ...`) with
// older buildx. Answers which build steps ran or came from the cache, which step failed (with its
// last log lines), and the build warnings BuildKit reported.
import { parseStepName, vertexOwner, type StepName } from './step-name';

export interface StepRecord extends StepName {
  name: string;
  cached: boolean;
  /** The step finished (built or cached): a bake run again for its push would not build it anew. */
  settled: boolean;
}

export interface BuildFailure {
  name: string;
  target?: string;
  platform?: string;
  error: string;
  /** The failing step's last output lines. */
  logTail: string[];
}

export interface BuildWarning {
  message: string;
  detail: string;
  url?: string;
  file?: string;
  line?: number;
}

interface Vertex {
  key: string;
  digest?: string;
  name: string;
  cached: boolean;
  started: boolean;
  completed: boolean;
  /** Milliseconds since the epoch (rawjson only). */
  startedAt?: number;
  completedAt?: number;
  error?: string;
  logs: string[];
}

interface RawVertex {
  digest?: string;
  name?: string;
  cached?: boolean;
  started?: string;
  completed?: string;
  error?: string;
}
interface RawLog {
  vertex?: string;
  data?: string;
}
interface RawWarning {
  short?: string;
  detail?: string[];
  url?: string;
  sourceInfo?: { filename?: string };
  range?: Array<{ start?: { line?: number } }>;
}

const LOG_TAIL = 20;
const CANCELLED = /context canceled|^canceled$/;

function decode(base64: string | undefined): string {
  return base64 ? Buffer.from(base64, 'base64').toString('utf8') : '';
}

export class BuildProgress {
  private readonly vertexes = new Map<string, Vertex>();
  private readonly byDigest = new Map<string, Vertex[]>();
  private readonly plainIds = new Map<string, Vertex>();
  private readonly buildWarnings: BuildWarning[] = [];
  /** Text buildx printed outside the progress (its final ERROR line). */
  readonly otherLines: string[] = [];

  /** `targets`: the bake's targets, to read the target prefix of multi-target vertex names. */
  constructor(private readonly targets: readonly string[]) {}

  private vertex(key: string, name: string, digest?: string): Vertex {
    let vertex = this.vertexes.get(key);
    if (!vertex) {
      vertex = { key, digest, name, cached: false, started: false, completed: false, logs: [] };
      this.vertexes.set(key, vertex);
      if (digest) this.byDigest.set(digest, [...(this.byDigest.get(digest) ?? []), vertex]);
    }
    return vertex;
  }

  private addLog(vertex: Vertex, text: string): void {
    for (const line of text.split(/\r?\n/)) if (line.trim() !== '') vertex.logs.push(line);
    if (vertex.logs.length > LOG_TAIL) vertex.logs.splice(0, vertex.logs.length - LOG_TAIL);
  }

  /** One object of the rawjson stream. */
  onObject(value: unknown): void {
    const status = value as { vertexes?: RawVertex[]; logs?: RawLog[]; warnings?: RawWarning[] };
    for (const raw of status.vertexes ?? []) {
      if (!raw.digest || raw.name === undefined) continue;
      const vertex = this.vertex(`${raw.digest} ${raw.name}`, raw.name, raw.digest);
      if (raw.cached) vertex.cached = true;
      if (raw.started) {
        vertex.started = true;
        vertex.startedAt ??= Date.parse(raw.started);
      }
      if (raw.completed) {
        vertex.completed = true;
        vertex.completedAt = Date.parse(raw.completed);
      }
      if (raw.error) vertex.error = raw.error;
    }
    for (const log of status.logs ?? []) {
      for (const vertex of this.byDigest.get(log.vertex ?? '') ?? []) this.addLog(vertex, decode(log.data));
    }
    for (const warning of status.warnings ?? []) {
      this.buildWarnings.push({
        message: decode(warning.short).trim(),
        detail: (warning.detail ?? []).map(decode).join('\n').trim(),
        url: warning.url || undefined,
        file: warning.sourceInfo?.filename || undefined,
        line: warning.range?.[0]?.start?.line || undefined,
      });
    }
  }

  /** One line of plain progress (or any text outside the rawjson objects). */
  onLine(line: string): void {
    const match = /^#(\d+) (.*)$/.exec(line);
    if (!match) {
      if (line.trim() !== '') this.otherLines.push(line);
      return;
    }
    const [, id, rest] = match;
    const known = this.plainIds.get(id);
    if (!known) {
      if (/^(CACHED|DONE|ERROR|\d+\.\d+ )/.test(rest)) return;
      // Plain progress prints a vertex when it starts.
      const vertex = this.vertex(`#${id}`, rest);
      vertex.started = true;
      this.plainIds.set(id, vertex);
      return;
    }
    if (rest === 'CACHED') known.cached = true;
    else if (rest.startsWith('DONE')) known.completed = true;
    else if (rest.startsWith('ERROR')) known.error = rest.replace(/^ERROR:?\s*/, '');
    else if (/^\d+\.\d+ /.test(rest)) this.addLog(known, rest.replace(/^\d+\.\d+ /, ''));
  }

  /**
   * Every build step, once per name (`[app linux/arm64 2/3] COPY ...`). One step can show as
   * several vertexes: BuildKit merges identical work of two targets into one vertex (reported
   * under either name) and, once a later step hits the cache, never starts the steps before it.
   * So a step is cached when any of its vertexes (or a vertex of the same digest) came from the
   * cache, or when none of them ever started: its result was not built by this bake.
   */
  steps(): StepRecord[] {
    const byName = new Map<string, Vertex[]>();
    for (const vertex of this.vertexes.values()) byName.set(vertex.name, [...(byName.get(vertex.name) ?? []), vertex]);
    const steps: StepRecord[] = [];
    for (const [name, vertexes] of byName) {
      const step = parseStepName(name, this.targets);
      if (!step) continue;
      const twins = vertexes.flatMap((v) => (v.digest ? (this.byDigest.get(v.digest) ?? []) : [v]));
      const cached = twins.some((twin) => twin.cached) || !vertexes.some((v) => v.started || v.error);
      const settled = twins.some((twin) => twin.cached || (twin.completed && !twin.error));
      steps.push({ ...step, name, cached, settled });
    }
    return steps;
  }

  /**
   * The vertex whose error ended the build: the one buildx's final `ERROR:` line quotes. BuildKit
   * also reports errors it carried on past (a registry cache import that found nothing yet), and
   * errors of vertexes cancelled because another failed; without a quoted one, the first error
   * that is not a cancellation.
   */
  failure(): BuildFailure | undefined {
    const failed = [...this.vertexes.values()].filter((v) => v.error);
    const fatal = this.otherLines.filter((line) => line.startsWith('ERROR')).join('\n');
    const vertex =
      failed.find((v) => fatal.includes(v.error ?? '')) ??
      failed.find((v) => !CANCELLED.test(v.error ?? '')) ??
      failed[0];
    if (!vertex) return undefined;
    return {
      name: vertex.name,
      ...vertexOwner(vertex.name, this.targets),
      error: vertex.error ?? '',
      logTail: vertex.logs,
    };
  }

  /**
   * Seconds from each target's first vertex start to its last completion (rawjson timestamps);
   * vertexes without a target prefix belong to the only target. Empty with plain progress.
   */
  durations(): Map<string, number> {
    const spans = new Map<string, { from: number; to: number }>();
    for (const vertex of this.vertexes.values()) {
      if (vertex.startedAt === undefined || vertex.completedAt === undefined) continue;
      const target =
        vertexOwner(vertex.name, this.targets).target ?? (this.targets.length === 1 ? this.targets[0] : undefined);
      if (!target) continue;
      const span = spans.get(target) ?? { from: vertex.startedAt, to: vertex.completedAt };
      spans.set(target, { from: Math.min(span.from, vertex.startedAt), to: Math.max(span.to, vertex.completedAt) });
    }
    return new Map([...spans].map(([target, span]) => [target, Math.round((span.to - span.from) / 10) / 100]));
  }

  warnings(): BuildWarning[] {
    return this.buildWarnings;
  }
}
