// Platforms of the images in an index: parsing `os/arch[/variant]` as users write it, the normal
// form two platforms are compared in (linux/arm64/v8 is linux/arm64, linux/arm is linux/arm/v7,
// the rules of containerd's platforms.Normalize), and recognising attestation manifests.
import type { Descriptor, Platform } from '../registry/manifest-types';

/** The annotation buildx sets on the attestation manifests (provenance, SBOM) of an index. */
const REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type';
/** The annotation naming the image manifest an attestation manifest is about. */
export const REFERENCE_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';
const ATTESTATION_MANIFEST = 'attestation-manifest';

/** `os/arch[/variant]` as written in the platform (no normalisation). */
export function formatPlatform(platform: Platform): string {
  const base = `${platform.os}/${platform.architecture}${platform.variant ? `/${platform.variant}` : ''}`;
  return platform['os.version'] ? `${base} (${platform['os.version']})` : base;
}

/** Parses `os/arch[/variant]`; undefined when the text is not of that form. */
export function parsePlatform(text: string): Platform | undefined {
  const parts = text.trim().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[A-Za-z0-9_.-]+$/.test(p))) return undefined;
  const platform: Platform = { os: parts[0], architecture: parts[1] };
  if (parts[2]) platform.variant = parts[2];
  return platform;
}

/** The platform in normal form: lower case, architecture aliases resolved, default variants dropped or filled. */
export function normalisePlatform(platform: Platform): Platform {
  let os = platform.os.toLowerCase();
  if (os === 'macos') os = 'darwin';
  let architecture = platform.architecture.toLowerCase();
  let variant = (platform.variant ?? '').toLowerCase();
  switch (architecture) {
    case 'i386':
      architecture = '386';
      variant = '';
      break;
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      architecture = 'amd64';
      if (variant === 'v1') variant = '';
      break;
    case 'aarch64':
    case 'arm64':
      architecture = 'arm64';
      if (variant === '8' || variant === 'v8' || variant === 'v8.0') variant = '';
      break;
    case 'armhf':
      architecture = 'arm';
      variant = 'v7';
      break;
    case 'armel':
      architecture = 'arm';
      variant = 'v6';
      break;
    case 'arm':
      if (variant === '' || variant === '7') variant = 'v7';
      else if (/^[5-8]$/.test(variant)) variant = `v${variant}`;
      break;
  }
  const normal: Platform = { os, architecture };
  if (variant) normal.variant = variant;
  if (platform['os.version']) normal['os.version'] = platform['os.version'];
  return normal;
}

/** A string two platforms share exactly when they are the same platform (normalised). */
export function platformKey(platform: Platform): string {
  return formatPlatform(normalisePlatform(platform));
}

/** True for an attestation manifest (buildx provenance/SBOM), which has no real platform. */
export function isAttestationDescriptor(descriptor: Descriptor): boolean {
  return descriptor.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST;
}

/** True for the placeholder platform `unknown/unknown` of non-image manifests in an index. */
export function isUnknownPlatform(platform: Platform | undefined): boolean {
  return platform?.os === 'unknown' && platform.architecture === 'unknown';
}
