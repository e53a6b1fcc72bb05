// The shapes of OCI/Docker manifests, indexes and image configs, as far as cib reads them.

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
  'os.version'?: string;
  'os.features'?: string[];
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
  artifactType?: string;
  urls?: string[];
}

/** An OCI image index or a Docker manifest list. */
export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
  artifactType?: string;
  subject?: Descriptor;
}

/** An OCI image manifest or a Docker image manifest (schema 2). */
export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
  subject?: Descriptor;
  artifactType?: string;
}

/** The parts of an image config blob that cib reads. */
export interface ImageConfig {
  architecture?: string;
  os?: string;
  variant?: string;
  'os.version'?: string;
  config?: { Labels?: Record<string, string> | null };
}

/** True when the parsed manifest is an index (has `manifests`, no `config`). */
export function isImageIndex(manifest: ImageIndex | ImageManifest): manifest is ImageIndex {
  return Array.isArray((manifest as ImageIndex).manifests);
}
