export const id = 136;
export const ids = [136];
export const modules = {

/***/ 4136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   patchCoverage: () => (/* binding */ patchCoverage)
/* harmony export */ });
const norm = (path) => path.replace(/\\/g, '/').replace(/^\.\//, '');
function endsWithPath(long, short) {
    return long === short || long.endsWith(`/${short}`);
}
/** Index of the coverage files by their base name, for a cheap first match. */
function byBaseName(set) {
    const index = new Map();
    for (const file of set.files.values()) {
        if (!file.hasLineData)
            continue;
        const base = norm(file.path).split('/').pop() ?? '';
        index.set(base, [...(index.get(base) ?? []), file]);
    }
    return index;
}
/** The patch coverage of `added` against `set`. */
function patchCoverage(set, added) {
    const index = byBaseName(set);
    const result = { lines: { found: 0, hit: 0 }, uncovered: [], unmatched: [] };
    for (const [path, lines] of added) {
        const changed = norm(path);
        const candidates = index.get(changed.split('/').pop() ?? '') ?? [];
        const file = candidates
            .filter((c) => endsWithPath(norm(c.path), changed) || endsWithPath(changed, norm(c.path)))
            // The longest common match wins (src/a.js over a.js).
            .sort((a, b) => b.path.length - a.path.length)[0];
        if (!file) {
            result.unmatched.push(path);
            continue;
        }
        const uncovered = [];
        for (const line of lines) {
            const hits = file.hitsAt(line);
            if (hits === undefined)
                continue;
            result.lines.found++;
            if (hits > 0)
                result.lines.hit++;
            else
                uncovered.push(line);
        }
        if (uncovered.length > 0)
            result.uncovered.push({ file: path, lines: uncovered });
    }
    return result;
}


/***/ })

};
