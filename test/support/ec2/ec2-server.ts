// The EC2 test double: an HTTP server on 127.0.0.1 speaking the EC2 Query protocol, which the real
// @aws-sdk/client-ec2 reaches through AWS_ENDPOINT_URL_EC2, so the SDK's signing, retries and
// waiters run for real. Every request is validated against the SDK's own schemas
// (query-request.ts); answers are written from its output schemas (xml-response.ts). Supports the
// actions e2c-runner uses: RunInstances, DescribeInstances, Start/Stop/TerminateInstances,
// GetConsoleOutput. See README.md for where each behaviour comes from.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { consoleOutput } from './console-output';
import { Ec2ApiError, errorXml } from './ec2-error';
import type { FaultPlan } from './faults';

import {
  advance,
  describeInstance,
  FAST_TIMING,
  startInstance,
  stopInstance,
  terminateInstance,
  type SimInstance,
  type StateChange,
  type Timing,
} from './instances';
import { runInstances, type LaunchTemplate } from './launch';
import { readEc2Request } from './query-request';
import { responseXml } from './xml-response';

/** handle()'s status for "no answer: reset the connection" (faults.launchConnectionReset). */
const RESET = 0;
class ConnectionReset extends Error {}

export interface Ec2DoubleOptions {
  templates?: LaunchTemplate[];
  faults?: FaultPlan;
  timing?: Partial<Timing>;
  /** Where the simulated instances answer SSH (the test sshd): their public and private address. */
  publicIp?: string;
  privateIp?: string;
  /** The host's public keys (known_hosts/authorized_keys form) cloud-init prints to the console. */
  hostKeys?: string[];
  accessKeyId?: string;
}

export interface RecordedRequest {
  action: string;
  input: Record<string, unknown>;
  status: number;
  code?: string;
}

const ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

export class Ec2Double {
  readonly instances: SimInstance[] = [];
  readonly requests: RecordedRequest[] = [];
  templates: LaunchTemplate[];
  /** Mutable: a test may change faults between steps (credentials expiring before the post step). */
  faults: FaultPlan;
  readonly timing: Timing;
  private readonly tokens = new Map<string, { signature: string; instanceId: string }>();
  private readonly waiters: Array<{ count: number; action?: string; resolve: () => void }> = [];
  private server?: Server;
  private counter = 0;

  constructor(private readonly options: Ec2DoubleOptions = {}) {
    this.templates = options.templates ?? [];
    this.faults = options.faults ?? {};
    this.timing = { ...FAST_TIMING, ...options.timing };
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('Ec2Double not started');
    return `http://127.0.0.1:${address.port}`;
  }

  /** Environment for a process that should talk to this double through the standard AWS chain. */
  env(): Record<string, string> {
    return {
      AWS_ENDPOINT_URL_EC2: this.url,
      AWS_ACCESS_KEY_ID: this.options.accessKeyId ?? ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
      AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN',
      AWS_REGION: 'eu-north-1',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
  }

  static readonly secretAccessKey = SECRET_ACCESS_KEY;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body }) => {
        if (status === RESET) {
          req.socket.destroy();
          return;
        }
        res.writeHead(status, { 'Content-Type': 'text/xml;charset=UTF-8', Server: 'AmazonEC2' });
        res.end(body);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Adds an instance that exists before the test (strategy existing): stopped unless said otherwise. */
  addInstance(fields: Partial<SimInstance> = {}): SimInstance {
    const instance = this.newInstance({
      state: 'stopped',
      instanceType: 't4g.large',
      subnetId: 'subnet-0a1b2c3d',
      imageId: 'ami-0debian12arm64',
      market: 'on-demand',
      shutdownBehavior: 'stop',
      launchTime: new Date(Date.now() - 86_400_000),
      tags: new Map(),
      volumeTags: new Map(),
      ...fields,
    });
    return instance;
  }

  /**
   * Settles once the double has answered `count` requests (of `action`, or any): a point in a run
   * drawn by request count (a cancellation right after RunInstances answered, say).
   */
  afterRequests(count: number, action?: string): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push({ count, action, resolve });
      this.settleWaiters();
    });
  }

  private record(request: RecordedRequest): void {
    this.requests.push(request);
    this.settleWaiters();
  }

  private settleWaiters(): void {
    for (const waiter of [...this.waiters]) {
      const seen = this.requests.filter((r) => !waiter.action || r.action === waiter.action).length;
      if (seen < waiter.count) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  }

  /** Every instance with its state brought up to now. */
  current(): SimInstance[] {
    const now = Date.now();
    for (const instance of this.instances) advance(instance, this.timing, now);
    return this.instances;
  }

  /** Instances still costing money: neither stopped nor terminated (nor on their way there). */
  leaked(): SimInstance[] {
    return this.current().filter((i) => !['stopped', 'stopping', 'terminated', 'shutting-down'].includes(i.state));
  }

  private newInstance(
    fields: Omit<SimInstance, 'id' | 'reservationId' | 'since' | 'notFoundCalls' | 'publicIp' | 'privateIp'>,
  ): SimInstance {
    this.counter += 1;
    const hex = (this.counter + 0x1000).toString(16).padStart(17, '0');
    const instance: SimInstance = {
      ...fields,
      id: `i-${hex}`,
      reservationId: `r-${hex}`,
      since: Date.now(),
      notFoundCalls: fields.state === 'pending' ? (this.faults.notFoundAfterLaunch ?? 0) : 0,
      publicIp: this.options.publicIp ?? '127.0.0.1',
      privateIp: this.options.privateIp ?? '127.0.0.1',
    };
    this.instances.push(instance);
    return instance;
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: string }> {
    const requestId = randomUUID();
    let body = '';
    for await (const chunk of req) body += String(chunk);
    let action = 'Unknown';
    let input: Record<string, unknown> = {};
    try {
      if (req.method !== 'POST')
        throw new Ec2ApiError('InvalidAction', `${req.method ?? ''} is not supported; EC2 Query requests are POSTed.`);
      const request = readEc2Request(body);
      action = request.action;
      input = request.input;
      this.checkAuth(req, action);
      const output = this.dispatch(action, input);
      this.record({ action, input, status: 200 });
      return { status: 200, body: responseXml(action, request.output, output, requestId) };
    } catch (error) {
      if (error instanceof ConnectionReset) {
        this.record({ action, input, status: RESET, code: 'connection reset' });
        return { status: RESET, body: '' };
      }
      if (!(error instanceof Ec2ApiError)) throw error;
      this.record({ action, input, status: error.status, code: error.code });
      return { status: error.status, body: errorXml(error, requestId) };
    }
  }

  private checkAuth(req: IncomingMessage, action: string): void {
    const authorization = req.headers.authorization ?? '';
    const keyId = /Credential=([^/]+)\//.exec(authorization)?.[1];
    if (this.faults.authFailure || keyId !== (this.options.accessKeyId ?? ACCESS_KEY_ID))
      throw new Ec2ApiError('AuthFailure', 'AWS was not able to validate the provided access credentials');
    if (this.faults.credentialsExpired || this.faults.credentialsExpiredFor?.includes(action))
      throw new Ec2ApiError('RequestExpired', 'Request has expired.');
    const throttle = this.faults.throttle;
    if (throttle && throttle.count > 0 && (!throttle.actions || throttle.actions.includes(action))) {
      throttle.count -= 1;
      throw new Ec2ApiError('RequestLimitExceeded', 'Request limit exceeded.');
    }
    if (this.faults.unauthorized?.includes(action))
      throw new Ec2ApiError(
        'UnauthorizedOperation',
        `You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/ci/cib is not authorized to perform: ec2:${action} because no identity-based policy allows the ec2:${action} action. Encoded authorization failure message: EXAMPLE`,
      );
  }

  /** The instance named by id, as EC2 looks it up (malformed ids and eventual consistency included). */
  private byId(id: string): SimInstance {
    if (!/^i-[0-9a-f]{8}([0-9a-f]{9})?$/.test(id))
      throw new Ec2ApiError('InvalidInstanceID.Malformed', `Invalid id: "${id}"`);
    const instance = this.current().find((i) => i.id === id);
    if (instance && instance.notFoundCalls > 0) instance.notFoundCalls -= 1;
    else if (instance) return instance;
    throw new Ec2ApiError('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`);
  }

  private dispatch(action: string, input: Record<string, unknown>): object {
    const now = Date.now();
    const ids = (input.InstanceIds as string[] | undefined) ?? [];
    const changes = (fn: (i: SimInstance, now: number) => StateChange) =>
      ids.map((id) => this.byId(id)).map((i) => fn(i, now));
    switch (action) {
      case 'RunInstances': {
        const instance = runInstances(
          {
            templates: this.templates,
            faults: this.faults,
            instances: this.current(),
            tokens: this.tokens,
            newInstance: (f) => this.newInstance(f),
          },
          input as never,
        );
        // Launched, but the answer never reaches the caller: only a repeat with the same
        // ClientToken learns the id (or a search by the tags it was launched with).
        if ((this.faults.launchConnectionReset ?? 0) > 0) {
          this.faults.launchConnectionReset = (this.faults.launchConnectionReset ?? 0) - 1;
          throw new ConnectionReset();
        }
        if ((this.faults.launchAnswerLost ?? 0) > 0) {
          this.faults.launchAnswerLost = (this.faults.launchAnswerLost ?? 0) - 1;
          throw new Ec2ApiError('InternalError', 'An internal error has occurred.');
        }
        return {
          ReservationId: instance.reservationId,
          OwnerId: '123456789012',
          Groups: [],
          Instances: [describeInstance(instance)],
        };
      }
      case 'DescribeInstances':
        return { Reservations: this.describe(ids, (input.Filters as Filter[] | undefined) ?? []) };
      case 'StartInstances':
        return { StartingInstances: changes(startInstance) };
      case 'StopInstances':
        return { StoppingInstances: changes(stopInstance) };
      case 'TerminateInstances':
        return { TerminatingInstances: changes(terminateInstance) };
      case 'GetConsoleOutput': {
        const instance = this.byId(input.InstanceId as string);
        const booted = instance.runningSince !== undefined && now - instance.runningSince >= this.timing.consoleMs;
        const output = booted
          ? Buffer.from(
              consoleOutput({
                hostKeys: this.options.hostKeys ?? [],
                hostname: `ip-172-31-0-${this.instances.indexOf(instance) + 10}`,
                bootedAt: new Date(instance.runningSince ?? now),
              }),
            ).toString('base64')
          : undefined;
        return { InstanceId: instance.id, Timestamp: new Date(now), Output: output };
      }
      default:
        throw new Ec2ApiError(
          'InvalidAction',
          `The double does not implement ${action}; add it to test/support/ec2 if e2c-runner needs it.`,
        );
    }
  }

  private describe(ids: string[], filters: Filter[]): object[] {
    const selected = ids.length ? ids.map((id) => this.byId(id)) : this.current();
    const matches = (instance: SimInstance) =>
      filters.every(({ Name = '', Values = [] }) => {
        if (Name.startsWith('tag:')) return Values.includes(instance.tags.get(Name.slice(4)) ?? '\u0000');
        if (Name === 'tag-key') return Values.some((v) => instance.tags.has(v));
        if (Name === 'instance-state-name') return Values.includes(instance.state);
        if (Name === 'instance-id') return Values.includes(instance.id);
        throw new Ec2ApiError('InvalidParameterValue', `The filter '${Name}' is invalid`);
      });
    return selected.filter(matches).map((i) => ({
      ReservationId: i.reservationId,
      OwnerId: '123456789012',
      Groups: [],
      Instances: [describeInstance(i)],
    }));
  }
}

interface Filter {
  Name?: string;
  Values?: string[];
}

/** Starts a double; stop it with `await double.stop()`. */
export function startEc2Double(options: Ec2DoubleOptions = {}): Promise<Ec2Double> {
  return new Ec2Double(options).start();
}
