export const id = 15;
export const ids = [15];
export const modules = {

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
        const { data } = await this.client.request('POST', '/repos/{owner}/{repo}/check-runs', {
            path: { owner: this.owner, repo: this.repo },
            body,
        });
        for (const batch of rest)
            await this.addAnnotations(Number(data.id), run.output, batch);
        return data;
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


/***/ })

};
