// A registry's refusal or failure, with the HTTP status, the OCI error code and the reference
// it was about, so callers can tell "does not exist" from "not allowed" from "down"; and the one
// table of hints saying what to do about each refusal, turned into errors by one pure function.
import { CibError } from '../errors/cib-error';

/** OCI distribution error codes callers test for (the registry may send others). */
export type RegistryErrorCode =
  | 'BLOB_UNKNOWN'
  | 'BLOB_UPLOAD_INVALID'
  | 'BLOB_UPLOAD_UNKNOWN'
  | 'DIGEST_INVALID'
  | 'MANIFEST_BLOB_UNKNOWN'
  | 'MANIFEST_INVALID'
  | 'MANIFEST_UNKNOWN'
  | 'NAME_INVALID'
  | 'NAME_UNKNOWN'
  | 'SIZE_INVALID'
  | 'UNAUTHORIZED'
  | 'DENIED'
  | 'UNSUPPORTED'
  | 'TOOMANYREQUESTS'
  | 'TAG_INVALID'
  // Not from the registry: our own checks.
  | 'DIGEST_MISMATCH'
  | 'NETWORK'
  | 'TIMEOUT'
  | (string & {});

export class RegistryError extends CibError {
  /** HTTP status, 0 when no response came (connection error, timeout). */
  readonly status: number;
  readonly code?: RegistryErrorCode;
  /** The image reference (or repository) the request was about. */
  readonly reference: string;
  constructor(
    message: string,
    details: { status: number; code?: RegistryErrorCode; reference: string; hint?: string; cause?: unknown },
  ) {
    super(message, { hint: details.hint, cause: details.cause });
    this.name = 'RegistryError';
    this.status = details.status;
    this.code = details.code;
    this.reference = details.reference;
  }
}

/** The first error of an OCI error body (`{"errors":[{"code","message"}]}`), if it is one. */
export function parseErrorBody(body: Buffer | string): { code: string; message: string } | undefined {
  try {
    const parsed = JSON.parse(body.toString()) as { errors?: { code?: unknown; message?: unknown }[] };
    const first = parsed.errors?.[0];
    if (first && typeof first.code === 'string') {
      return { code: first.code, message: typeof first.message === 'string' ? first.message : '' };
    }
  } catch {
    // Not JSON: proxies and load balancers answer with HTML.
  }
  return undefined;
}

/** What a hint is chosen by: the answer, and what the request was for. */
export interface FailureFacts {
  status: number;
  /** The OCI error code sent (or taken from the status), if any. */
  code?: string;
  /** The registry's error message, if any. */
  message: string;
  /** The `WWW-Authenticate` challenge of a 401. */
  challenge: string;
  registry: string;
  repository: string;
  /** The reference as the user wrote it. */
  reference: string;
  access: 'pull' | 'push';
  /** A 401 to a request that carried our credentials. */
  credentialsRefused: boolean;
}

export interface RegistryHint {
  /** The case, as a test table names it. */
  name: string;
  matches: (facts: FailureFacts) => boolean;
  hint: (facts: FailureFacts) => string;
}

const notAllowed = (f: FailureFacts) =>
  `The account used for ${f.registry} is not allowed to ${f.access} ${f.repository}` +
  (f.access === 'push' ? ' (it can read but not push): check its permissions, or log in as one that may' : '');

/**
 * The one table of what to do about a registry's refusal; the first row that matches gives the
 * hint. Registries word immutable tags differently: ECR answers 400 TAG_INVALID "... cannot be
 * overwritten because the repository is immutable", others answer with "immutable" and 403/409.
 */
export const REGISTRY_HINTS: readonly RegistryHint[] = [
  {
    name: 'immutable tag',
    matches: (f) => /immutab|cannot be overwritten/i.test(f.message),
    hint: () =>
      'The repository has immutable tags (ECR: image tag mutability IMMUTABLE), so an existing tag cannot move: make its tags mutable, or release without moving tags',
  },
  {
    name: 'tag refused',
    matches: (f) => f.status === 400 && f.code === 'TAG_INVALID',
    hint: () => 'The registry refused the tag: some registries refuse overwriting an immutable tag with TAG_INVALID',
  },
  {
    name: 'token lacks the scope',
    matches: (f) => f.status === 401 && f.credentialsRefused && /insufficient_scope/.test(f.challenge),
    hint: notAllowed,
  },
  {
    name: 'credentials refused',
    matches: (f) => f.status === 401 && f.credentialsRefused,
    hint: (f) => `The registry refused the credentials for ${f.registry}: check the username and password (or token)`,
  },
  {
    name: 'not logged in',
    matches: (f) => f.status === 401,
    hint: (f) =>
      `Log in to ${f.registry} with an account that can access ${f.repository}: give username and password, or run docker/login-action first`,
  },
  { name: 'forbidden', matches: (f) => f.status === 403 || f.code === 'DENIED', hint: notAllowed },
  { name: 'not found', matches: (f) => f.status === 404, hint: (f) => `Check that ${f.reference} exists` },
  {
    name: 'too large',
    matches: (f) => f.status === 413,
    hint: (f) =>
      `${f.registry} (or a proxy in front of it) refused the request as too large: raise its body size limit (nginx: client_max_body_size)`,
  },
  {
    name: 'rate limited',
    matches: (f) => f.status === 429 || f.code === 'TOOMANYREQUESTS',
    hint: () => 'The registry kept rate-limiting after several retries; try again later or log in for a higher limit',
  },
];

/** The hint of the first row of REGISTRY_HINTS that matches, if any. */
export function registryHint(facts: FailureFacts): string | undefined {
  return REGISTRY_HINTS.find((row) => row.matches(facts))?.hint(facts);
}

/** The OCI code a status stands for when the registry sent none. */
function codeOfStatus(status: number): RegistryErrorCode | undefined {
  return status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'DENIED' : status === 429 ? 'TOOMANYREQUESTS' : undefined;
}

/**
 * The RegistryError for an answer that was not what `action` needed: `Could not <action>
 * <reference>: HTTP <status> <code>: <registry's message>`, with the table's hint.
 */
export function registryFailure(
  answer: { status: number; headers: Record<string, string>; body: Buffer },
  request: Omit<FailureFacts, 'status' | 'code' | 'message' | 'challenge'> & { action: string },
): RegistryError {
  const parsed = parseErrorBody(answer.body);
  const code = parsed?.code ?? codeOfStatus(answer.status);
  const { action, ...about } = request;
  const hint = registryHint({
    ...about,
    status: answer.status,
    code,
    message: parsed?.message ?? '',
    challenge: answer.headers['www-authenticate'] ?? '',
  });
  const detail = parsed?.message ? `: ${parsed.message}` : '';
  return new RegistryError(
    `Could not ${action} ${request.reference}: HTTP ${answer.status}${code ? ` ${code}` : ''}${detail}`,
    { status: answer.status, code, reference: request.reference, hint },
  );
}

/** Content that does not match its digest: never trusted, never retried. */
export function digestMismatch(reference: string, expected: string, actual: string): RegistryError {
  return new RegistryError(`Digest mismatch for ${reference}: expected ${expected}, got ${actual}`, {
    status: 0,
    code: 'DIGEST_MISMATCH',
    reference,
    hint: 'The registry or a proxy changed the content; do not trust it',
  });
}
