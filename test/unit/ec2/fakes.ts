// An Ec2Api for the ec2 unit tests whose calls answer from a script, and errors shaped as the SDK
// throws them (the clock and the log are test/support's FakeClock and RecordingLog).
import type { Ec2Api, InstanceInfo } from '@cib/core/ec2/ec2-api';

/** An error as @aws-sdk/client-ec2 throws it: `name` is EC2's code. */
export function ec2Error(code: string, status = 400, message = `${code} message`): Error {
  return Object.assign(new Error(message), { name: code, $metadata: { httpStatusCode: status } });
}

export function instance(fields: Partial<InstanceInfo> = {}): InstanceInfo {
  return {
    id: 'i-0123456789abcdef0',
    state: 'running',
    instanceType: 't4g.large',
    market: 'on-demand',
    tags: {},
    publicIp: '192.0.2.10',
    ...fields,
  };
}

type Answer<T> = T | Error;

/** An Ec2Api answering each method from its own queue (the last answer repeats), recording calls. */
export function scriptedApi(script: Partial<{ [K in keyof Ec2Api]: Array<Answer<Awaited<ReturnType<Ec2Api[K]>>>> }>) {
  const calls: Array<{ method: keyof Ec2Api; args: unknown[] }> = [];
  const answer = <K extends keyof Ec2Api>(method: K) =>
    ((...args: unknown[]) => {
      calls.push({ method, args });
      const queue = script[method] as unknown[] | undefined;
      if (!queue?.length) return Promise.reject(new Error(`unexpected ${method}`));
      const next = queue.length > 1 ? queue.shift() : queue[0];
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    }) as Ec2Api[K];
  const api: Ec2Api = {
    launch: answer('launch'),
    describe: answer('describe'),
    findByTags: answer('findByTags'),
    start: answer('start'),
    stop: answer('stop'),
    terminate: answer('terminate'),
    consoleOutput: answer('consoleOutput'),
  };
  return { api, calls };
}
