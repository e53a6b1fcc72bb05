// manifest-merge: merges per-platform images (or indexes) into one multi-platform index and
// pushes it to every tag, straight through the registry API (packages/core/src/manifest/).
import {
  actionInputs,
  readBoolean,
  readEnum,
  readImages,
  readKeyValues,
  readList,
  readSecret,
  type ActionInputs,
  type ImageKind,
  type InputName,
} from '@cib/core/runner/inputs';
import type { Runtime } from '@cib/core/runner/runtime';
import { InputError } from '@cib/core/errors/input-error';
import { formatReference, type ImageReference } from '@cib/core/registry/reference';
import { createRegistryClient, readRegistryLogin, type RegistryLoginInputs } from '@cib/core/registry/login-inputs';
import { parseExpectedPlatforms } from '@cib/core/manifest/expectation';
import { ANNOTATION_INPUT_KEY, indexAnnotations } from '@cib/core/manifest/index-annotations';
import { mergeManifests, type MergeOptions } from '@cib/core/manifest/merge';
import { mergeOutputs, mergeSummary } from '@cib/core/manifest/merge-report';
import { writeOutputs } from '@cib/core/runner/outputs';

export interface ManifestMergeInputs extends MergeOptions, RegistryLoginInputs {
  dryRun: boolean;
  /** `manifest:`-level (and other non-index) annotation keys, left out of the index. */
  skippedAnnotations: string[];
}

type Inputs = ActionInputs<InputName<'manifest-merge'>>;

function annotationInputs(inputs: Inputs): { annotations: Record<string, string>; skippedAnnotations: string[] } {
  const { annotations, skipped } = indexAnnotations(readKeyValues(inputs, 'annotations', ANNOTATION_INPUT_KEY));
  return { annotations, skippedAnnotations: skipped };
}

/**
 * The images of a list input, each once: a repeated reference is a mistake, and refusing it here
 * keeps a list of thousands of copies from becoming thousands of requests before it is noticed.
 */
function readImagesOnce(inputs: Inputs, name: 'sources' | 'tags', kind: ImageKind): ImageReference[] {
  const images = readImages(inputs, name, kind);
  const seen = new Set<string>();
  for (const image of images) {
    const shown = formatReference(image);
    if (seen.has(shown)) throw new InputError(name, inputs.raw(name), `each image once (${shown} is listed twice)`);
    seen.add(shown);
  }
  return images;
}

/** Parses the inputs into a typed object; every bad value fails here, before any request. */
export function readInputs(rt: Pick<Runtime, 'getInput' | 'env'>): ManifestMergeInputs {
  const inputs = actionInputs(rt, 'manifest-merge');
  return {
    sources: readImagesOnce(inputs, 'sources', 'source'),
    tags: readImagesOnce(inputs, 'tags', 'tag'),
    platforms: parseExpectedPlatforms(readList(inputs, 'platforms')),
    ...annotationInputs(inputs),
    format: readEnum(inputs, 'format', ['oci', 'docker'] as const, 'oci'),
    attestations: readEnum(inputs, 'attestations', ['keep', 'drop'] as const, 'keep'),
    ...readRegistryLogin(inputs),
    dryRun: readBoolean(inputs, 'dry-run', false),
  };
}

export async function run(rt: Runtime): Promise<void> {
  // Masked before anything else can print it (an input error included).
  readSecret(actionInputs(rt, 'manifest-merge'), 'password', (s) => rt.setSecret(s));
  const inputs = readInputs(rt);
  if (inputs.skippedAnnotations.length) {
    rt.log.info(`Annotations for other levels than the index left out: ${inputs.skippedAnnotations.join(', ')}`);
  }
  // The input credentials are for the registry of the (first) tag.
  const client = createRegistryClient(rt, inputs, inputs.tags[0].registry);
  const result = await mergeManifests(client, inputs, rt.log);
  writeOutputs(rt, 'manifest-merge', mergeOutputs(result, inputs.dryRun));
  rt.appendSummary(mergeSummary(result, inputs.dryRun));
  rt.log.info(
    `${inputs.dryRun ? 'Would push' : 'Pushed'} index ${result.index.digest} (${result.platforms.join(', ')}) to ${result.images.join(', ')}`,
  );
  const byMethod = Object.entries(client.stats.byMethod)
    .map(([method, count]) => `${method} ${count}`)
    .join(', ');
  rt.log.debug(`Registry requests: ${client.stats.requests} (${byMethod})`);
}
