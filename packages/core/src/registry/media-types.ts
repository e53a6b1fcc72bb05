// The media types a registry serves for images, and the Accept header that asks for all of them.

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
export const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';

/** Every manifest media type we read, most specific first: sent as the Accept header. */
export const MANIFEST_ACCEPT: string[] = [OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST];

/** The media type without parameters (`; charset=utf-8`) and in lower case. */
export function baseMediaType(mediaType: string): string {
  return mediaType.split(';')[0].trim().toLowerCase();
}

/** True for an OCI index or a Docker manifest list. */
export function isIndexMediaType(mediaType: string): boolean {
  const base = baseMediaType(mediaType);
  return base === OCI_INDEX || base === DOCKER_MANIFEST_LIST;
}

/** True for an OCI image manifest or a Docker image manifest. */
export function isImageManifestMediaType(mediaType: string): boolean {
  const base = baseMediaType(mediaType);
  return base === OCI_MANIFEST || base === DOCKER_MANIFEST;
}

/** True for any of the four manifest media types. */
export function isManifestMediaType(mediaType: string): boolean {
  return MANIFEST_ACCEPT.includes(baseMediaType(mediaType));
}
