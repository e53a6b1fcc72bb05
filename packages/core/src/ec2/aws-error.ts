// What an error from EC2 means for e2c-runner: fall back (capacity), stop at once (permissions,
// bad parameters, credentials), or wait and retry (eventual consistency, state changes). Codes from
// the EC2 API reference's error codes page and the SDK's error `name`.

export type Ec2ErrorKind = 'capacity' | 'fatal' | 'expired' | 'not-found' | 'incorrect-state' | 'transient' | 'other';

/** Errors that mean "try another type, subnet or market". */
const CAPACITY = new Set([
  'InsufficientInstanceCapacity',
  'InsufficientCapacity',
  'UnfulfillableCapacity',
  'SpotMaxPriceTooLow',
  'MaxSpotInstanceCountExceeded',
  'Unsupported',
  'VcpuLimitExceeded',
  'InstanceLimitExceeded',
]);

/** Credentials that were good and no longer are (EC2 says RequestExpired; STS-style services ExpiredToken). */
const EXPIRED = new Set(['RequestExpired', 'ExpiredToken', 'ExpiredTokenException']);

/** Nothing a retry or a fallback can fix: say so and stop. */
const FATAL = new Set([
  'UnauthorizedOperation',
  'AuthFailure',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'OptInRequired',
  'Blocked',
  'IdempotentParameterMismatch',
  'MissingParameter',
  'UnknownParameter',
]);

/** Server-side trouble and throttling: the same request later may well work. */
const TRANSIENT = new Set([
  'InternalError',
  'InternalFailure',
  'Unavailable',
  'ServiceUnavailable',
  'RequestLimitExceeded',
  'Throttling',
]);

/**
 * Requests that got no answer: the connection was reset or refused, timed out, or the name did not
 * resolve for now. The SDK throws node's own error (its `code`), or TimeoutError for its request
 * timeout. A RunInstances repeated with its ClientToken cannot launch a second instance.
 */
const NO_ANSWER = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);

function networkCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function httpStatus(error: unknown): number {
  const metadata = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata;
  return metadata?.httpStatusCode ?? 0;
}

export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return '';
}

export function classifyEc2Error(error: unknown): Ec2ErrorKind {
  const code = errorCode(error);
  if (CAPACITY.has(code)) return 'capacity';
  if (EXPIRED.has(code)) return 'expired';
  if (code === 'InvalidInstanceID.NotFound') return 'not-found';
  if (code === 'IncorrectInstanceState') return 'incorrect-state';
  if (TRANSIENT.has(code) || httpStatus(error) >= 500) return 'transient';
  if (NO_ANSWER.has(networkCode(error)) || code === 'TimeoutError') return 'transient';
  if (FATAL.has(code) || code.startsWith('InvalidParameter') || code.startsWith('InvalidLaunchTemplate'))
    return 'fatal';
  return 'other';
}

/** `Code: AWS's message`, the form every e2c-runner error quotes EC2 in. */
export function describeEc2Error(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code && code !== 'Error' ? `${code}: ${message}` : message;
}

/** Whether waiting longer cannot help: permissions, credentials, bad parameters. */
export function endsWaiting(error: unknown): boolean {
  const kind = classifyEc2Error(error);
  return kind === 'fatal' || kind === 'expired';
}
