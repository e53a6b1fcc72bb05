export const id = 139;
export const ids = [139,534,158];
export const modules = {

/***/ 3139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readInputs: () => (/* binding */ readInputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/core/src/errors/input-error.ts
var input_error = __webpack_require__(2650);
// EXTERNAL MODULE: ./packages/core/src/exec/exec.ts
var exec = __webpack_require__(8534);
// EXTERNAL MODULE: ./packages/core/src/github/api-client.ts + 2 modules
var api_client = __webpack_require__(8666);
// EXTERNAL MODULE: ./packages/core/src/registry/login-inputs.ts
var login_inputs = __webpack_require__(4372);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/core/src/version/image-tag.ts
var image_tag = __webpack_require__(342);
// EXTERNAL MODULE: ./packages/core/src/version/tag-prefix.ts
var tag_prefix = __webpack_require__(9763);
;// CONCATENATED MODULE: ./packages/core/src/latest/latest-tag.ts
// The `latest-tag` input: the moving tag latest-manager manages (`latest`, `stable`). A name that
// is a version (`1.0.0`, `v1.0.0`, with or without the tag prefix) is a release's own tag, and
// moving it would replace that release: it is refused before anything is read or written.




/** `value` when it is an image tag that names no version; an InputError naming `latest-tag` otherwise. */
function parseLatestTag(value, prefix) {
    if (!(0,reference/* isValidTag */.r_)(value))
        throw new input_error/* InputError */.d('latest-tag', value, 'an image tag such as latest or stable');
    if ((0,image_tag/* versionOfTag */.mx)(value) || (0,tag_prefix/* versionOfImageTag */.nB)(value, prefix)) {
        throw new input_error/* InputError */.d('latest-tag', value, 'a tag name that is not a version, such as latest or stable', 'A version tag holds that release: moving it would replace the release (use floating-tags for 1 and 1.2)');
    }
    return value;
}

// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(2332);
// EXTERNAL MODULE: ./packages/core/src/registry/errors.ts
var errors = __webpack_require__(9630);
;// CONCATENATED MODULE: ./packages/core/src/latest/tag-changes.ts
// What a run did to the tags it wrote. After a failure that follows a write, each write is put
// back where it can be (newest first, only where nobody moved the tag since), and every written
// tag is reported with what it held before, what it holds now and the command that puts it back:
// the error, the job summary and the outputs then say exactly where the run stopped.



/**
 * The command that points `ref` back at `digest`: skopeo copies the manifest by digest to the
 * tag unchanged (`--all` keeps an index whole, so the digest stays the same). Registries served
 * over plain HTTP (loopback, registry-insecure) need TLS verification off.
 */
function restoreCommand(ref, digest, plainHttp) {
    const tls = plainHttp ? ['--src-tls-verify=false', '--dest-tls-verify=false'] : [];
    const source = `docker://${(0,reference/* formatRepository */.Sh)(ref)}@${digest}`;
    return ['skopeo', 'copy', '--all', ...tls, source, `docker://${(0,reference/* formatReference */.FH)(ref)}`].join(' ');
}
function change(write, state, now, nowVersion, plainHttp) {
    const before = write.previous?.digest ?? '';
    const back = state === 'put-back' || state === 'moved-by-someone-else' || (now !== '' && now === before);
    return {
        ref: (0,reference/* formatReference */.FH)(write.ref),
        before,
        beforeVersion: write.previousVersion,
        now,
        nowVersion,
        state,
        restore: before && !back ? restoreCommand(write.ref, before, plainHttp) : '',
    };
}
/** The changes of writes that stand: each written tag holds the release (unknown when unanswered). */
function movedChanges(writes, plainHttp) {
    return writes.map((write) => {
        const plain = plainHttp(write.ref.registry);
        if (!write.uncertain)
            return change(write, 'moved', write.digest, write.version, plain);
        // Unknown whether it landed: the command that completes it is the one to run.
        return { ...change(write, 'unknown', '', '', plain), restore: restoreCommand(write.ref, write.digest, plain) };
    });
}
/** A tag the run should have created but stopped before: the command that creates it. */
function missingChange(ref, digest, plainHttp) {
    return {
        ref: (0,reference/* formatReference */.FH)(ref),
        before: '',
        beforeVersion: '',
        now: '',
        nowVersion: '',
        state: 'missing',
        restore: restoreCommand(ref, digest, plainHttp),
    };
}
/** Puts back one write where it can; says where its tag stands afterwards. */
async function rollBackOne(registry, write, log, plainHttp) {
    const shown = (0,reference/* formatReference */.FH)(write.ref);
    let now;
    try {
        now = (await registry.headManifest(write.ref))?.digest ?? '';
    }
    catch (error) {
        log.warning(`Rollback: could not read ${shown}: ${(0,cib_error/* errorMessage */.gJ)(error)}`);
        // Our write was acknowledged, so the tag holds it as far as anyone can tell.
        return write.uncertain
            ? change(write, 'unknown', '', '', plainHttp)
            : change(write, 'left', write.digest, write.version, plainHttp);
    }
    if (now !== write.digest) {
        if (write.uncertain && now === (write.previous?.digest ?? '')) {
            return change(write, 'put-back', now, write.previousVersion, plainHttp); // the write never landed
        }
        log.warning(`Rollback: ${shown} was moved by someone else since; left as it is`);
        return change(write, 'moved-by-someone-else', now, '', plainHttp);
    }
    if (!write.previous) {
        log.warning(`Rollback: ${shown} did not exist before and registries cannot delete a tag; it stays`);
        return change(write, 'left', now, write.version, plainHttp);
    }
    try {
        await registry.putManifest(write.ref, write.previous.bytes, write.previous.mediaType);
        log.info(`Rollback: ${shown} back to ${write.previous.digest}`);
        return change(write, 'put-back', write.previous.digest, write.previousVersion, plainHttp);
    }
    catch (error) {
        log.warning(`Rollback: could not put back ${shown}: ${(0,cib_error/* errorMessage */.gJ)(error)}`);
        // A refusal leaves our write; a lost answer leaves it unknown.
        return error instanceof errors/* RegistryError */.gl
            ? change(write, 'left', write.digest, write.version, plainHttp)
            : change(write, 'unknown', '', '', plainHttp);
    }
}
/** Puts back, newest first, the tags this run wrote; returns where each stands, in write order. */
async function rollBack(registry, writes, log, plainHttp) {
    const changes = [];
    for (const write of [...writes].reverse()) {
        changes.unshift(await rollBackOne(registry, write, log, plainHttp(write.ref.registry)));
    }
    return changes;
}
function digestText(digest, version, absent) {
    if (!digest)
        return absent;
    return version ? `${digest} (${version})` : digest;
}
const STATE_NOTES = {
    moved: '',
    left: '',
    'put-back': ' (put back)',
    'moved-by-someone-else': ' (moved by someone else since; left as it is)',
    unknown: '',
    missing: '',
};
/** One line about one changed tag: before, now, and how to put it back. */
function describeChange(c) {
    if (c.state === 'missing')
        return `${c.ref}: absent, not created (the run stopped first); create it with: ${c.restore}`;
    const now = digestText(c.now, c.nowVersion, 'unknown (the registry did not answer)');
    const gone = !c.before && c.state !== 'put-back' ? '; it did not exist before and a registry cannot delete only a tag' : '';
    const restore = c.restore ? `; put it back with: ${c.restore}` : '';
    return `${c.ref}: was ${digestText(c.before, c.beforeVersion, 'absent')}, now ${now}${STATE_NOTES[c.state]}${gone}${restore}`;
}
/** Whether any written tag is not back where it was (or cannot be told). */
function isPartial(changes) {
    return changes.some((c) => c.state !== 'put-back' && c.state !== 'moved-by-someone-else');
}
/** A failure after this run wrote tags: the cause, then every tag written and where it stands. */
class PartialReleaseError extends cib_error/* CibError */.hi {
    changes;
    constructor(cause, changes) {
        const lines = changes.map((c) => `  ${describeChange(c)}`).join('\n');
        super(`${(0,cib_error/* errorMessage */.gJ)(cause)}\nThis run changed ${changes.length} tag(s) before it stopped:\n${lines}`, { cause });
        this.name = 'PartialReleaseError';
        this.changes = changes;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/latest/outcome.ts
const STRATEGIES = ['auto', 'force', 'skip'];

// EXTERNAL MODULE: ./packages/core/src/time/clock.ts
var clock = __webpack_require__(9661);
;// CONCATENATED MODULE: ./packages/core/src/version/prerelease.ts
// The prerelease heuristic of the original pipeline: a version whose suffix names a
// prerelease word (alpha, beta, rc, pre, dev, test by default) is not a release for `latest`.

/** The default `prerelease-pattern`, the words the original bash looked for. */
const DEFAULT_PRERELEASE_PATTERN = 'alpha|beta|rc|pre|dev|test';
/**
 * Compiles a `prerelease-pattern` (a regular expression, matched case-insensitively anywhere in
 * the suffix). `input` names the action input for the error when the pattern does not compile.
 */
function compilePrereleasePattern(pattern, input = 'prerelease-pattern') {
    try {
        return new RegExp(pattern || DEFAULT_PRERELEASE_PATTERN, 'i');
    }
    catch (error) {
        // V8 writes "Invalid regular expression: /<pattern>/i: Unterminated group": the error already
        // shows the pattern once, so keep only why it does not compile.
        const why = error.message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '');
        throw new input_error/* InputError */.d(input, pattern, `a regular expression (${why})`);
    }
}
/**
 * Whether the version is a prerelease by the heuristic: it has a suffix and the pattern matches
 * the suffix. Only the suffix is looked at, so a pattern never matches the numbers or a `v`.
 */
function isPrerelease(version, pattern) {
    return version.suffix !== '' && pattern.test(version.suffix);
}

// EXTERNAL MODULE: ./packages/core/src/version/version.ts
var version_version = __webpack_require__(9018);
;// CONCATENATED MODULE: ./packages/core/src/latest/created-tags.ts
// Creates the tags a release needs that do not exist yet (`latest` on a first release, a new
// floating `1.1`). A registry cannot delete a tag, so a created tag cannot be taken back: they are
// created only after every existing tag moved forward, `latest` first, so that a floating tag is
// never created ahead of `latest`. If a creation fails, the existing tags stay forward (that state
// is consistent) and the tags still to create are reported with the command that creates them;
// only when `latest` itself could not be created and nothing was created yet are the existing
// tags put back, since floating tags ahead of an absent `latest` would be a half state.


const refOf = (t) => (0,reference/* withTag */.Rd)(t.release.repository, t.options.tag);
/** Creates `toCreate`, `latest` tags first; on failure throws a PartialReleaseError saying what stands. */
async function createTags(toCreate, writes, context) {
    const { registry, log, plainHttp } = context;
    const ordered = [...toCreate.filter((t) => !t.options.series), ...toCreate.filter((t) => t.options.series)];
    const moved = writes.length;
    for (const [i, item] of ordered.entries()) {
        try {
            const outcome = await item.create();
            if (!outcome)
                throw new Error(`moveTag skipped ${(0,reference/* formatReference */.FH)(refOf(item))} while creating it`);
            item.place(outcome);
        }
        catch (error) {
            if (writes.length === 0)
                throw error;
            if (writes.length === moved && !item.options.series) {
                log.warning(`${(0,reference/* formatReference */.FH)(refOf(item))} could not be created: putting back the ${moved} tag(s) this run moved, ` +
                    'so that no floating tag is ahead of it');
                throw new PartialReleaseError(error, await rollBack(registry, writes, log, plainHttp));
            }
            const written = new Set(writes.map((w) => (0,reference/* formatReference */.FH)(w.ref)));
            const missing = ordered.slice(i).filter((t) => !written.has((0,reference/* formatReference */.FH)(refOf(t))));
            log.warning(`The existing tags moved forward and stay there; ${missing.length} tag(s) still to create: ` +
                missing.map((t) => (0,reference/* formatReference */.FH)(refOf(t))).join(', '));
            const plain = (t) => plainHttp(t.release.repository.registry);
            throw new PartialReleaseError(error, [
                ...movedChanges(writes, plainHttp),
                ...missing.map((t) => missingChange(refOf(t), t.release.digest, plain(t))),
            ]);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/latest/own-release.ts
// Whether a floating tag (`5.1`, `6`) holds the release of exactly its own version. Release 5.1
// pushed as `5.1` has that tag as its only name: moving the floating tag `5.1` for release 5.1.1
// would take release 5.1 away. Such a tag is never moved.

/**
 * Why the image behind the floating `tag` is the release of exactly the tag's own version, or
 * undefined when it is not. `behind` is the version found for the image (move-tag.ts):
 * - from its metadata (annotation or label): the same numbers at the same precision and no
 *   prerelease (`5.1`, `v5.1`, `5.1+build.3` for `5.1`; not `5.1.0`, which has a tag of its own);
 * - nothing (`none`: no metadata, and no version tag has its digest): the tag is the only version
 *   tag of that image, so it is the release of that version.
 */
function holdsOwnRelease(tag, behind) {
    const own = (0,version_version/* parseVersion */.ot)(tag);
    if (!own || own.prerelease.length > 0)
        return undefined;
    const found = behind.version;
    if ((behind.source === 'annotation' || behind.source === 'label') && found) {
        const same = found.precision === own.precision && found.prerelease.length === 0 && (0,version_version/* compareVersions */.Zy)(found, own) === 0;
        return same ? `${found.raw} (its ${behind.source} org.opencontainers.image.version says so)` : undefined;
    }
    if (behind.source === 'none')
        return `${own.raw} (no other version tag names its image)`;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/latest/first-match.ts
// An ordered search with bounded concurrency: test items in order, several at a time, and
// answer the first item (in the given order, not in finishing order) that passes. Used to find
// which version tag `latest` points to, highest version first, without asking for every tag.
/**
 * The index of the first item for which `test` is true, or -1. At most `concurrency` tests run
 * at once; no test starts for an item after one already known to pass. An error from a test is
 * thrown once the tests in flight have settled.
 */
async function findFirstIndex(items, test, concurrency) {
    const results = new Array(items.length);
    let next = 0;
    let settled = 0; // every index below this was tested and failed
    let lowestPass = items.length; // the lowest index known to pass
    let inFlight = 0;
    let failed = false;
    let failure;
    // Settles with the answer or with the first error, which is thrown as the test threw it.
    const outcome = await new Promise((resolve) => {
        const step = () => {
            while (settled < lowestPass && results[settled] === false)
                settled++;
            if (failed) {
                if (inFlight === 0)
                    resolve({ error: failure });
                return;
            }
            if (settled >= lowestPass) {
                // Everything before the lowest pass failed: it is the answer (or nothing passed).
                if (inFlight === 0)
                    resolve({ index: lowestPass < items.length ? lowestPass : -1 });
                return;
            }
            while (inFlight < Math.max(1, concurrency) && next < lowestPass) {
                const index = next++;
                inFlight++;
                test(items[index], index).then((passed) => {
                    inFlight--;
                    results[index] = passed;
                    if (passed && index < lowestPass)
                        lowestPass = index;
                    step();
                }, (error) => {
                    inFlight--;
                    if (!failed)
                        failure = error;
                    failed = true;
                    step();
                });
            }
        };
        step();
    });
    if ('error' in outcome)
        throw outcome.error;
    return outcome.index;
}

;// CONCATENATED MODULE: ./packages/core/src/latest/tag-search.ts
// Which version tag a digest is, found by asking the registry about tags: list them (paginated),
// keep those that name a version that could be the answer, and compare digests highest version
// first with bounded concurrency, stopping at the first match. The original bash asked for the
// digest of every tag, one at a time.




/** The version tags among `tags`, highest first. Floating tags (`1`, `1.9`) are left out unless versions are written that short. */
function versionTags(tags, prefix, minPrecision = 3) {
    const found = [];
    for (const tag of tags) {
        const version = (0,tag_prefix/* versionOfImageTag */.nB)(tag, prefix);
        if (version && version.precision >= minPrecision)
            found.push({ tag, version });
    }
    return found.sort((a, b) => (0,version_version/* compareVersions */.Zy)(b.version, a.version));
}
/** The highest version tag among `candidates` whose manifest digest is `digest`. */
async function findTagByDigest(registry, repository, candidates, digest, concurrency) {
    let compared = 0;
    const test = async (candidate) => {
        compared++;
        const head = await registry.headManifest((0,reference/* withTag */.Rd)(repository, candidate.tag));
        return head?.digest === digest;
    };
    // Usually the tag is the highest version: ask for it alone first, so the common case costs
    // one request instead of a window of `concurrency` requests mostly wasted.
    if (candidates.length > 0 && (await test(candidates[0])))
        return { match: candidates[0], compared };
    const rest = candidates.slice(1);
    const index = await findFirstIndex(rest, test, concurrency);
    return { match: index >= 0 ? rest[index] : undefined, compared };
}

;// CONCATENATED MODULE: ./packages/core/src/latest/move-tag.ts
// Moves one tag (`latest`, or a floating `1` / `1.9`) of one image forward to the release, or
// leaves it: read what it points to now, find that version (metadata first, tag search after),
// compare, and retag by copying the release's manifest bytes unchanged. The tag is read again
// right before writing and once more after a short settle time; if another release moved it
// meanwhile, the decision is taken again, so two releases racing end at the greater version. A
// floating tag that holds the release of exactly its own version (`5.1` holding 5.1) never moves.






/** The manifest a tag points to now, or undefined when the tag does not exist. */
async function readTag(registry, ref) {
    try {
        return await registry.getManifest(ref);
    }
    catch (error) {
        if (error instanceof errors/* RegistryError */.gl && (error.status === 404 || error.code === 'MANIFEST_UNKNOWN'))
            return undefined;
        throw error;
    }
}
function inSeries(version, series) {
    if (!series)
        return true;
    return version.major === series.major && (series.minor === undefined || version.minor === series.minor);
}
/** The version `current` is: its own metadata, else the highest version tag with its digest. */
async function versionBehind(release, ref, current, options, context) {
    const shown = (0,reference/* formatReference */.FH)(ref);
    const meta = await context.metadataVersion(ref, current);
    if (meta) {
        context.log.info(`${shown}: version ${meta.version.raw} read from its ${meta.source} org.opencontainers.image.version`);
        return { version: meta.version, source: meta.source };
    }
    const candidates = (await context.versionTags()).filter((c) => c.tag !== release.tag && inSeries(c.version, options.series));
    const found = await findTagByDigest(context.registry, release.repository, candidates, current.digest, context.concurrency);
    context.log.info(`${shown}: no version metadata; compared ${found.compared} of ${candidates.length} version tags, highest first: ` +
        (found.match ? `it is ${found.match.tag}` : 'none has its digest'));
    return found.match ? { version: found.match.version, source: 'tag-search' } : { source: 'none' };
}
async function decide(release, ref, current, options, context) {
    const name = release.version?.raw ?? release.tag;
    if (options.forced) {
        const meta = current ? await context.metadataVersion(ref, current) : undefined;
        return {
            move: current?.digest !== release.digest,
            reason: 'forced',
            detail: current?.digest === release.digest ? `forced; already at ${name}` : `forced to ${name}`,
            previousVersion: meta?.version.raw ?? '',
            previousVersionSource: meta?.source ?? (current ? 'none' : ''),
        };
    }
    if (!current) {
        return {
            move: true,
            reason: 'no-latest-yet',
            detail: `${options.tag} does not exist yet: ${name} becomes ${options.tag}`,
            previousVersion: '',
            previousVersionSource: '',
        };
    }
    if (current.digest === release.digest) {
        return {
            move: false,
            reason: 'not-newer',
            detail: `${options.tag} already points to ${name}`,
            previousVersion: name,
            previousVersionSource: 'same-digest',
        };
    }
    const behind = await versionBehind(release, ref, current, options, context);
    const own = options.series ? holdsOwnRelease(options.tag, behind) : undefined;
    if (own) {
        return {
            move: false,
            reason: 'own-release',
            detail: `${options.tag} holds release ${own}: a release's own tag is never moved`,
            previousVersion: behind.version?.raw ?? '',
            previousVersionSource: behind.source,
        };
    }
    if (!behind.version || !release.version) {
        return {
            move: true,
            reason: 'newer',
            detail: `${options.tag} (${current.digest}) matches no version tag: treated as older than ${name}`,
            previousVersion: '',
            previousVersionSource: behind.source,
        };
    }
    const newer = (0,version_version/* compareVersions */.Zy)(release.version, behind.version) > 0;
    return {
        move: newer,
        reason: newer ? 'newer' : 'not-newer',
        detail: `${name} ${newer ? '>' : '<='} ${behind.version.raw} (current ${options.tag})`,
        previousVersion: behind.version.raw,
        previousVersionSource: behind.source,
    };
}
/** Says what the registry's refusal to write most likely means. */
function writeRefused(error, ref) {
    if (!(error instanceof errors/* RegistryError */.gl))
        throw error;
    // The client's errors carry the hint of registry/errors.ts's table already (in their message);
    // others (a test double's) get it from the same table.
    const hint = error.hint
        ? undefined
        : (0,errors/* registryHint */.tv)({
            status: error.status,
            code: error.code,
            message: error.message,
            challenge: '',
            registry: ref.registry,
            repository: ref.repository,
            reference: (0,reference/* formatReference */.FH)(ref),
            access: 'push',
            credentialsRefused: error.status === 401,
        });
    throw new cib_error/* CibError */.hi(`The registry refused to move ${(0,reference/* formatReference */.FH)(ref)}: ${error.message}`, { hint, cause: error });
}
/**
 * Writes the release to `ref`. A write that failed or whose answer was lost may still have
 * landed, so the tag is read again: holding the release, it counts as written; holding what it
 * held before, the write failed cleanly; unreadable, the write is recorded as uncertain.
 */
async function writeTag(ref, manifest, write, context) {
    try {
        await context.registry.putManifest(ref, manifest.bytes, manifest.mediaType);
    }
    catch (error) {
        let now;
        try {
            now = await context.registry.headManifest(ref);
        }
        catch (readError) {
            context.log.warning(`${(0,reference/* formatReference */.FH)(ref)}: could not read it after a failed write: ${(0,cib_error/* errorMessage */.gJ)(readError)}`);
            now = 'unreadable';
        }
        if (now !== 'unreadable' && now?.digest === manifest.digest) {
            context.log.info(`${(0,reference/* formatReference */.FH)(ref)}: the write failed (${(0,cib_error/* errorMessage */.gJ)(error)}) but landed`);
            return;
        }
        if (now === 'unreadable')
            context.onWrite({ ...write, uncertain: true });
        writeRefused(error, ref);
    }
}
/**
 * Decides and (unless dry-run) moves `options.tag` of the release's repository to the release.
 * Returns what was decided in the last round; undefined when `existingOnly` and the tag is absent.
 */
async function moveTag(release, options, context, releaseManifest) {
    const ref = (0,reference/* withTag */.Rd)(release.repository, options.tag);
    const shown = (0,reference/* formatReference */.FH)(ref);
    for (let round = 1; round <= context.maxRounds; round++) {
        const current = await readTag(context.registry, ref);
        if (!current && options.existingOnly) {
            context.log.info(`${shown}: does not exist yet: created once every existing tag has moved`);
            return undefined;
        }
        const decision = await decide(release, ref, current, options, context);
        const outcome = {
            tag: options.tag,
            ref: shown,
            updated: false,
            reason: decision.reason,
            detail: decision.detail,
            previousVersion: decision.previousVersion,
            previousDigest: current?.digest ?? '',
            previousVersionSource: decision.previousVersionSource,
        };
        const verb = decision.move ? (context.dryRun ? 'would move (dry run)' : 'moves') : 'stays';
        const line = `${shown}: ${verb}: ${decision.reason}: ${decision.detail}`;
        // Keeping a release's own tag is worth a warning: the user may have expected it to move.
        if (decision.reason === 'own-release')
            context.log.warning(line);
        else
            context.log.info(line);
        if (!decision.move || context.dryRun)
            return outcome;
        // Another release may have moved the tag while we looked up versions.
        const now = await context.registry.headManifest(ref);
        if (now?.digest !== current?.digest) {
            context.log.info(`${shown}: changed since it was read (${current?.digest ?? 'absent'} -> ${now?.digest ?? 'absent'}): deciding again`);
            continue;
        }
        const manifest = await releaseManifest();
        const write = {
            ref,
            digest: manifest.digest,
            version: release.version?.raw ?? '',
            previous: current,
            previousVersion: decision.previousVersion,
        };
        await writeTag(ref, manifest, write, context);
        context.onWrite(write);
        await context.clock.sleep(context.settleMs);
        const after = await context.registry.headManifest(ref);
        if (after?.digest === release.digest) {
            context.log.info(`${shown}: now ${release.digest} (${release.tag})`);
            return { ...outcome, updated: true };
        }
        context.log.info(`${shown}: moved by someone else right after our write (now ${after?.digest ?? 'absent'}): deciding again`);
    }
    throw new cib_error/* CibError */.hi(`${shown} kept changing while we decided (${context.maxRounds} rounds)`, {
        hint: 'Another release is moving it at the same time; run this release again once that one is done',
    });
}
/** Fetches the release's manifest by digest (bytes verified), for copying unchanged. */
function releaseManifestLoader(registry, release) {
    let loaded;
    return () => (loaded ??= registry.getManifest((0,reference/* withDigest */.hQ)(release.repository, release.digest)));
}

// EXTERNAL MODULE: ./packages/core/src/manifest/platform.ts
var platform = __webpack_require__(3060);
// EXTERNAL MODULE: ./packages/core/src/registry/media-types.ts
var media_types = __webpack_require__(2969);
;// CONCATENATED MODULE: ./packages/core/src/latest/image-version.ts
// Which version an image in the registry is, read cheaply from its own metadata: the index or
// manifest annotation `org.opencontainers.image.version`, else the config label of the same name
// (metadata-action and cib's build-info set both). Two to four requests whatever the tag count.




const VERSION_KEY = 'org.opencontainers.image.version';
/** Attestation manifests (buildx provenance/SBOM) carry no labels: skip them. */
function isAttestation(descriptor) {
    return (0,platform/* isAttestationDescriptor */.Gc)(descriptor) || (0,platform/* isUnknownPlatform */._H)(descriptor.platform);
}
function fromAnnotations(annotations) {
    const value = annotations?.[VERSION_KEY];
    return value ? (0,version_version/* parseVersion */.ot)(value) : undefined;
}
/**
 * The version `manifest` (already fetched from `ref`) declares about itself, or undefined when it
 * declares none or one that is not a version (`main`, a commit SHA).
 */
async function versionFromMetadata(registry, ref, manifest) {
    const annotated = fromAnnotations(manifest.json.annotations);
    if (annotated)
        return { version: annotated, source: 'annotation' };
    let image;
    let imageRef = ref;
    if ((0,media_types/* isIndexMediaType */.$$)(manifest.mediaType) || 'manifests' in manifest.json) {
        const child = manifest.json.manifests.find((d) => !isAttestation(d));
        if (!child)
            return undefined;
        const childVersion = fromAnnotations(child.annotations);
        if (childVersion)
            return { version: childVersion, source: 'annotation' };
        imageRef = (0,reference/* withDigest */.hQ)(ref, child.digest);
        const fetched = await registry.getManifest(imageRef);
        if ('manifests' in fetched.json)
            return undefined; // nested index: not worth more requests
        image = fetched.json;
        const own = fromAnnotations(image.annotations);
        if (own)
            return { version: own, source: 'annotation' };
    }
    else {
        image = manifest.json;
    }
    if (!image.config)
        return undefined;
    const config = await registry.getConfig(imageRef, image);
    const label = config.config?.Labels?.[VERSION_KEY];
    const version = label ? (0,version_version/* parseVersion */.ot)(label) : undefined;
    return version ? { version, source: 'label' } : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/latest/manage-latest.ts
// The latest decision for a release, over one or more images: strategy; tag type
// (override, git, remote, heuristic); lightweight or prerelease stays; the release must exist on
// every image before anything moves; then, per image, `latest` moves only forward, and with
// floating tags `<major>` and `<major>.<minor>` move forward within their series (never backwards,
// not even forced, and never off a release of their own version). Tags that exist move first on
// every image and a failure then puts back those moved; tags to create come last (created-tags.ts),
// since none can be taken back. Where each tag stands is reported. Every step is logged in one line.












/** Every image keeps its tags: the same reason for all of them, nothing asked of the registry. */
function unchanged(request, reason, detail, tagType) {
    const images = request.images.map((image) => {
        const repository = (0,reference/* formatRepository */.Sh)(image);
        const latest = {
            tag: request.latestTag,
            ref: `${repository}:${request.latestTag}`,
            updated: false,
            reason,
            detail,
            previousVersion: '',
            previousDigest: '',
            previousVersionSource: '',
        };
        return { image: repository, versionTag: '', digest: '', latest, floating: [] };
    });
    return { version: request.version, strategy: request.strategy, tagType, dryRun: request.dryRun, images, changes: [] };
}
/** Finds the release in one image: the first candidate tag (`1.2.3`, `v1.2.3`) that exists. */
async function findRelease(registry, repository, request, version) {
    for (const tag of (0,tag_prefix/* candidateImageTags */.Mi)(request.version, request.tagPrefix)) {
        const head = await registry.headManifest((0,reference/* withTag */.Rd)(repository, tag));
        if (head)
            return { repository, tag, digest: head.digest, version };
    }
    return undefined;
}
/** Runs the latest-tag decision for `request`; writes unless dry-run. Throws on bad input. */
async function manageLatest(request, context) {
    const { registry, log } = context;
    const plainHttp = context.plainHttp ?? (() => false);
    const info = (line) => log.info(line);
    // 1. Strategy.
    info(`Strategy: ${request.strategy}`);
    if (request.strategy === 'skip') {
        return unchanged(request, 'skipped-by-strategy', 'strategy is skip: no tag moves');
    }
    const version = (0,version_version/* parseVersion */.ot)(request.version);
    if (!version && request.strategy !== 'force') {
        throw new input_error/* InputError */.d('version', request.version, 'a version such as 1.2.3, v1.2.3 or 1.8.7alpha', 'Set strategy: force to move latest to a tag that is not a version');
    }
    // Shown once, shortened: a version of any length is echoed nowhere else in full.
    info(`Version: ${(0,cib_error/* quoteForMessage */.Hx)(request.version)}${version ? '' : ' (not a version; forced)'}`);
    // 2. and 3. Tag type, prerelease.
    let tagType;
    if (request.strategy === 'auto' && version) {
        tagType = await context.resolveTagType(request.version, request.tagType, version);
        if (tagType.type === 'lightweight') {
            info(`Decision: lightweight tag (${tagType.source}): internal release, no tag moves`);
            return unchanged(request, 'lightweight-tag', `${request.version} is a lightweight tag (${tagType.source})`, tagType);
        }
        if (isPrerelease(version, request.prereleasePattern)) {
            info(`Decision: ${request.version} is a prerelease (suffix "${version.suffix}" matches ${request.prereleasePattern.source}): no tag moves`);
            return unchanged(request, 'prerelease', `${request.version} is a prerelease`, tagType);
        }
    }
    // The release must be on every image before any tag moves anywhere.
    const releases = await Promise.all(request.images.map((image) => findRelease(registry, image, request, version)));
    const missing = request.images.filter((_, i) => !releases[i]);
    if (missing.length > 0) {
        const tags = (0,tag_prefix/* candidateImageTags */.Mi)(request.version, request.tagPrefix).join(' or ');
        throw new cib_error/* CibError */.hi(`The release ${request.version} (tag ${tags}) is missing from ${missing.map(reference/* formatRepository */.Sh).join(', ')}: no tag moved on any image`, { hint: 'Push the release to every image listed in "images" first, or check "version" and "tag-prefix"' });
    }
    for (const release of releases) {
        info(`Release: ${(0,reference/* formatReference */.FH)((0,reference/* withTag */.Rd)(release.repository, release.tag))} is ${release.digest}`);
    }
    // 4. to 6., image by image: first every tag that exists (a failure puts them back), then the
    // tags to create, which no registry can take back (created-tags.ts).
    const writes = [];
    const toCreate = [];
    const images = [];
    try {
        for (const release of releases) {
            images.push(await manageImage(release, request, context, writes, toCreate));
        }
    }
    catch (error) {
        if (writes.length === 0)
            throw error;
        log.warning(`Putting back the ${writes.length} tag(s) this run moved, so that the images stay together`);
        throw new PartialReleaseError(error, await rollBack(registry, writes, log, plainHttp));
    }
    await createTags(toCreate, writes, { registry, log, plainHttp });
    const changes = movedChanges(writes, plainHttp);
    return { version: request.version, strategy: request.strategy, tagType, dryRun: request.dryRun, images, changes };
}
async function manageImage(release, request, context, writes, toCreate) {
    const { registry } = context;
    let listed;
    // `latest`, `1` and `1.9` often point to the same previous release: read its metadata once.
    const metadata = new Map();
    const minPrecision = release.version ? Math.min(3, release.version.precision) : 3;
    const moveContext = {
        registry,
        versionTags: () => (listed ??= registry.listTags(release.repository).then((tags) => {
            const found = versionTags(tags, request.tagPrefix, minPrecision);
            context.log.info(`${(0,reference/* formatRepository */.Sh)(release.repository)}: ${tags.length} tags listed, ${found.length} name a version`);
            return found;
        })),
        metadataVersion: (ref, current) => {
            let found = metadata.get(current.digest);
            if (!found) {
                found = versionFromMetadata(registry, ref, current);
                metadata.set(current.digest, found);
            }
            return found;
        },
        log: context.log,
        concurrency: context.concurrency ?? 8,
        settleMs: context.settleMs ?? 1000,
        maxRounds: context.maxRounds ?? 5,
        clock: context.clock ?? clock/* systemClock */.m,
        dryRun: request.dryRun,
        onWrite: (write) => writes.push(write),
    };
    const manifest = releaseManifestLoader(registry, release);
    const forced = request.strategy === 'force';
    const image = {
        image: (0,reference/* formatRepository */.Sh)(release.repository),
        versionTag: release.tag,
        digest: release.digest,
        latest: undefined, // set below, now or once created
        floating: [],
    };
    /** Moves the tag if it exists; else queues it for creation, `place` filling in its outcome. */
    const move = async (options, place) => {
        const outcome = await moveTag(release, { ...options, existingOnly: true }, moveContext, manifest);
        if (outcome)
            place(outcome);
        else
            toCreate.push({ release, options, place, create: () => moveTag(release, options, moveContext, manifest) });
    };
    await move({ tag: request.latestTag, forced }, (o) => (image.latest = o));
    // Forced or not, a prerelease never moves a floating tag (force is for `latest` alone).
    const prerelease = release.version && isPrerelease(release.version, request.prereleasePattern);
    if (request.floatingTags && release.version && !prerelease) {
        const v = release.version;
        const own = new Set([release.tag, request.latestTag, ...(0,tag_prefix/* candidateImageTags */.Mi)(request.version, request.tagPrefix)]);
        const series = [{ major: v.major }, { major: v.major, minor: v.minor }];
        for (const [i, name] of (0,version_version/* floatingTagNames */.Jz)(v).entries()) {
            // `1.2` released as a version is its own tag, not a floating one.
            if (own.has(name) || (i === 1 && v.precision < 3))
                continue;
            // Kept in the order of the tags: a slot per tag, filled now or once created.
            const slot = image.floating.length;
            image.floating.push(undefined);
            await move({ tag: name, forced: false, series: series[i] }, (o) => (image.floating[slot] = o));
        }
    }
    return image;
}

// EXTERNAL MODULE: ./packages/core/src/runner/markdown.ts
var markdown = __webpack_require__(8875);
;// CONCATENATED MODULE: ./packages/core/src/latest/report.ts
// What the latest decision tells the user: the action's outputs and the job summary table (one
// row per moving tag of each image), and after a failure that followed a write, where every tag
// this run changed stands.


/** One value when all images agree (or there is one image), else the per-image values comma-separated in `images` order. */
function perImage(values) {
    return new Set(values).size <= 1 ? (values[0] ?? '') : values.join(',');
}
/** The action outputs, by name. */
function latestOutputs(outcome) {
    const latest = outcome.images.map((i) => i.latest);
    const moved = outcome.images.flatMap((i) => i.floating.filter((f) => f.updated).map((f) => f.ref));
    const protectedTags = outcome.images.flatMap((i) => i.floating.filter((f) => f.reason === 'own-release').map((f) => f.ref));
    return {
        updated: String(latest.some((l) => l.updated)),
        reason: perImage(latest.map((l) => l.reason)),
        'reason-detail': perImage(latest.map((l) => l.detail)),
        'tag-type': outcome.tagType?.type ?? '',
        'tag-type-source': outcome.tagType?.source ?? '',
        'previous-version': perImage(latest.map((l) => l.previousVersion)),
        'previous-digest': perImage(latest.map((l) => l.previousDigest)),
        digest: perImage(outcome.images.map((i) => i.digest)),
        'floating-tags-moved': moved.join(','),
        'floating-tags-protected': protectedTags.join(','),
        ...changeOutputs(outcome.changes, false),
    };
}
/** `changed-tags` (JSON, one entry per tag written) and `partial` (the run stopped half-way). */
function changeOutputs(changes, failed) {
    return {
        'changed-tags': JSON.stringify(changes),
        partial: String(failed && isPartial(changes)),
    };
}
function shortDigest(digest) {
    return digest ? (0,markdown/* code */.aY)(digest.slice(0, 19)) : '';
}
function row(image, versionTag, digest, tag, dryRun) {
    const action = tag.updated
        ? 'moved'
        : dryRun && (tag.reason === 'newer' || tag.reason === 'no-latest-yet' || tag.reason === 'forced')
            ? 'would move (dry run)'
            : 'kept';
    const before = tag.previousDigest ? `${tag.previousVersion || '?'} ${shortDigest(tag.previousDigest)}` : 'none';
    return [
        image,
        (0,markdown/* code */.aY)(tag.tag),
        before,
        versionTag ? `${versionTag} ${shortDigest(digest)}` : '',
        action,
        tag.reason,
        tag.detail,
    ];
}
function changeRows(changes) {
    const digest = (d, version, empty) => d ? `${shortDigest(d)}${version ? ` ${version}` : ''}` : empty;
    return changes.map((c) => [
        (0,markdown/* code */.aY)(c.ref),
        digest(c.before, c.beforeVersion, 'absent'),
        digest(c.now, c.nowVersion, 'unknown'),
        c.state,
        c.restore ? (0,markdown/* code */.aY)(c.restore) : '',
    ]);
}
function changesTable(changes) {
    return (0,markdown/* table */.tp)(['Tag', 'Before', 'Now', 'State', 'Put back with'], changeRows(changes));
}
/** The job summary of a run that failed after writing: every tag it changed and where it stands. */
function partialSummary(message, changes) {
    return ((0,markdown/* heading */.R_)('latest-manager: stopped after changing tags') +
        `Stopped after changing tags: ${message.split('\n')[0]}\n\n` +
        changesTable(changes));
}
/** The job summary: the release, the tag type and one table row per tag of each image. */
function latestSummary(outcome) {
    const tagType = outcome.tagType ? `${outcome.tagType.type} (from ${outcome.tagType.source})` : 'not checked';
    const rows = outcome.images.flatMap((i) => [i.latest, ...i.floating].map((tag) => row(i.image, i.versionTag, i.digest, tag, outcome.dryRun)));
    return ((0,markdown/* heading */.R_)('latest-manager') +
        `Release ${(0,markdown/* code */.aY)(outcome.version)}, strategy ${(0,markdown/* code */.aY)(outcome.strategy)}, tag type ${tagType}` +
        `${outcome.dryRun ? ', **dry run: nothing written**' : ''}.\n\n` +
        (0,markdown/* table */.tp)(['Image', 'Tag', 'Before', 'Release', 'Action', 'Reason', 'Detail'], rows) +
        (outcome.changes.length ? `\nTags written, and how to put each back:\n\n${changesTable(outcome.changes)}` : ''));
}

;// CONCATENATED MODULE: ./packages/core/src/git/fetch-tag.ts
// Fetches one tag ref again from the remote, overwriting the local one. actions/checkout before
// v6.0.2 fetches the triggering tag as `+<sha>:refs/tags/X`, which leaves a lightweight ref where
// the remote has an annotated tag; fetching `refs/tags/X:refs/tags/X` brings the tag object back.

/** `git fetch --no-tags -f <remote> refs/tags/<tag>:refs/tags/<tag>` in `cwd`; never throws. */
async function fetchTagRef(exec, cwd, tag, options = {}) {
    const ref = `refs/tags/${tag}`;
    let result;
    try {
        result = await exec('git', ['fetch', '--no-tags', '-f', options.remote ?? 'origin', `${ref}:${ref}`], {
            cwd,
            allowFailure: true,
            timeoutMs: options.timeoutMs ?? 60_000,
            // Never let git wait for a password on a terminal nobody watches.
            env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0' },
        });
    }
    catch (error) {
        // A git that cannot start or hangs is one more reason to ask the API instead.
        return { ok: false, detail: (0,cib_error/* errorMessage */.gJ)(error) };
    }
    const lines = (result.stderr.trim() || result.stdout.trim())
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .slice(0, 2)
        .join(' / ');
    return { ok: result.exitCode === 0, detail: lines };
}

// EXTERNAL MODULE: ./packages/core/src/git/shallow.ts
var git_shallow = __webpack_require__(482);
;// CONCATENATED MODULE: ./packages/core/src/git/tag-object.ts
/** Reads the type of `refs/tags/<tag>` in the repository at `cwd`; `missing` also outside a repository. */
async function localTagType(exec, cwd, tag) {
    // `--` is not accepted by cat-file; the full ref name keeps a tag named like an option harmless.
    const result = await exec('git', ['cat-file', '-t', `refs/tags/${tag}`], { cwd, allowFailure: true });
    if (result.exitCode !== 0)
        return 'missing';
    return result.stdout.trim() === 'tag' ? 'annotated' : 'lightweight';
}

// EXTERNAL MODULE: ./packages/core/src/github/api-error.ts
var api_error = __webpack_require__(6398);
// EXTERNAL MODULE: ./packages/core/src/github/repository.ts + 1 modules
var github_repository = __webpack_require__(3015);
;// CONCATENATED MODULE: ./packages/core/src/github/tag-ref.ts
// Asks the GitHub REST API what a tag is on the server: `GET /repos/{owner}/{repo}/git/ref/tags/{tag}`
// answers `object.type == "tag"` for an annotated tag and `"commit"` for a lightweight one. Used
// when the checkout cannot tell (shallow, tag missing, or rewritten to lightweight by
// actions/checkout before v6.0.2). Transient failures (5xx, 429, rate limits) are retried by
// the client, so a passing 502 does not hand the decision to the heuristic.



/** Looks the tag up; API failures (bad token, no network) come back as `unknown` with the reason. */
async function githubTagType(lookup, tag) {
    let repository;
    try {
        repository = new github_repository.GithubRepository(lookup.client, lookup.repository);
    }
    catch (error) {
        return { type: 'unknown', detail: (0,cib_error/* errorMessage */.gJ)(error) };
    }
    try {
        const ref = (await repository.getRef(`tags/${tag}`));
        // Older API versions matched by prefix when the exact ref was absent and answered an array.
        if (Array.isArray(ref) || !ref.object)
            return { type: 'missing' };
        return { type: ref.object.type === 'tag' ? 'annotated' : 'lightweight' };
    }
    catch (error) {
        if (!(error instanceof api_error/* GithubApiError */.A))
            return { type: 'unknown', detail: (0,cib_error/* errorMessage */.gJ)(error) };
        if (error.status === 404)
            return { type: 'missing' };
        const why = error.status === 401
            ? 'the github-token was refused (401)'
            : error.status === 403
                ? 'the github-token may not read this repository (403)'
                : `HTTP ${error.status}: ${error.apiMessage || 'no message'}`;
        return { type: 'unknown', detail: why };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/latest/tag-type.ts





/** Resolves the tag type of git tag `tag` (the released version as pushed). */
async function resolveTagType(tag, mode, version, context) {
    const { exec, cwd, log } = context;
    if (mode !== 'auto') {
        log.info(`Tag type: ${mode} (override)`);
        return { type: mode, source: 'override' };
    }
    const local = await localTagType(exec, cwd, tag);
    if (local === 'annotated') {
        // A tag object in the checkout is conclusive, shallow or not.
        log.info(`Tag type: annotated (git cat-file: refs/tags/${tag} is a tag object)`);
        return { type: 'annotated', source: 'git' };
    }
    const shallow = await (0,git_shallow/* isShallowRepository */.H)(exec, cwd);
    const why = local === 'missing' ? 'missing in the checkout' : `lightweight in the ${shallow ? 'shallow ' : ''}checkout`;
    log.info(`Tag type: refs/tags/${tag} is ${why}; asking the remote`);
    const fetched = await fetchTagRef(exec, cwd, tag);
    if (fetched.ok) {
        const again = await localTagType(exec, cwd, tag);
        if (again !== 'missing') {
            log.info(`Tag type: ${again} (git fetch of refs/tags/${tag} from origin)`);
            return { type: again, source: 'git-fetch' };
        }
    }
    else {
        log.info(`Tag type: git fetch of refs/tags/${tag} failed (${fetched.detail || 'no detail'})`);
    }
    if (context.github) {
        const answer = await (context.askGithub ?? githubTagType)(context.github, tag);
        if (answer.type === 'annotated' || answer.type === 'lightweight') {
            log.info(`Tag type: ${answer.type} (GitHub API: git/ref/tags/${tag} object.type)`);
            return { type: answer.type, source: 'github-api' };
        }
        const reason = 'detail' in answer ? answer.detail : 'no such tag on GitHub';
        log.info(`Tag type: GitHub API could not tell (${reason})`);
    }
    if (local === 'lightweight' && !shallow) {
        // A full checkout fetched tags as they are on the remote: its lightweight tag is real.
        log.info('Tag type: lightweight (git cat-file in a full checkout; the remote could not be asked)');
        return { type: 'lightweight', source: 'git' };
    }
    const prerelease = version !== undefined && isPrerelease(version, context.prereleasePattern);
    const type = prerelease ? 'lightweight' : 'annotated';
    log.info(`Tag type: ${type} (heuristic: "${tag}" ${prerelease ? 'matches' : 'does not match'} the prerelease pattern ${context.prereleasePattern.source})`);
    return { type, source: 'heuristic' };
}

// EXTERNAL MODULE: ./packages/core/src/runner/ci-context.ts
var ci_context = __webpack_require__(4032);
// EXTERNAL MODULE: ./packages/core/src/runner/inputs.ts
var runner_inputs = __webpack_require__(5763);
// EXTERNAL MODULE: ./packages/core/src/runner/outputs.ts
var outputs = __webpack_require__(3642);
;// CONCATENATED MODULE: ./actions/latest-manager/run.ts
// latest-manager: moves `latest` (and optionally `<major>`, `<major>.<minor>`) to a release only
// when it is a real release (annotated tag, not a prerelease) and newer than what the tag holds
// now (packages/core/src/latest/). This file parses inputs, wires git, the GitHub API and the
// registry client in, and writes outputs and the job summary.















const TAG_TYPES = ['auto', 'annotated', 'lightweight'];
/** Parses every input; fails here, before any git or registry call. */
function readInputs(rt, ci = (0,ci_context/* readCiContext */.OW)(rt.env)) {
    const inputs = (0,runner_inputs/* actionInputs */.eh)(rt, 'latest-manager');
    // Default: the pushed tag (GITHUB_REF_NAME on tag pushes, CI_COMMIT_TAG under GitLab).
    const version = (0,runner_inputs/* readString */.E3)(inputs, 'version') || (ci.refType === 'tag' ? ci.refName : '');
    if (!version) {
        throw new input_error/* InputError */.d('version', '', 'the released version (default: the pushed tag, but this run is not for a tag)');
    }
    const tagPrefix = (0,tag_prefix/* parseTagPrefix */.UZ)((0,runner_inputs/* readString */.E3)(inputs, 'tag-prefix'));
    const latestTag = parseLatestTag((0,runner_inputs/* readString */.E3)(inputs, 'latest-tag', { fallback: 'latest' }), tagPrefix);
    return {
        images: (0,runner_inputs/* readImages */.H)(inputs, 'images', 'repository'),
        version,
        strategy: (0,runner_inputs/* readWithEnv */.O4)(inputs, 'strategy', 'UPDATE_LATEST_STRATEGY', STRATEGIES, 'auto'),
        tagType: (0,runner_inputs/* readWithEnv */.O4)(inputs, 'tag-type', 'TAG_TYPE_OVERRIDE', TAG_TYPES, 'auto'),
        tagPrefix,
        prereleasePattern: compilePrereleasePattern((0,runner_inputs/* readString */.E3)(inputs, 'prerelease-pattern', { fallback: DEFAULT_PRERELEASE_PATTERN })),
        latestTag,
        floatingTags: (0,runner_inputs/* readBoolean */.Vf)(inputs, 'floating-tags', false),
        dryRun: (0,runner_inputs/* readBoolean */.Vf)(inputs, 'dry-run', false),
        githubToken: (0,runner_inputs/* readString */.E3)(inputs, 'github-token'),
        ...(0,login_inputs/* readRegistryLogin */.T)(inputs),
    };
}
async function run(rt) {
    // Masked before anything can print them, input errors included.
    const declared = (0,runner_inputs/* actionInputs */.eh)(rt, 'latest-manager');
    (0,runner_inputs/* readSecret */.n5)(declared, 'password', (s) => rt.setSecret(s));
    (0,runner_inputs/* readToken */.AI)(declared, 'github-token', (s) => rt.setSecret(s));
    const ci = (0,ci_context/* readCiContext */.OW)(rt.env);
    const inputs = readInputs(rt, ci);
    // The input credentials are for the registry of the first image.
    const registry = (0,login_inputs.createRegistryClient)(rt, inputs, inputs.images[0].registry);
    const github = ci.platform === 'github' && inputs.githubToken && ci.repository
        ? { client: (0,api_client.createGithubClient)(rt, inputs.githubToken), repository: ci.repository }
        : undefined;
    const outcome = await manageLatest(inputs, {
        registry,
        log: rt.log,
        plainHttp: (host) => registry.allowsPlainHttp(host),
        resolveTagType: (tag, mode, version) => resolveTagType(tag, mode, version, {
            exec: exec.execProcess,
            cwd: ci.workspace,
            github,
            prereleasePattern: inputs.prereleasePattern,
            log: rt.log,
        }),
    }).catch((error) => {
        // Stopped after writing: say where every tag stands before failing the step.
        if (error instanceof PartialReleaseError) {
            (0,outputs/* writeOutputs */.K)(rt, 'latest-manager', changeOutputs(error.changes, true));
            rt.appendSummary(partialSummary(error.message, error.changes));
        }
        throw error;
    });
    (0,outputs/* writeOutputs */.K)(rt, 'latest-manager', latestOutputs(outcome));
    rt.appendSummary(latestSummary(outcome));
    rt.log.debug(`Registry requests: ${registry.stats.requests}`);
}


/***/ }),

/***/ 8534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ExecError: () => (/* binding */ ExecError),
/* harmony export */   execProcess: () => (/* binding */ execProcess)
/* harmony export */ });
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
// The single seam through which cib starts processes. Commands are argv arrays, never shell
// strings, so no user value is ever interpreted by a shell. Written on child_process rather
// than @actions/exec because we need timeouts, stdin input and kill-on-abort, which it lacks.

/** A process that failed: names the program and shows the last lines it printed. */
class ExecError extends _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
    exitCode;
    stderr;
    constructor(command, exitCode, stderr, stdout) {
        const tail = lastLines(stderr.trim() || stdout.trim(), 10);
        super(`${command} exited with code ${exitCode}${tail ? `:\n${tail}` : ''}`);
        this.name = 'ExecError';
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
function lastLines(text, count) {
    return text.split(/\r?\n/).slice(-count).join('\n');
}
function lineSplitter(onLine) {
    let pending = '';
    return (chunk, flush) => {
        if (!onLine)
            return;
        pending += chunk;
        const lines = pending.split(/\r?\n/);
        pending = flush ? '' : (lines.pop() ?? '');
        for (const line of lines)
            if (!flush || line !== '')
                onLine(line);
    };
}
const execProcess = (command, args, options = {}) => new Promise((resolve, reject) => {
    // node:child_process and node:os load on the first process, not at start-up: an action that
    // stops at an input error never pays for them (bench/cold-start).
    const { spawn } = process.getBuiltinModule('node:child_process');
    const { constants } = process.getBuiltinModule('node:os');
    const child = spawn(command, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        shell: false,
        stdio: ['pipe', 'pipe', 'pipe'],
        signal: options.signal,
    });
    let stdout = '';
    let stderr = '';
    const outLines = lineSplitter(options.onStdoutLine);
    const errLines = lineSplitter(options.onStderrLine);
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        stdout += chunk;
        outLines(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        stderr += chunk;
        errLines(chunk);
    });
    let timedOut = false;
    const timer = options.timeoutMs
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 2000).unref();
        }, options.timeoutMs)
        : undefined;
    child.on('error', (error) => {
        if (timer)
            clearTimeout(timer);
        const hint = error.code === 'ENOENT' ? `Is ${command} installed and on PATH?` : undefined;
        reject(new _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi(`Could not run ${command}: ${error.message}`, { hint, cause: error }));
    });
    child.on('close', (code, signal) => {
        if (timer)
            clearTimeout(timer);
        outLines('', true);
        errLines('', true);
        if (timedOut) {
            reject(new _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi(`${command} did not finish within ${options.timeoutMs} ms and was stopped`));
            return;
        }
        // Killed by a signal: 128 + its number, as a shell reports it (SIGKILL: 137).
        const exitCode = code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1);
        if (exitCode !== 0 && !options.allowFailure)
            reject(new ExecError(command, exitCode, stderr, stdout));
        else
            resolve({ exitCode, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
});


/***/ }),

/***/ 482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ isShallowRepository)
/* harmony export */ });
/** True when the repository at `cwd` is a shallow clone; false outside a repository. */
async function isShallowRepository(exec, cwd) {
    const result = await exec('git', ['rev-parse', '--is-shallow-repository'], { cwd, allowFailure: true });
    return result.exitCode === 0 && result.stdout.trim() === 'true';
}


/***/ }),

/***/ 8666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_GITHUB_API_URL: () => (/* binding */ DEFAULT_GITHUB_API_URL),
  GITHUB_API_VERSION: () => (/* binding */ GITHUB_API_VERSION),
  GithubClient: () => (/* binding */ GithubClient),
  createGithubClient: () => (/* binding */ createGithubClient)
});

// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(2332);
// EXTERNAL MODULE: ./packages/core/src/http/http-client.ts
var http_client = __webpack_require__(6966);
// EXTERNAL MODULE: ./packages/core/src/time/clock.ts
var clock = __webpack_require__(9661);
// EXTERNAL MODULE: ./packages/core/src/github/api-error.ts
var api_error = __webpack_require__(6398);
;// CONCATENATED MODULE: ./packages/core/src/github/link-header.ts
// The `Link` header GitHub paginates with: `<https://api.github.com/...&page=2>; rel="next", ...`.
/** The `rel="next"` URL of a Link header, if any. */
function nextPageUrl(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const match = /^\s*<([^>]+)>\s*;(.*)$/.exec(part);
        if (!match)
            continue;
        const rels = /\brel="?([^";]+)"?/.exec(match[2])?.[1]?.split(/\s+/) ?? [];
        if (rels.includes('next') && URL.canParse(match[1]))
            return new URL(match[1]);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/github/rate-limit.ts
const SECONDARY_MINIMUM_MS = 60_000;
/** The wait GitHub asks for in ms, or undefined when the answer is not a rate limit. */
function rateLimitWait(response, now) {
    if (response.status !== 403)
        return undefined;
    const retryAfter = response.headers['retry-after'];
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim()))
        return Number(retryAfter.trim()) * 1000;
    if (response.headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(response.headers['x-ratelimit-reset']);
        if (Number.isFinite(reset))
            return Math.max(0, reset * 1000 - now);
    }
    if (/secondary rate limit|abuse detection/i.test(response.body.toString('utf8')))
        return SECONDARY_MINIMUM_MS;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/github/api-client.ts
// The one GitHub REST client: requests go through the shared HttpClient (timeouts, retries on
// 5xx/429 with Retry-After), to GITHUB_API_URL (GitHub Enterprise Server: https://host/api/v3),
// with the API version pinned. On top it waits out GitHub's rate limits (a 403 or 429 saying so)
// and follows `Link: rel="next"` pages. Routes, parameters and bodies are typed from GitHub's
// OpenAPI description (api-types.ts). Feature calls (check runs, statuses, refs) live beside it.






/** The REST API version every request asks for (GitHub's `X-GitHub-Api-Version`). */
const GITHUB_API_VERSION = '2022-11-28';
const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** Pages of at most 100 items (GitHub's largest `per_page`); a loop of pages stops here. */
const MAX_PAGES = 1000;
class GithubClient {
    baseUrl;
    http;
    token;
    clock;
    options;
    constructor(options) {
        options.setSecret?.(options.token);
        this.options = options;
        this.token = options.token;
        const root = (options.apiUrl || DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
        this.baseUrl = new URL(`${root}/`);
        this.clock = options.clock ?? clock/* systemClock */.m;
        this.http =
            options.http ??
                new http_client/* HttpClient */.Q({
                    clock: this.clock,
                    onRetry: (message) => options.log?.info(`GitHub API: ${message}`),
                });
    }
    /** One call; a non-2xx answer (after retries) throws GithubApiError with GitHub's message. */
    async request(method, route, parts) {
        const url = this.url(route, parts.path, parts.query);
        return this.send(method, url, `${method} ${route}`, parts.body, parts.idempotent);
    }
    /**
     * Every item of a paginated list: `per_page=100`, then each `Link: rel="next"` page. `items`
     * picks the array out of answers that wrap it (`{ total_count, check_runs: [...] }`).
     */
    async paginate(route, parts, items) {
        const query = { per_page: 100, ...parts.query };
        let url = this.url(route, parts.path, query);
        const seen = new Set();
        const all = [];
        while (url) {
            if (seen.has(url.href) || seen.size >= MAX_PAGES) {
                throw new cib_error/* CibError */.hi(`GitHub API GET ${route}: the Link header leads back to a page already read (or past ${MAX_PAGES} pages)`);
            }
            seen.add(url.href);
            const page = await this.send('GET', url, `GET ${route}`);
            all.push(...items(page.data));
            url = nextPageUrl(page.headers.link);
            // The token goes only to the API's own origin, whatever a Link header says.
            if (url && url.origin !== this.baseUrl.origin)
                url = undefined;
        }
        return all;
    }
    url(route, path, query) {
        const filled = route.replace(/\{(\w+)\}/g, (_, name) => {
            const value = path[name];
            if (value === undefined)
                throw new TypeError(`GitHub route ${route}: no value for {${name}}`);
            // Refs and SHAs may hold slashes (`tags/release/2.0`): each segment is encoded on its own.
            return String(value).split('/').map(encodeURIComponent).join('/');
        });
        const url = new URL(filled.slice(1), this.baseUrl);
        for (const [name, value] of Object.entries(query ?? {})) {
            if (value !== undefined)
                url.searchParams.set(name, String(value));
        }
        return url;
    }
    async send(method, url, what, body, idempotent) {
        const headers = {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.token}`,
            'x-github-api-version': GITHUB_API_VERSION,
        };
        const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body), 'utf8');
        if (payload)
            headers['content-type'] = 'application/json; charset=utf-8';
        const retries = this.options.rateLimitRetries ?? 3;
        const maxWait = this.options.maxRateLimitWaitMs ?? 60_000;
        for (let attempt = 0;; attempt++) {
            const response = await this.http.send({ method, url, headers, body: payload, idempotent });
            if (response.status >= 200 && response.status < 300) {
                return { status: response.status, headers: response.headers, data: parseJson(response.body, what) };
            }
            const wait = rateLimitWait(response, this.clock.now());
            if (wait === undefined || attempt >= retries || wait > maxWait) {
                throw new api_error/* GithubApiError */.A(what, response.status, response.body);
            }
            this.options.log?.info(`GitHub API: ${what} was rate-limited (${response.status}); waiting ${Math.ceil(wait / 1000)} s`);
            await this.clock.sleep(wait);
        }
    }
}
/** A success answer's JSON; a proxy's HTML page in its place is the network's fault, not a bug. */
function parseJson(body, what) {
    const text = body.toString('utf8');
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        throw new cib_error/* CibError */.hi(`GitHub API ${what} answered with a body that is not JSON`, {
            hint: 'Check GITHUB_API_URL: it must point at the REST API (https://<host>/api/v3 on GitHub Enterprise Server)',
        });
    }
}
/** The client an action uses: GITHUB_API_URL from the runner's environment, the token masked. */
function createGithubClient(rt, token) {
    return new GithubClient({ token, apiUrl: rt.env.GITHUB_API_URL, setSecret: (s) => rt.setSecret(s), log: rt.log });
}


/***/ }),

/***/ 6398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ GithubApiError)
/* harmony export */ });
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
// A GitHub REST answer that is not a success, as one error that says what went wrong and what
// to do. The token never appears in it: only the method, the route and GitHub's own message.

function hintFor(status, message) {
    if (status === 401)
        return 'GitHub refused the token: check github-token (expired, revoked, or for another host)';
    if (status === 403 && /not accessible by integration/i.test(message)) {
        return ("The token lacks this permission: grant it in the workflow's `permissions:` (checks: write, " +
            'statuses: write); pull requests from forks get a read-only token');
    }
    if (status === 403 && /rate limit/i.test(message))
        return 'GitHub rate-limited this token: try again later';
    if (status === 404)
        return 'No such repository or object, or the token cannot see it (GitHub answers 404 for both)';
    return undefined;
}
class GithubApiError extends _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
    status;
    /** GitHub's `message` as sent. */
    apiMessage;
    documentationUrl;
    constructor(what, status, body) {
        let parsed = {};
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            // A proxy's HTML page, say: the status alone will have to do.
        }
        const apiMessage = (parsed.message ?? '').replace(/\s*\n+\s*/g, ' ').trim();
        const details = (parsed.errors ?? [])
            .map((e) => (typeof e === 'string' ? e : (e.message ?? [e.field, e.code].filter(Boolean).join(' '))))
            .filter(Boolean);
        // GitHub's messages end with a period; the hint adds its own.
        const text = [apiMessage || 'no message', ...details].join('; ').replace(/\.$/, '');
        super(`GitHub API ${what} answered ${status}: ${text}`, { hint: hintFor(status, apiMessage) });
        this.name = 'GithubApiError';
        this.status = status;
        this.apiMessage = apiMessage;
        this.documentationUrl = parsed.documentation_url;
    }
}


/***/ }),

/***/ 3015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GithubRepository: () => (/* binding */ GithubRepository),
  splitRepository: () => (/* binding */ splitRepository)
});

// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(2332);
// EXTERNAL MODULE: ./packages/core/src/http/transport.ts
var transport = __webpack_require__(6291);
// EXTERNAL MODULE: ./packages/core/src/http/retry-policy.ts
var retry_policy = __webpack_require__(7559);
// EXTERNAL MODULE: ./packages/core/src/runner/random-uuid.ts
var random_uuid = __webpack_require__(333);
// EXTERNAL MODULE: ./packages/core/src/github/api-error.ts
var api_error = __webpack_require__(6398);
;// CONCATENATED MODULE: ./packages/core/src/github/limits.ts
// GitHub's size limits on what cib writes through the API, applied before sending, so a big
// report is cut with a note instead of refused with a 422:
// - check run `output.summary` and `output.text`: 65,535 BYTES each (the API says "characters",
//   but answers "summary exceeds a maximum bytesize of 65535": github/docs#35252);
// - annotations: 50 per create or update request (more go in further updates); title 255 characters;
// - commit status `description`: 140 characters.
const CHECK_OUTPUT_MAX_BYTES = 65_535;
const ANNOTATIONS_PER_REQUEST = 50;
const ANNOTATION_TITLE_MAX_CHARS = 255;
const STATUS_DESCRIPTION_MAX_CHARS = 140;
/** `text` cut to `maxBytes` of UTF-8 (never inside a character), ending with `note` when cut. */
function cutToBytes(text, maxBytes, note) {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const room = maxBytes - Buffer.byteLength(note, 'utf8');
    if (room <= 0)
        return Buffer.from(note, 'utf8')
            .subarray(0, maxBytes)
            .toString('utf8')
            .replace(/\uFFFD$/, '');
    // Decoding a cut buffer turns a split last character into U+FFFD: drop it.
    const head = Buffer.from(text, 'utf8')
        .subarray(0, room)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
    return head + note;
}
/** `text` cut to `max` characters (code points), ending with an ellipsis when cut. */
function cutToChars(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** `items` in consecutive batches of `size`. */
function batches(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/github/repository.ts






const CUT_NOTE = (field) => `\n\n> cib cut this ${field} to GitHub's limit of ${CHECK_OUTPUT_MAX_BYTES} bytes; the job summary has it all.\n`;
/** `owner/name` split, or a CibError naming what was given. */
function splitRepository(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new cib_error/* CibError */.hi(`repository "${repository}" is not owner/name`);
    }
    return { owner, repo };
}
/** POSTs of one check run, the first included, before the failure stands. */
const CREATE_ATTEMPTS = 3;
/** After this failure, GitHub may have acted on the request all the same. */
function mayHaveActed(error) {
    if (error instanceof api_error/* GithubApiError */.A)
        return error.status >= 500;
    return error instanceof transport/* HttpNetworkError */.z3 && !(0,retry_policy/* isUnsentNetworkCode */.Io)(error.code);
}
class GithubRepository {
    client;
    owner;
    repo;
    constructor(client, 
    /** `owner/name`. */
    repository) {
        this.client = client;
        ({ owner: this.owner, repo: this.repo } = splitRepository(repository));
    }
    /** `GET /repos/{owner}/{repo}/git/ref/{ref}`; `ref` without `refs/` (`tags/1.2.3`). */
    async getRef(ref) {
        const { data } = await this.client.request('GET', '/repos/{owner}/{repo}/git/ref/{ref}', {
            path: { owner: this.owner, repo: this.repo, ref },
        });
        return data;
    }
    /** Creates a check run; annotations past the first 50 follow in updates of 50. */
    async createCheckRun(run) {
        const [first = [], ...rest] = annotationBatches(run.output);
        const body = { ...run, output: run.output && sendableOutput(run.output, first) };
        const data = await this.postCheckRun(body);
        for (const batch of rest)
            await this.addAnnotations(Number(data.id), run.output, batch);
        return data;
    }
    /**
     * The POST that creates a check run, which is not sent again blindly: after a 5xx or a
     * connection lost mid-way GitHub may have created the run, and a second POST would show two.
     * Each attempt carries its own `external_id` (unless the caller chose one); after such a
     * failure the runs of that name on the commit are read, and one with the attempt's id is the
     * answer. Only when none is, the POST goes again.
     */
    async postCheckRun(body) {
        const path = { owner: this.owner, repo: this.repo };
        for (let attempt = 1;; attempt++) {
            const marked = body.external_id === undefined ? { ...body, external_id: `cib-${(0,random_uuid/* randomUuid */.b)()}` } : body;
            try {
                return (await this.client.request('POST', '/repos/{owner}/{repo}/check-runs', { path, body: marked })).data;
            }
            catch (error) {
                if (!mayHaveActed(error) || body.external_id !== undefined || attempt >= CREATE_ATTEMPTS)
                    throw error;
                const created = await this.findCheckRun(marked.head_sha, marked.name, marked.external_id);
                if (created)
                    return created;
            }
        }
    }
    /** The run named `name` on commit `sha` whose external_id is `externalId`, if GitHub has it. */
    async findCheckRun(sha, name, externalId) {
        const runs = await this.client.paginate('/repos/{owner}/{repo}/commits/{ref}/check-runs', { path: { owner: this.owner, repo: this.repo, ref: sha }, query: { check_name: name, filter: 'all' } }, (page) => page.check_runs);
        return runs.find((run) => run.external_id === externalId);
    }
    /** Updates a check run; annotations are appended, 50 a request. */
    async updateCheckRun(checkRunId, update) {
        const [first = [], ...rest] = annotationBatches(update.output);
        const body = { ...update, output: update.output && sendableOutput(update.output, first) };
        const { data } = await this.client.request('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', {
            path: { owner: this.owner, repo: this.repo, check_run_id: checkRunId },
            body,
        });
        let last = data;
        for (const batch of rest)
            last = await this.addAnnotations(checkRunId, update.output, batch);
        return last;
    }
    /** Every annotation of a check run (paginated). */
    listCheckRunAnnotations(checkRunId) {
        return this.client.paginate('/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', { path: { owner: this.owner, repo: this.repo, check_run_id: checkRunId } }, (page) => page);
    }
    /** Creates a commit status on `sha`; the description is cut to 140 characters. */
    async createCommitStatus(sha, status) {
        const body = {
            ...status,
            description: typeof status.description === 'string'
                ? cutToChars(status.description, STATUS_DESCRIPTION_MAX_CHARS)
                : status.description,
        };
        const { data } = await this.client.request('POST', '/repos/{owner}/{repo}/statuses/{sha}', {
            path: { owner: this.owner, repo: this.repo, sha },
            body,
            // The same status twice leaves the commit in the same state (the newest of a context wins).
            idempotent: true,
        });
        return data;
    }
    async addAnnotations(checkRunId, output, batch) {
        // The title and summary are required with any output; they are sent again unchanged.
        const { data } = await this.client.request('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', {
            path: { owner: this.owner, repo: this.repo, check_run_id: checkRunId },
            body: { output: { ...sendableOutput(output, batch) } },
        });
        return data;
    }
}
function annotationBatches(output) {
    const annotations = (output?.annotations ?? []).map((a) => a.title === undefined ? a : { ...a, title: cutToChars(a.title, ANNOTATION_TITLE_MAX_CHARS) });
    return batches(annotations, ANNOTATIONS_PER_REQUEST);
}
function sendableOutput(output, annotations) {
    return {
        title: output.title,
        summary: cutToBytes(output.summary, CHECK_OUTPUT_MAX_BYTES, CUT_NOTE('summary')),
        ...(output.text === undefined ? {} : { text: cutToBytes(output.text, CHECK_OUTPUT_MAX_BYTES, CUT_NOTE('text')) }),
        ...(annotations.length ? { annotations } : {}),
    };
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


/***/ }),

/***/ 9763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mi: () => (/* binding */ candidateImageTags),
/* harmony export */   UZ: () => (/* binding */ parseTagPrefix),
/* harmony export */   nB: () => (/* binding */ versionOfImageTag),
/* harmony export */   tQ: () => (/* binding */ stripV)
/* harmony export */ });
/* harmony import */ var _image_tag__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(342);
/* harmony import */ var _errors_input_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2650);
/* harmony import */ var _registry_reference__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(908);
// How a version is written as an image tag. Projects tag images `v1.2.3` or `1.2.3` whatever
// their git tags look like; `tag-prefix` says which, and by default both are tried.



/**
 * Reads the `tag-prefix` input: '' or `auto` -> auto, `none` -> no prefix, anything else literal.
 * A literal must be able to start an image tag (with room for the version after it), so a bad
 * one is blamed on this input rather than on the image reference it would make.
 */
function parseTagPrefix(value) {
    if (value === '' || value === 'auto')
        return { kind: 'auto' };
    if (value === 'none')
        return { kind: 'literal', prefix: '' };
    if (!(0,_registry_reference__WEBPACK_IMPORTED_MODULE_2__/* .isValidTag */ .r_)(`${value}0`)) {
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('tag-prefix', value, 'auto, none, or the start of an image tag (letters, digits, _ . -; not starting with . or -; under 128 characters)');
    }
    return { kind: 'literal', prefix: value };
}
/** `v1.2.3` or `V1.2.3` -> `1.2.3` (a `v` before a digit is dropped); other text unchanged. */
function stripV(text) {
    return /^[vV]\d/.test(text) ? text.slice(1) : text;
}
/**
 * The image tags a version may be pushed as, in the order to try them (no duplicates), each
 * written as a valid tag by `imageTagFor` (`v1.2.3+build.7` -> `v1.2.3_build.7`, `1.2.3_build.7`).
 */
function candidateImageTags(versionText, prefix) {
    const bare = stripV(versionText);
    // Text that leaves no tag at all (`+++`) has no candidates.
    if (prefix.kind === 'literal')
        return (0,_image_tag__WEBPACK_IMPORTED_MODULE_0__/* .imageTagFor */ .bR)(bare) ? [prefix.prefix + (0,_image_tag__WEBPACK_IMPORTED_MODULE_0__/* .imageTagFor */ .bR)(bare)] : [];
    // Only a version gets the `v` toggled: a forced `nightly` is just `nightly`.
    const texts = /^\d/.test(bare) ? [versionText, versionText === bare ? `v${bare}` : bare] : [versionText];
    return [...new Set(texts.map(_image_tag__WEBPACK_IMPORTED_MODULE_0__/* .imageTagFor */ .bR).filter((tag) => tag !== ''))];
}
/**
 * The version an image tag names, or undefined when the tag is not a version tag (`latest`,
 * `main`, `sha-1a2b3c`). With a literal prefix only tags carrying it count.
 */
function versionOfImageTag(tag, prefix) {
    if (prefix.kind === 'literal' && prefix.prefix !== '') {
        if (!tag.startsWith(prefix.prefix))
            return undefined;
        return (0,_image_tag__WEBPACK_IMPORTED_MODULE_0__/* .versionOfTag */ .mx)(tag.slice(prefix.prefix.length));
    }
    return (0,_image_tag__WEBPACK_IMPORTED_MODULE_0__/* .versionOfTag */ .mx)(tag);
}


/***/ })

};
