// manifest-merge: merges per-platform images (or indexes) into one multi-platform index and
// pushes it to every tag, straight through the registry API (packages/core/src/manifest/).
import { InputError } from '@cib/core/errors/input-error';
import { readBoolean, readEnum, readKeyValues, readList } from '@cib/core/runner/inputs';
import type { Runtime } from '@cib/core/runner/runtime';
import { createRegistryClient, readRegistryLogin, type RegistryLoginInputs } from '@cib/core/registry/login-inputs';
import { MalformedReferenceError, parseReference, type ImageReference } from '@cib/core/registry/reference';
import { parseExpectedPlatforms } from '@cib/core/manifest/expectation';
import { ANNOTATION_INPUT_KEY, indexAnnotations } from '@cib/core/manifest/index-annotations';
import { mergeManifests, type MergeOptions } from '@cib/core/manifest/merge';
import { mergeJson, mergeSummary } from '@cib/core/manifest/merge-report';
import { fixedTagOf } from '@cib/core/version/image-tag';

export interface ManifestMergeInputs extends MergeOptions, RegistryLoginInputs {
  dryRun: boolean;
  /** `manifest:`-level (and other non-index) annotation keys, left out of the index. */
  skippedAnnotations: string[];
}

function readReferences(rt: Runtime, name: string, kind: 'source' | 'tag'): ImageReference[] {
  const items = readList(rt, name);
  if (items.length === 0) throw new InputError(name, '', `at least one image reference (this input is required)`);
  return items.map((item) => {
    let ref: ImageReference;
    try {
      ref = parseReference(item);
    } catch (error) {
      // The parser's message repeats the value and an example; keep only why it is malformed.
      if (!(error instanceof MalformedReferenceError)) throw error;
      // A version such as 1.2.3+build.7 is written 1.2.3_build.7 as a tag (build-info's version output).
      const fixed = fixedTagOf(item);
      const asTag = fixed ? `; as an image tag it is written ${fixed} (build-info's version output)` : '';
      throw new InputError(name, item, 'an image reference like ghcr.io/org/app:1.2.3', `Here ${error.reason}${asTag}`);
    }
    if (kind === 'tag' && ref.digest) throw new InputError(name, item, 'a tag to push to (not a digest)');
    return ref;
  });
}

function annotationInputs(rt: Runtime): { annotations: Record<string, string>; skippedAnnotations: string[] } {
  const { annotations, skipped } = indexAnnotations(readKeyValues(rt, 'annotations', ANNOTATION_INPUT_KEY));
  return { annotations, skippedAnnotations: skipped };
}

/** Parses the inputs into a typed object; every bad value fails here, before any request. */
export function readInputs(rt: Runtime): ManifestMergeInputs {
  return {
    sources: readReferences(rt, 'sources', 'source'),
    tags: readReferences(rt, 'tags', 'tag'),
    platforms: parseExpectedPlatforms(readList(rt, 'platforms')),
    ...annotationInputs(rt),
    format: readEnum(rt, 'format', ['oci', 'docker'] as const, 'oci'),
    attestations: readEnum(rt, 'attestations', ['keep', 'drop'] as const, 'keep'),
    ...readRegistryLogin(rt),
    dryRun: readBoolean(rt, 'dry-run', false),
  };
}

export async function run(rt: Runtime): Promise<void> {
  // Masked before anything else can print it (an input error included).
  rt.setSecret(rt.getInput('password'));
  const inputs = readInputs(rt);
  if (inputs.skippedAnnotations.length) {
    rt.log.info(`Annotations for other levels than the index left out: ${inputs.skippedAnnotations.join(', ')}`);
  }
  // The input credentials are for the registry of the (first) tag.
  const client = createRegistryClient(rt, inputs, inputs.tags[0].registry);
  const result = await mergeManifests(client, inputs, rt.log);
  rt.setOutput('digest', result.index.digest);
  rt.setOutput('images', result.images.join(','));
  rt.setOutput('platforms', result.platforms.join(','));
  rt.setOutput('media-type', result.index.mediaType);
  rt.setOutput('json', mergeJson(result, inputs.dryRun));
  rt.appendSummary(mergeSummary(result, inputs.dryRun));
  rt.log.info(
    `${inputs.dryRun ? 'Would push' : 'Pushed'} index ${result.index.digest} (${result.platforms.join(', ')}) to ${result.images.join(', ')}`,
  );
  const byMethod = Object.entries(client.stats.byMethod)
    .map(([method, count]) => `${method} ${count}`)
    .join(', ');
  rt.log.debug(`Registry requests: ${client.stats.requests} (${byMethod})`);
}
