// The part of the registry client the latest decision uses. Typed as a subset of RegistryClient
// so that the action hands in the real client and unit tests hand in an in-memory registry.
import type { RegistryClient } from '../registry/client';

export type LatestRegistry = Pick<
  RegistryClient,
  'headManifest' | 'getManifest' | 'putManifest' | 'listTags' | 'getConfig'
>;
