export const id = 70;
export const ids = [70];
export const modules = {

/***/ 5070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readIgnoreIds: () => (/* binding */ readIgnoreIds)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_input_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2650);
// The ids a user chose to ignore: written in the input (one a line) or read from a file in
// .trivyignore's format (one id a line, `#` comments, an optional `exp:YYYY-MM-DD` after which
// the entry no longer applies, so an ignore cannot outlive its review date silently).


/** Parses `entries`: a single entry that names an existing file is read as an ignore file. */
function readIgnoreIds(entries, now, input = 'ignore-ids') {
    const lines = entries.length === 1 && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(entries[0]) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(entries[0], 'utf8').split(/\r?\n/) : [...entries];
    const list = { ids: new Set(), expired: [] };
    for (const raw of lines) {
        const line = raw.replace(/#.*$/, '').trim();
        if (line === '')
            continue;
        const [id, ...options] = line.split(/\s+/);
        const expiry = options.find((option) => option.startsWith('exp:'))?.slice(4);
        if (expiry !== undefined) {
            const date = /^\d{4}-\d{2}-\d{2}$/.test(expiry) ? new Date(`${expiry}T00:00:00Z`) : new Date(NaN);
            if (Number.isNaN(date.getTime()))
                throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, line, 'an id, optionally followed by exp:YYYY-MM-DD');
            if (date.getTime() <= now.getTime()) {
                list.expired.push(id);
                continue;
            }
        }
        list.ids.add(id);
    }
    return list;
}


/***/ })

};
