export const id = 815;
export const ids = [815];
export const modules = {

/***/ 8815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _cib_core_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
// e2c-runner, not implemented yet: the interface is in e2c-runner/action.yml and README.md
// (plan: roadmap 05). Until it lands the step fails clearly instead of silently building nothing.

/** Main step: fails, naming the README that documents the planned interface. */
async function run(_rt) {
    throw new _cib_core_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi('e2c-runner is not implemented yet (see e2c-runner/README.md)');
}
/** Post step (will clean up and tear down): main never launched anything, so nothing to do. */
async function post(rt) {
    rt.log.debug('e2c-runner post: not implemented yet, nothing to tear down');
}


/***/ })

};
