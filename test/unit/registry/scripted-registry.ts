// A registry for unit tests: a scripted transport under a real RegistryClient, answering each
// request from a handler and recording what was sent (stream bodies read whole first, as
// http/transport.ts's streamOver does), on a clock that moves only when the client waits.
import { RegistryClient } from '@cib/core/registry/client';
import type { RegistryClientOptions } from '@cib/core/registry/client';
import type { HttpRequest, HttpTransport } from '@cib/core/http/transport';

export interface Answer {
  status?: number;
  headers?: Record<string, string | undefined>;
  body?: string | Buffer;
}
export type Handler = (request: HttpRequest) => Answer;

/** A clock that moves only when the code under test waits; `waits` records each wait. */
export function manualClock(waits: number[] = []) {
  let now = 1_000_000;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
  };
}

/** A RegistryClient whose every request `handler` answers; `seen` lists the requests in order. */
export function fakeRegistry(handler: Handler, options: RegistryClientOptions = {}) {
  const seen: HttpRequest[] = [];
  const transport: HttpTransport = async (request) => {
    seen.push(request);
    const answer = handler(request);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(answer.headers ?? {})) if (value !== undefined) headers[name] = value;
    const rawHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]]));
    const body = Buffer.isBuffer(answer.body) ? answer.body : Buffer.from(answer.body ?? '');
    return { status: answer.status ?? 200, headers, rawHeaders, body, url: request.url };
  };
  const client = new RegistryClient({
    transport,
    dockerConfigDir: '/nonexistent',
    clock: manualClock(),
    ...options,
  });
  return { client, seen };
}
