// Image references as users write them (`ghcr.io/org/app:1.2.3`, `app`, `localhost:5000/a@sha256:…`),
// parsed with the rules of the Docker reference grammar: the first path component is a registry
// host only when it has a dot or a colon or is `localhost`; Docker Hub short names get `library/`.
import { CibError, quoteForMessage } from '../errors/cib-error';
import { isDigest } from './digest';

export interface ImageReference {
  /** host[:port] as written; Docker Hub short names (`app`, `org/app`) become `docker.io`. */
  registry: string;
  /** `library/app`, `org/app`. */
  repository: string;
  tag?: string;
  /** `sha256:…`; when set, requests use it rather than the tag. */
  digest?: string;
}

/** The name Docker Hub goes by in references (its other host names are aliases of it). */
export const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

const HOST_PATTERN =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::[0-9]{1,5})?$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** True for any of Docker Hub's host names (`docker.io`, `index.docker.io`, `registry-1.docker.io`). */
export function isDockerHubHost(host: string): boolean {
  return DOCKER_HUB_ALIASES.has(host.toLowerCase());
}

/** A registry host as references write it: `host`, `host:port` or `[ipv6]:port`, no scheme or path. */
export function isRegistryHost(text: string): boolean {
  return HOST_PATTERN.test(text);
}

/** Docker's tag grammar: letters, digits, `_ . -`, not starting with `.` or `-`, at most 128. */
export function isValidTag(tag: string): boolean {
  return TAG_PATTERN.test(tag);
}

/** Text that is not an image reference. `reason` says what is wrong without repeating the text. */
export class MalformedReferenceError extends CibError {
  readonly reason: string;
  constructor(text: string, reason: string) {
    super(`${quoteForMessage(text)} is not an image reference: ${reason}`, {
      hint: 'Write it as host[:port]/path[:tag] or host[:port]/path@sha256:<64 hex digits>, e.g. ghcr.io/org/app:1.2.3',
    });
    this.name = 'MalformedReferenceError';
    this.reason = reason;
  }
}

function malformed(text: string, reason: string): MalformedReferenceError {
  return new MalformedReferenceError(text, reason);
}

/**
 * Parses an image reference. Defaults the tag to `latest` only when neither a tag nor a digest
 * is given. Throws a MalformedReferenceError naming what is wrong.
 */
export function parseReference(text: string): ImageReference {
  const input = text.trim();
  if (input === '') throw malformed(text, 'it is empty');
  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) throw malformed(text, `the digest ${quoteForMessage(digest)} is not sha256:<64 hex digits>`);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/') && !rest.slice(colon).includes(']')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!isValidTag(tag)) {
      throw malformed(text, `the tag ${quoteForMessage(tag, 40)} is not valid (letters, digits, _ . -, at most 128)`);
    }
  }
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  let registry: string;
  let repository: string;
  if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['))) {
    registry = first;
    repository = rest.slice(slash + 1);
    if (!HOST_PATTERN.test(registry))
      throw malformed(text, `the registry host ${quoteForMessage(registry, 40)} is not valid`);
  } else {
    registry = DOCKER_HUB;
    repository = rest;
  }
  if (isDockerHubHost(registry)) registry = DOCKER_HUB;
  if (repository === '') throw malformed(text, 'the repository path is empty');
  for (const component of repository.split('/')) {
    if (!PATH_COMPONENT.test(component)) {
      throw malformed(
        text,
        `the path component ${quoteForMessage(component, 40)} is not valid (lower-case letters, digits and . _ - between them)`,
      );
    }
  }
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  if (repository.length > 255) throw malformed(text, 'the repository path is longer than 255 characters');
  if (tag === undefined && digest === undefined) tag = 'latest';
  const ref: ImageReference = { registry, repository };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/** `host/repo`, without tag or digest. */
export function formatRepository(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}`;
}

/** `host/repo:tag`, `host/repo@sha256:…`, or `host/repo:tag@sha256:…` when both are set. */
export function formatReference(ref: ImageReference): string {
  return `${formatRepository(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** The same repository at another tag (any digest dropped). */
export function withTag(ref: ImageReference, tag: string): ImageReference {
  if (!isValidTag(tag))
    throw malformed(`${formatRepository(ref)}:${tag}`, `the tag ${quoteForMessage(tag)} is not valid`);
  return { registry: ref.registry, repository: ref.repository, tag };
}

/**
 * The same repository pinned to a digest. The tag is kept, so it reads `host/repo:tag@sha256:…`;
 * requests use the digest. Drop the tag yourself (`{ ...ref, tag: undefined }`) when unwanted.
 */
export function withDigest(ref: ImageReference, digest: string): ImageReference {
  if (!isDigest(digest))
    throw malformed(`${formatRepository(ref)}@${digest}`, 'the digest is not sha256:<64 hex digits>');
  const pinned: ImageReference = { registry: ref.registry, repository: ref.repository, digest };
  if (ref.tag !== undefined) pinned.tag = ref.tag;
  return pinned;
}

/** True when both name the same repository on the same registry. */
export function sameRepository(a: ImageReference, b: ImageReference): boolean {
  return sameRegistry(a, b) && a.repository === b.repository;
}

/** True when both are on the same registry (host names compare case-insensitively). */
export function sameRegistry(a: ImageReference, b: ImageReference): boolean {
  return a.registry.toLowerCase() === b.registry.toLowerCase();
}

/** The host[:port] that serves the registry API: Docker Hub is served at registry-1.docker.io. */
export function apiHost(ref: ImageReference): string {
  return ref.registry === DOCKER_HUB ? DOCKER_HUB_API : ref.registry.toLowerCase();
}

/** What a manifest request names: the digest when known, else the tag. */
export function manifestReference(ref: ImageReference): string {
  return ref.digest ?? ref.tag ?? 'latest';
}
