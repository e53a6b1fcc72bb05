export const id = 128;
export const ids = [128];
export const modules = {

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

/***/ 6128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pullRequestDiff: () => (/* binding */ pullRequestDiff)
});

// EXTERNAL MODULE: ./packages/core/src/git/shallow.ts
var shallow = __webpack_require__(482);
;// CONCATENATED MODULE: ./packages/core/src/quality/added-lines.ts
// The lines a change adds, from `git diff --unified=0` output: for each file of the new side,
// the line numbers of its `+` lines. Deleted files, binary files and pure renames add nothing.
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** Parses unified diff text (zero context lines) into the added lines of each file. */
function parseAddedLines(diff) {
    const added = new Map();
    let file;
    let next = 0;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const path = line.slice(4);
            if (path === '/dev/null')
                file = undefined;
            else {
                const name = unquote(path).replace(/^b\//, '');
                file = added.get(name) ?? [];
                added.set(name, file);
            }
            continue;
        }
        const hunk = HUNK.exec(line);
        if (hunk) {
            next = Number(hunk[1]);
            continue;
        }
        if (file && line.startsWith('+'))
            file.push(next++);
        else if (line.startsWith(' '))
            next++;
    }
    for (const [path, lines] of added)
        if (lines.length === 0)
            added.delete(path);
    return added;
}
/** git quotes paths with unusual characters ("b/na\303\257ve.js"); we ask for core.quotePath=off. */
function unquote(path) {
    if (!path.startsWith('"'))
        return path;
    return JSON.parse(path.replace(/\\([0-7]{3})/g, (_, octal) => `\\u00${parseInt(octal, 8).toString(16).padStart(2, '0')}`));
}

;// CONCATENATED MODULE: ./packages/core/src/quality/pull-request-diff.ts


const DEEPEN_STEPS = [50, 200, 1000];
async function git(exec, cwd, args) {
    const result = await exec('git', ['-c', 'core.quotePath=off', ...args], { cwd, allowFailure: true });
    return { ok: result.exitCode === 0, stdout: result.stdout };
}
const hasCommit = async (exec, cwd, sha) => (await git(exec, cwd, ['cat-file', '-e', `${sha}^{commit}`])).ok;
/** The added lines of `range` in the repository at `cwd`, fetching from `origin` what is missing. */
async function pullRequestDiff(exec, cwd, range, log) {
    for (const sha of [range.base, range.head]) {
        if (await hasCommit(exec, cwd, sha))
            continue;
        log.info(`Fetching ${sha.slice(0, 12)} from origin for patch coverage (the checkout does not have it)`);
        await git(exec, cwd, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
        if (!(await hasCommit(exec, cwd, sha))) {
            return {
                added: new Map(),
                note: `commit ${sha.slice(0, 12)} could not be fetched from origin, so patch coverage is unknown`,
            };
        }
    }
    let mergeBase = await git(exec, cwd, ['merge-base', range.base, range.head]);
    for (const depth of DEEPEN_STEPS) {
        if (mergeBase.ok || !(await (0,shallow/* isShallowRepository */.H)(exec, cwd)))
            break;
        log.info(`Deepening the shallow checkout by ${depth} commits to find the merge base`);
        await git(exec, cwd, ['fetch', '--no-tags', `--deepen=${depth}`, 'origin', range.base, range.head]);
        mergeBase = await git(exec, cwd, ['merge-base', range.base, range.head]);
    }
    const from = mergeBase.ok ? mergeBase.stdout.trim() : range.base;
    const diff = await git(exec, cwd, ['diff', '--no-color', '--no-ext-diff', '--unified=0', '-M', from, range.head]);
    if (!diff.ok)
        return { added: new Map(), note: 'git diff failed, so patch coverage is unknown' };
    return {
        added: parseAddedLines(diff.stdout),
        note: mergeBase.ok ? undefined : 'no merge base was found: the diff runs from the base commit to the head',
    };
}


/***/ })

};
