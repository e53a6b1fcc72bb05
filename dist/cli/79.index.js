export const id = 79;
export const ids = [79,158];
export const modules = {

/***/ 2375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readInputs: () => (/* binding */ readInputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/core/src/runner/inputs.ts
var runner_inputs = __webpack_require__(5763);
// EXTERNAL MODULE: ./packages/core/src/errors/input-error.ts
var input_error = __webpack_require__(2650);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var registry_reference = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/core/src/registry/login-inputs.ts
var login_inputs = __webpack_require__(4372);
// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(2332);
// EXTERNAL MODULE: ./packages/core/src/manifest/platform.ts
var manifest_platform = __webpack_require__(3060);
;// CONCATENATED MODULE: ./packages/core/src/manifest/expectation.ts
// The `platforms` input: the exact set of platforms the merged index must hold, checked before
// anything is pushed so that a failed per-platform build cannot publish an incomplete image.



/** Parses the `platforms` input items (`linux/amd64`, `linux/arm/v7`), naming the input on error. */
function parseExpectedPlatforms(items, input = 'platforms') {
    return items.map((item) => {
        const platform = (0,manifest_platform/* parsePlatform */.FL)(item);
        if (!platform)
            throw new input_error/* InputError */.d(input, item, 'platforms written os/architecture[/variant], e.g. linux/arm64');
        return platform;
    });
}
/** Throws unless the image entries provide exactly the expected platforms (compared normalised). */
function checkExpectedPlatforms(expected, entries) {
    if (expected.length === 0)
        return;
    const wanted = new Set(expected.map(manifest_platform/* platformKey */.Ng));
    const provided = new Map();
    for (const entry of entries) {
        if (!entry.attestation && entry.descriptor.platform)
            provided.set((0,manifest_platform/* platformKey */.Ng)(entry.descriptor.platform), entry.source);
    }
    const missing = [...wanted].filter((key) => !provided.has(key));
    const extra = [...provided.keys()].filter((key) => !wanted.has(key));
    if (missing.length === 0 && extra.length === 0)
        return;
    const problems = [
        missing.length ? `missing ${missing.join(', ')}` : '',
        extra.length ? `not expected ${extra.map((key) => `${key} (from ${provided.get(key)})`).join(', ')}` : '',
    ].filter(Boolean);
    throw new cib_error/* CibError */.hi(`The sources do not provide the platforms in "platforms" (${[...wanted].join(', ')}): ${problems.join('; ')}`, { hint: 'Nothing was pushed. Check that every per-platform build succeeded, or correct "platforms"' });
}

// EXTERNAL MODULE: ./packages/core/src/manifest/index-annotations.ts
var index_annotations = __webpack_require__(9776);
// EXTERNAL MODULE: ./packages/core/src/registry/media-types.ts
var media_types = __webpack_require__(2969);
;// CONCATENATED MODULE: ./packages/core/src/manifest/duplicates.ts
// Two images for the same platform cannot share an index (a client would pick one at random),
// so duplicates are an error that names both sources.


/** Throws when two image entries have the same (normalised) platform, naming both sources. */
function checkDuplicatePlatforms(entries) {
    const seen = new Map();
    for (const entry of entries) {
        if (entry.attestation || !entry.descriptor.platform)
            continue;
        const key = (0,manifest_platform/* platformKey */.Ng)(entry.descriptor.platform);
        const first = seen.get(key);
        if (!first) {
            seen.set(key, entry);
            continue;
        }
        // Name the platform in normal form, and as written when the two sources write it differently.
        const written = [first, entry].map((e) => (0,manifest_platform/* formatPlatform */.Bq)(e.descriptor.platform));
        const shown = written[0] === written[1] && written[0] === key ? key : `${key} (${[...new Set(written)].join(' and ')})`;
        const message = first.descriptor.digest === entry.descriptor.digest
            ? `Sources ${first.source} and ${entry.source} are the same image (${shown}, ${entry.descriptor.digest})`
            : first.source === entry.source
                ? `Source ${entry.source} provides platform ${shown} twice (${first.descriptor.digest} and ${entry.descriptor.digest})`
                : `Sources ${first.source} and ${entry.source} both provide platform ${shown}`;
        throw new cib_error/* CibError */.hi(message, {
            hint: 'An index holds one image per platform: remove one of them from "sources"',
        });
    }
}

// EXTERNAL MODULE: ./packages/core/src/registry/digest.ts
var digest = __webpack_require__(7761);
;// CONCATENATED MODULE: ./packages/core/src/manifest/index-document.ts
// The bytes of the merged index: an OCI image index (with annotations) or a Docker manifest
// list. The bytes are built once, here, and pushed unchanged to every tag, so the digest we
// compute is the digest every tag gets.



/** The media type of an index in this format. */
function indexMediaType(format) {
    return format === 'docker' ? media_types/* DOCKER_MANIFEST_LIST */.m6 : media_types/* OCI_INDEX */.$p;
}
/** Refuses annotations with the Docker format, which has nowhere to keep them. */
function checkFormatAnnotations(format, annotations) {
    const lines = Object.entries(annotations).map(([key, value]) => `${key}=${value}`);
    if (format === 'docker' && lines.length > 0) {
        // The lines as key=value, so the message shows what would be lost, values included.
        throw new input_error/* InputError */.d('annotations', lines.join('\n'), 'no annotations when "format" is docker: a Docker manifest list cannot carry them', 'Use format: oci (the default) to keep them');
    }
}
// Fields in the order the OCI image-spec lists them, so the bytes do not depend on how the
// descriptor object was put together.
function orderedPlatform(p) {
    const out = { architecture: p.architecture, os: p.os };
    if (p['os.version'] !== undefined)
        out['os.version'] = p['os.version'];
    if (p['os.features'] !== undefined)
        out['os.features'] = p['os.features'];
    if (p.variant !== undefined && p.variant !== '')
        out.variant = p.variant;
    return out;
}
function orderedDescriptor(d) {
    const out = { mediaType: (0,media_types/* baseMediaType */.S4)(d.mediaType), digest: d.digest, size: d.size };
    if (d.urls?.length)
        out.urls = d.urls;
    if (d.annotations && Object.keys(d.annotations).length)
        out.annotations = sortedRecord(d.annotations);
    if (d.platform)
        out.platform = orderedPlatform(d.platform);
    if (d.artifactType)
        out.artifactType = d.artifactType;
    return out;
}
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/**
 * Builds the index over these manifests, in the order given. Annotations go on the index (OCI
 * only: refused with the Docker format).
 */
function buildIndex(manifests, options) {
    const annotations = options.annotations ?? {};
    checkFormatAnnotations(options.format, annotations);
    const mediaType = indexMediaType(options.format);
    const json = { schemaVersion: 2, mediaType, manifests: manifests.map(orderedDescriptor) };
    if (Object.keys(annotations).length)
        json.annotations = sortedRecord(annotations);
    const bytes = Buffer.from(JSON.stringify(json), 'utf8');
    return { bytes, mediaType, digest: (0,digest/* sha256Digest */.sI)(bytes), size: bytes.length, json };
}

// EXTERNAL MODULE: ./packages/core/src/registry/manifest-types.ts
var manifest_types = __webpack_require__(7384);
// EXTERNAL MODULE: ./packages/core/src/registry/errors.ts
var errors = __webpack_require__(9630);
;// CONCATENATED MODULE: ./packages/core/src/manifest/resolve-source.ts
// Reading one source of a merge: a per-platform image manifest, or an index (buildx pushes one
// with an attestation manifest when provenance is on) that is flattened into its manifests.
// Each image's platform comes from its index descriptor, or from its config blob when missing.






// Nested indexes are legal but rare; a bound stops a malicious or broken loop.
const MAX_INDEX_DEPTH = 4;
/** Turns a registry failure while reading a source into one error that names the source. */
function sourceReadError(source, error) {
    if (!(error instanceof errors/* RegistryError */.gl))
        return error instanceof Error ? error : new Error(String(error));
    if (error.code === 'MANIFEST_UNKNOWN' || error.code === 'NAME_UNKNOWN' || error.status === 404) {
        return new cib_error/* CibError */.hi(`Source ${source} does not exist in the registry`, {
            hint: 'Check the tag or digest, and that the per-platform image was pushed',
            cause: error,
        });
    }
    if (error.code === 'UNAUTHORIZED' || error.code === 'DENIED' || error.status === 401 || error.status === 403) {
        // The client's hint tells "log in" from "wrong credentials" from "no rights".
        return new cib_error/* CibError */.hi(`Source ${source} could not be read: the registry refused access (${error.status})`, {
            hint: error.hint ?? 'Give "username" and "password", or log in first (docker/login-action), with read access to it',
            cause: error,
        });
    }
    if (error.code === 'UNSUPPORTED' || error.code === 'MANIFEST_INVALID') {
        return new cib_error/* CibError */.hi(`Source ${source} is not a container image: ${error.message}`, { cause: error });
    }
    return new cib_error/* CibError */.hi(`Source ${source} could not be read: ${error.message}`, { cause: error });
}
function notAnImage(source, why) {
    return new cib_error/* CibError */.hi(`Source ${source} is not a container image: ${why}`, {
        hint: 'Sources must be per-platform images or indexes of them (not artifacts such as Helm charts or signatures)',
    });
}
function toBytes(fetched) {
    return { bytes: fetched.bytes, mediaType: fetched.mediaType, digest: fetched.digest, json: fetched.json };
}
/** The platform of an image manifest, from its config blob. */
async function platformFromConfig(reader, source, ref, manifest) {
    const configType = (0,media_types/* baseMediaType */.S4)(manifest.config?.mediaType ?? '');
    if (configType !== media_types/* OCI_CONFIG */.TF && configType !== media_types/* DOCKER_CONFIG */.e6) {
        throw notAnImage(source, `its config has media type ${configType || '(none)'}`);
    }
    const config = await reader.getConfig(ref, manifest);
    if (!config.os || !config.architecture)
        throw notAnImage(source, 'its config names no os/architecture');
    const platform = { architecture: config.architecture, os: config.os };
    if (config.variant)
        platform.variant = config.variant;
    if (config['os.version'])
        platform['os.version'] = config['os.version'];
    if ((0,manifest_platform/* isUnknownPlatform */._H)(platform))
        throw notAnImage(source, 'its platform is unknown/unknown (an attestation manifest?)');
    return platform;
}
/** Reads a source and returns the manifests it brings into the index. */
async function resolveSource(reader, reference, options) {
    const source = (0,registry_reference/* formatReference */.FH)(reference);
    const repository = { registry: reference.registry, repository: reference.repository };
    const read = async (ref) => {
        try {
            return await reader.getManifest(ref);
        }
        catch (error) {
            throw sourceReadError(source, error);
        }
    };
    const config = async (ref, manifest) => {
        try {
            return await platformFromConfig(reader, source, ref, manifest);
        }
        catch (error) {
            throw sourceReadError(source, error);
        }
    };
    const top = await read(reference);
    const result = {
        source,
        reference,
        digest: top.digest,
        mediaType: (0,media_types/* baseMediaType */.S4)(top.mediaType),
        entries: [],
        skipped: [],
    };
    if (!(0,manifest_types/* isImageIndex */.y)(top.json) && (0,media_types/* isImageManifestMediaType */.d6)(top.mediaType)) {
        const manifest = top.json;
        const platform = await config((0,registry_reference/* withDigest */.hQ)(repository, top.digest), manifest);
        result.entries.push({
            source,
            repository,
            descriptor: { mediaType: (0,media_types/* baseMediaType */.S4)(top.mediaType), digest: top.digest, size: top.size, platform },
            attestation: false,
            manifest: toBytes(top),
        });
        return result;
    }
    if (!(0,manifest_types/* isImageIndex */.y)(top.json) || !(0,media_types/* isIndexMediaType */.$$)(top.mediaType)) {
        throw notAnImage(source, `its manifest has media type ${(0,media_types/* baseMediaType */.S4)(top.mediaType) || '(none)'}`);
    }
    const flatten = async (descriptors, depth) => {
        for (const child of descriptors) {
            const childRef = (0,registry_reference/* withDigest */.hQ)(repository, child.digest);
            if ((0,media_types/* isIndexMediaType */.$$)(child.mediaType)) {
                if (depth >= MAX_INDEX_DEPTH)
                    throw notAnImage(source, `its indexes nest deeper than ${MAX_INDEX_DEPTH}`);
                const nested = await read(childRef);
                if (!(0,manifest_types/* isImageIndex */.y)(nested.json))
                    throw notAnImage(source, `${child.digest} claims to be an index but is not`);
                await flatten(nested.json.manifests, depth + 1);
                continue;
            }
            if ((0,manifest_platform/* isAttestationDescriptor */.Gc)(child)) {
                if (options.attestations === 'drop')
                    result.skipped.push({ digest: child.digest, reason: 'attestation dropped' });
                else
                    result.entries.push({ source, repository, descriptor: { ...child }, attestation: true });
                continue;
            }
            if (!(0,media_types/* isImageManifestMediaType */.d6)(child.mediaType) || (0,manifest_platform/* isUnknownPlatform */._H)(child.platform)) {
                result.skipped.push({
                    digest: child.digest,
                    reason: `not an image (${(0,media_types/* baseMediaType */.S4)(child.mediaType)}, ${child.platform ? (0,manifest_platform/* formatPlatform */.Bq)(child.platform) : 'no platform'})`,
                });
                continue;
            }
            if (child.platform) {
                result.entries.push({ source, repository, descriptor: { ...child }, attestation: false });
                continue;
            }
            // No platform in the descriptor: read the manifest and its config to find it.
            const fetched = await read(childRef);
            if ((0,manifest_types/* isImageIndex */.y)(fetched.json))
                throw notAnImage(source, `${child.digest} is an index, not an image`);
            const platform = await config(childRef, fetched.json);
            result.entries.push({
                source,
                repository,
                descriptor: { ...child, platform },
                attestation: false,
                manifest: toBytes(fetched),
            });
        }
    };
    await flatten(top.json.manifests, 1);
    if (!result.entries.some((entry) => !entry.attestation)) {
        throw notAnImage(source, 'its index holds no image manifest with a platform');
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/manifest/push-executor.ts
// Carrying out a push plan: copy the child manifests (blobs first, then the manifest by digest)
// into each target repository that lacks them, then push the index to every tag and check that
// the registry computed the digest we did.




// Layers marked non-distributable (Windows base layers) stay where their `urls` point.
function isDistributable(descriptor) {
    return !/nondistributable|foreign/.test(descriptor.mediaType);
}
/**
 * Reads the manifests the plan copies that were not read while resolving the sources. Reads
 * only, so a failure here still leaves every target untouched.
 */
async function loadCopyManifests(client, plan) {
    const pending = new Map();
    for (const { entry, from } of plan.copies) {
        if (entry.manifest || pending.has(entry.descriptor.digest))
            continue;
        pending.set(entry.descriptor.digest, client.getManifest(from).then((fetched) => {
            entry.manifest = fetched;
        }, (error) => {
            throw sourceReadError(entry.source, error);
        }));
    }
    await Promise.all(pending.values());
}
/** Executes the plan (after loadCopyManifests). Index pushes come last, after every copy succeeded. */
async function executePlan(client, plan) {
    const blobCopies = new Map();
    const copies = await Promise.all(plan.copies.map(async ({ entry, to }) => {
        const digest = entry.descriptor.digest;
        const outcome = {
            to: (0,registry_reference/* formatRepository */.Sh)(to),
            digest,
            result: 'present',
            blobs: { present: 0, mounted: 0, uploaded: 0 },
        };
        const head = await client.headManifest(to);
        if (head?.digest === digest)
            return outcome;
        const manifest = entry.manifest;
        if (!manifest)
            throw new Error(`Internal: manifest ${digest} was not loaded before the copy`);
        const blobs = (0,manifest_types/* isImageIndex */.y)(manifest.json) ? [] : [manifest.json.config, ...manifest.json.layers];
        const results = await Promise.all(blobs.filter(isDistributable).map((blob) => {
            const key = `${(0,registry_reference/* formatRepository */.Sh)(to)}|${blob.digest}`;
            let copy = blobCopies.get(key);
            if (!copy) {
                copy = client.copyBlob(entry.repository, { registry: to.registry, repository: to.repository }, blob);
                blobCopies.set(key, copy);
            }
            return copy;
        }));
        for (const result of results)
            outcome.blobs[result] += 1;
        const answered = await client.putManifest(to, manifest.bytes, manifest.mediaType);
        if (answered !== digest) {
            throw new cib_error/* CibError */.hi(`The registry stored manifest ${digest} as ${answered} in ${(0,registry_reference/* formatRepository */.Sh)(to)}`, {
                hint: 'The registry changed the manifest bytes; it may not support this media type',
            });
        }
        outcome.result = 'copied';
        return outcome;
    }));
    const images = await Promise.all(plan.tags.map(async (tag) => {
        const answered = await client.putManifest(tag, plan.index.bytes, plan.index.mediaType);
        if (answered !== plan.index.digest) {
            throw new cib_error/* CibError */.hi(`The registry answered digest ${answered} for the index pushed to ${(0,registry_reference/* formatReference */.FH)(tag)}, not ${plan.index.digest}`, { hint: 'The registry changed the index bytes; it may not support this media type' });
        }
        return (0,registry_reference/* formatReference */.FH)((0,registry_reference/* withDigest */.hQ)(tag, answered));
    }));
    return { copies, images };
}
/** One line per target repository saying what the copies did. */
function describeCopies(outcome) {
    const byRepository = new Map();
    for (const copy of outcome.copies)
        byRepository.set(copy.to, [...(byRepository.get(copy.to) ?? []), copy]);
    return [...byRepository].map(([repository, copies]) => {
        const copied = copies.filter((c) => c.result === 'copied');
        const blobs = { present: 0, mounted: 0, uploaded: 0 };
        for (const c of copied)
            for (const key of ['present', 'mounted', 'uploaded'])
                blobs[key] += c.blobs[key];
        return (`${repository}: ${copied.length} manifest(s) copied (blobs: ${blobs.mounted} mounted, ${blobs.uploaded} uploaded, ` +
            `${blobs.present} already there), ${copies.length - copied.length} already there`);
    });
}

;// CONCATENATED MODULE: ./packages/core/src/manifest/push-plan.ts


/** Plans the pushes of `index` (over `entries`) to `tags`. */
function planPushes(index, entries, tags) {
    const copies = [];
    const targetRepositories = [];
    for (const tag of tags) {
        if (!targetRepositories.some((repo) => (0,registry_reference/* sameRepository */.RB)(repo, tag))) {
            targetRepositories.push({ registry: tag.registry, repository: tag.repository });
        }
    }
    for (const target of targetRepositories) {
        const planned = new Set();
        for (const entry of entries) {
            const digest = entry.descriptor.digest;
            if ((0,registry_reference/* sameRepository */.RB)(entry.repository, target) || planned.has(digest))
                continue;
            planned.add(digest);
            copies.push({ entry, from: (0,registry_reference/* withDigest */.hQ)(entry.repository, digest), to: (0,registry_reference/* withDigest */.hQ)(target, digest) });
        }
    }
    return { index, copies, tags: [...tags] };
}
/** The plan as log lines, for the dry run and the log of a real run. */
function describePlan(plan) {
    const lines = [];
    for (const copy of plan.copies) {
        const what = copy.entry.attestation
            ? 'attestation manifest'
            : `${copy.entry.descriptor.platform ? (0,manifest_platform/* formatPlatform */.Bq)(copy.entry.descriptor.platform) : ''} manifest`;
        lines.push(`copy ${what} ${copy.entry.descriptor.digest} with its blobs from ${(0,registry_reference/* formatRepository */.Sh)(copy.from)} to ${(0,registry_reference/* formatRepository */.Sh)(copy.to)} (when missing)`);
    }
    for (const tag of plan.tags) {
        lines.push(`push index ${plan.index.digest} (${plan.index.mediaType}) to ${(0,registry_reference/* formatReference */.FH)(tag)}`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./packages/core/src/manifest/merge.ts









/** Merges the sources into one index pushed to every tag; see the file comment for the order. */
async function mergeManifests(client, options, log) {
    const annotations = options.annotations ?? {};
    checkFormatAnnotations(options.format, annotations);
    // Read concurrently, but report the first failing source in the order given, so the same
    // inputs always give the same error.
    const settled = await Promise.allSettled(options.sources.map((ref) => resolveSource(client, ref, { attestations: options.attestations })));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    const sources = settled.map((s) => s.value);
    for (const source of sources) {
        for (const skipped of source.skipped)
            log.info(`${source.source}: left out ${skipped.digest} (${skipped.reason})`);
    }
    const entries = sources.flatMap((source) => source.entries);
    checkDuplicatePlatforms(entries);
    checkExpectedPlatforms(options.platforms ?? [], entries);
    if (options.format === 'docker' && entries.some((e) => (0,media_types/* baseMediaType */.S4)(e.descriptor.mediaType) === media_types/* OCI_MANIFEST */.EG)) {
        log.warning('format is docker but some manifests are OCI manifests: some clients expect Docker manifests in a Docker manifest list');
    }
    // Images first, in the order of the sources, then their attestation manifests (as buildx
    // lays out an index): a client that takes the first manifest gets an image.
    const ordered = [...entries.filter((e) => !e.attestation), ...entries.filter((e) => e.attestation)];
    const index = buildIndex(ordered.map((entry) => entry.descriptor), { format: options.format, annotations });
    const plan = planPushes(index, ordered, options.tags);
    // Still reads only (a dry run does them too): the manifests to copy to other repositories.
    await loadCopyManifests(client, plan);
    const platforms = ordered
        .filter((entry) => !entry.attestation && entry.descriptor.platform)
        .map((entry) => (0,manifest_platform/* platformKey */.Ng)(entry.descriptor.platform));
    const result = {
        index,
        sources,
        entries: ordered,
        platforms,
        plan,
        images: plan.tags.map((tag) => (0,registry_reference/* formatReference */.FH)((0,registry_reference/* withDigest */.hQ)(tag, index.digest))),
    };
    if (options.dryRun) {
        log.info(`Dry run: nothing pushed. The index (${index.mediaType}, ${index.digest}):`);
        log.info(JSON.stringify(index.json, null, 2));
        log.info('Would do:');
        for (const line of describePlan(plan))
            log.info(`  ${line}`);
        return result;
    }
    for (const line of describePlan(plan))
        log.info(line);
    result.pushed = await executePlan(client, plan);
    for (const line of describeCopies(result.pushed))
        log.info(line);
    result.images = result.pushed.images;
    return result;
}

// EXTERNAL MODULE: ./packages/core/src/runner/markdown.ts
var markdown = __webpack_require__(8875);
;// CONCATENATED MODULE: ./packages/core/src/manifest/merge-report.ts
// How a merge is reported: the job summary (a table of platform, source, digest and size) and
// the `json` output, both made from the MergeResult.



/** Bytes in a short human form (1.5 MiB). */
function formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
/** What the entry is: its platform, or what an attestation manifest is about. */
function entryLabel(entry, entries) {
    if (!entry.attestation)
        return entry.descriptor.platform ? (0,manifest_platform/* formatPlatform */.Bq)(entry.descriptor.platform) : '';
    const about = entry.descriptor.annotations?.[manifest_platform/* REFERENCE_DIGEST_ANNOTATION */.bT];
    const image = entries.find((e) => e.descriptor.digest === about);
    return image?.descriptor.platform ? `attestation (${(0,manifest_platform/* formatPlatform */.Bq)(image.descriptor.platform)})` : 'attestation';
}
/** The compressed size of the image (config + layers) when its manifest was read, else the manifest's size. */
function entrySize(entry) {
    const json = entry.manifest?.json;
    if (json && !(0,manifest_types/* isImageIndex */.y)(json)) {
        return formatSize([json.config, ...json.layers].reduce((sum, d) => sum + (d.size ?? 0), 0));
    }
    return `${formatSize(entry.descriptor.size)} (manifest)`;
}
/** The job summary of a merge. */
function mergeSummary(result, dryRun) {
    const rows = result.entries.map((entry) => [
        entryLabel(entry, result.entries),
        entry.source,
        (0,markdown/* code */.aY)(entry.descriptor.digest),
        entrySize(entry),
    ]);
    const lines = [
        (0,markdown/* heading */.R_)(dryRun ? 'manifest-merge (dry run: nothing pushed)' : 'manifest-merge'),
        (0,markdown/* table */.tp)(['Platform', 'Source', 'Digest', 'Size'], rows),
        '\n',
        `Index ${(0,markdown/* code */.aY)(result.index.digest)} (${(0,markdown/* code */.aY)(result.index.mediaType)}, ${result.index.size} bytes)`,
        dryRun ? ' would be pushed to:\n\n' : ' pushed to:\n\n',
        ...result.images.map((image) => `- ${(0,markdown/* code */.aY)(image)}\n`),
        '\n',
    ];
    return lines.join('');
}
/** The `json` output: everything a later step may want, in one object. */
function mergeJson(result, dryRun) {
    return JSON.stringify({
        digest: result.index.digest,
        mediaType: result.index.mediaType,
        size: result.index.size,
        dryRun,
        images: result.images,
        platforms: result.platforms,
        annotations: result.index.json.annotations ?? {},
        manifests: result.entries.map((entry) => ({
            source: entry.source,
            digest: entry.descriptor.digest,
            mediaType: entry.descriptor.mediaType,
            size: entry.descriptor.size,
            platform: entry.descriptor.platform ? (0,manifest_platform/* formatPlatform */.Bq)(entry.descriptor.platform) : undefined,
            attestation: entry.attestation,
        })),
    });
}
/** Every output of manifest-merge. */
function mergeOutputs(result, dryRun) {
    return {
        digest: result.index.digest,
        images: result.images.join(','),
        platforms: result.platforms.join(','),
        'media-type': result.index.mediaType,
        json: mergeJson(result, dryRun),
    };
}

// EXTERNAL MODULE: ./packages/core/src/runner/outputs.ts
var outputs = __webpack_require__(3642);
;// CONCATENATED MODULE: ./actions/manifest-merge/run.ts
// manifest-merge: merges per-platform images (or indexes) into one multi-platform index and
// pushes it to every tag, straight through the registry API (packages/core/src/manifest/).









function annotationInputs(inputs) {
    const { annotations, skipped } = (0,index_annotations/* indexAnnotations */.n)((0,runner_inputs/* readKeyValues */._Z)(inputs, 'annotations', index_annotations/* ANNOTATION_INPUT_KEY */.$));
    return { annotations, skippedAnnotations: skipped };
}
/**
 * The images of a list input, each once: a repeated reference is a mistake, and refusing it here
 * keeps a list of thousands of copies from becoming thousands of requests before it is noticed.
 */
function readImagesOnce(inputs, name, kind) {
    const images = (0,runner_inputs/* readImages */.H)(inputs, name, kind);
    const seen = new Set();
    for (const image of images) {
        const shown = (0,registry_reference/* formatReference */.FH)(image);
        if (seen.has(shown))
            throw new input_error/* InputError */.d(name, inputs.raw(name), `each image once (${shown} is listed twice)`);
        seen.add(shown);
    }
    return images;
}
/** Parses the inputs into a typed object; every bad value fails here, before any request. */
function readInputs(rt) {
    const inputs = (0,runner_inputs/* actionInputs */.eh)(rt, 'manifest-merge');
    return {
        sources: readImagesOnce(inputs, 'sources', 'source'),
        tags: readImagesOnce(inputs, 'tags', 'tag'),
        platforms: parseExpectedPlatforms((0,runner_inputs/* readList */.LD)(inputs, 'platforms')),
        ...annotationInputs(inputs),
        format: (0,runner_inputs/* readEnum */.ai)(inputs, 'format', ['oci', 'docker'], 'oci'),
        attestations: (0,runner_inputs/* readEnum */.ai)(inputs, 'attestations', ['keep', 'drop'], 'keep'),
        ...(0,login_inputs/* readRegistryLogin */.T)(inputs),
        dryRun: (0,runner_inputs/* readBoolean */.Vf)(inputs, 'dry-run', false),
    };
}
async function run(rt) {
    // Masked before anything else can print it (an input error included).
    (0,runner_inputs/* readSecret */.n5)((0,runner_inputs/* actionInputs */.eh)(rt, 'manifest-merge'), 'password', (s) => rt.setSecret(s));
    const inputs = readInputs(rt);
    if (inputs.skippedAnnotations.length) {
        rt.log.info(`Annotations for other levels than the index left out: ${inputs.skippedAnnotations.join(', ')}`);
    }
    // The input credentials are for the registry of the (first) tag.
    const client = (0,login_inputs.createRegistryClient)(rt, inputs, inputs.tags[0].registry);
    const result = await mergeManifests(client, inputs, rt.log);
    (0,outputs/* writeOutputs */.K)(rt, 'manifest-merge', mergeOutputs(result, inputs.dryRun));
    rt.appendSummary(mergeSummary(result, inputs.dryRun));
    rt.log.info(`${inputs.dryRun ? 'Would push' : 'Pushed'} index ${result.index.digest} (${result.platforms.join(', ')}) to ${result.images.join(', ')}`);
    const byMethod = Object.entries(client.stats.byMethod)
        .map(([method, count]) => `${method} ${count}`)
        .join(', ');
    rt.log.debug(`Registry requests: ${client.stats.requests} (${byMethod})`);
}


/***/ }),

/***/ 9776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ ANNOTATION_INPUT_KEY),
/* harmony export */   n: () => (/* binding */ indexAnnotations)
/* harmony export */ });
// The `annotations` input: `key=value` lines for the index. Keys may carry buildx's level prefix
// (`index:`, `manifest:`, `manifest-descriptor:`, `index-descriptor:`, with an optional
// `[platform]`), as build-info's `annotations` output and docker/metadata-action write them, so
// those outputs can be passed straight in: unprefixed and `index:` keys go on the index; the
// other levels belong to the per-platform build and are left out (and reported).
/**
 * What an `annotations` input key may look like, in build-info and manifest-merge alike: an
 * annotation name, optionally with buildx's level prefix and `[platform]`.
 */
const ANNOTATION_INPUT_KEY = /^(?:(index|manifest|manifest-descriptor|index-descriptor)(?:\[[A-Za-z0-9_/.,-]+\])?:)?([A-Za-z0-9_.\-/]+)$/;
/** The annotations for the index, and the keys left out because they name another level. */
function indexAnnotations(lines) {
    const annotations = {};
    const skipped = [];
    for (const [key, value] of lines) {
        const match = ANNOTATION_INPUT_KEY.exec(key);
        if (!match) {
            skipped.push(key);
            continue;
        }
        const [, level, name] = match;
        if (level === undefined || level === 'index')
            annotations[name] = value;
        else
            skipped.push(key);
    }
    return { annotations, skipped };
}


/***/ }),

/***/ 3060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   Gc: () => (/* binding */ isAttestationDescriptor),
/* harmony export */   Ng: () => (/* binding */ platformKey),
/* harmony export */   WN: () => (/* binding */ normalisePlatform),
/* harmony export */   _H: () => (/* binding */ isUnknownPlatform),
/* harmony export */   bT: () => (/* binding */ REFERENCE_DIGEST_ANNOTATION)
/* harmony export */ });
/** The annotation buildx sets on the attestation manifests (provenance, SBOM) of an index. */
const REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type';
/** The annotation naming the image manifest an attestation manifest is about. */
const REFERENCE_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';
const ATTESTATION_MANIFEST = 'attestation-manifest';
/** `os/arch[/variant]` as written in the platform (no normalisation). */
function formatPlatform(platform) {
    const base = `${platform.os}/${platform.architecture}${platform.variant ? `/${platform.variant}` : ''}`;
    return platform['os.version'] ? `${base} (${platform['os.version']})` : base;
}
/** Parses `os/arch[/variant]`; undefined when the text is not of that form. */
function parsePlatform(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[A-Za-z0-9_.-]+$/.test(p)))
        return undefined;
    const platform = { os: parts[0], architecture: parts[1] };
    if (parts[2])
        platform.variant = parts[2];
    return platform;
}
/** The platform in normal form: lower case, architecture aliases resolved, default variants dropped or filled. */
function normalisePlatform(platform) {
    let os = platform.os.toLowerCase();
    if (os === 'macos')
        os = 'darwin';
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
            if (variant === 'v1')
                variant = '';
            break;
        case 'aarch64':
        case 'arm64':
            architecture = 'arm64';
            if (variant === '8' || variant === 'v8' || variant === 'v8.0')
                variant = '';
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
            if (variant === '' || variant === '7')
                variant = 'v7';
            else if (/^[5-8]$/.test(variant))
                variant = `v${variant}`;
            break;
    }
    const normal = { os, architecture };
    if (variant)
        normal.variant = variant;
    if (platform['os.version'])
        normal['os.version'] = platform['os.version'];
    return normal;
}
/** A string two platforms share exactly when they are the same platform (normalised). */
function platformKey(platform) {
    return formatPlatform(normalisePlatform(platform));
}
/** True for an attestation manifest (buildx provenance/SBOM), which has no real platform. */
function isAttestationDescriptor(descriptor) {
    return descriptor.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST;
}
/** True for the placeholder platform `unknown/unknown` of non-image manifests in an index. */
function isUnknownPlatform(platform) {
    return platform?.os === 'unknown' && platform.architecture === 'unknown';
}


/***/ }),

/***/ 4193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readInsecureHosts)
/* harmony export */ });
/* harmony import */ var _errors_input_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2650);
/* harmony import */ var _runner_inputs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5763);
/* harmony import */ var _reference__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(908);
// `registry-insecure`: the registry hosts an action may reach over plain HTTP. Its own file, apart
// from login-inputs.ts, so an action that loads the registry client lazily (multiarch-bake) reads
// it without loading the client at start.



/** `registry-insecure`: hosts as `host[:port]`; a URL (`http://x:1`) or a path is an input error. */
function readInsecureHosts(inputs) {
    const hosts = (0,_runner_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(inputs, 'registry-insecure');
    for (const host of hosts) {
        if (!(0,_reference__WEBPACK_IMPORTED_MODULE_2__/* .isRegistryHost */ .EV)(host)) {
            const bare = host.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
            const hint = bare !== host && (0,_reference__WEBPACK_IMPORTED_MODULE_2__/* .isRegistryHost */ .EV)(bare) ? `Write it as ${bare}` : undefined;
            const expected = 'hosts as host[:port] (registry.local:5000), without scheme or path';
            throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('registry-insecure', host, expected, hint);
        }
    }
    return hosts;
}


/***/ }),

/***/ 4372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ readRegistryLogin),
/* harmony export */   createRegistryClient: () => (/* binding */ createRegistryClient)
/* harmony export */ });
/* harmony import */ var _errors_input_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2650);
/* harmony import */ var _runner_inputs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5763);
/* harmony import */ var _client__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5207);
/* harmony import */ var _insecure_hosts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4193);
// The registry inputs every registry-facing action shares (`username`, `password`,
// `registry-insecure`), read once, and the client built from them.




/** Reads the login inputs; a username without a password (or the reverse) is an input error. */
function readRegistryLogin(inputs) {
    const username = (0,_runner_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(inputs, 'username');
    const password = (0,_runner_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(inputs, 'password');
    if ((username === '') !== (password === '')) {
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(username ? 'password' : 'username', '', 'a value when the other of username/password is given');
    }
    return { username, password, insecureHosts: (0,_insecure_hosts__WEBPACK_IMPORTED_MODULE_3__/* .readInsecureHosts */ .W)(inputs) };
}
/**
 * A client whose input credentials are for `loginRegistry` only, as docker/login-action's are
 * for one registry; other registries take theirs from the Docker config. Every secret the client
 * learns is masked through the runtime.
 */
function createRegistryClient(rt, login, loginRegistry) {
    return new _client__WEBPACK_IMPORTED_MODULE_2__.RegistryClient({
        credentials: login.username
            ? { [loginRegistry]: { username: login.username, password: login.password } }
            : undefined,
        insecureHosts: login.insecureHosts,
        maskSecret: (secret) => rt.setSecret(secret),
        log: rt.log,
        env: rt.env,
    });
}


/***/ }),

/***/ 7384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ isImageIndex)
/* harmony export */ });
// The shapes of OCI/Docker manifests, indexes and image configs, as far as cib reads them.
/** True when the parsed manifest is an index (has `manifests`, no `config`). */
function isImageIndex(manifest) {
    return Array.isArray(manifest.manifests);
}


/***/ }),

/***/ 8875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony exports cell, details */
// Small markdown helpers for job summaries and check-run text.
/** Escapes a value for a markdown table cell. */
function cell(value) {
    if (value === undefined || value === null || value === '')
        return '';
    return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A markdown table from a header row and data rows. */
function table(header, rows) {
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
function heading(text, level = 2) {
    return `${'#'.repeat(level)} ${text}\n\n`;
}
/** Inline code that survives backticks in the value. */
function code(value) {
    const fence = value.includes('`') ? '``' : '`';
    return `${fence}${value}${fence}`;
}
/** A fenced block inside a collapsed <details>. */
function details(summary, body, language = '') {
    return `<details><summary>${summary}</summary>\n\n\`\`\`${language}\n${body}\n\`\`\`\n\n</details>\n\n`;
}


/***/ }),

/***/ 3642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeOutputs)
/* harmony export */ });
/** Writes every output of `record`, in its order. */
function writeOutputs(rt, _action, record) {
    for (const [name, value] of Object.entries(record)) {
        if (value !== undefined)
            rt.setOutput(name, value);
    }
}


/***/ }),

/***/ 9661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
// The one clock: what time it is and how to wait. Registry, latest, manifest and HTTP code take a
// Clock handed in, so tests run on a clock they drive instead of patching timers or Date.
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


/***/ })

};
