// A registry's refusal or failure, with the HTTP status, the OCI error code and the reference
// it was about, so callers can tell "does not exist" from "not allowed" from "down".
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
