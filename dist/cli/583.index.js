export const id = 583;
export const ids = [583];
export const modules = {

/***/ 5583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _cib_core_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
// multiarch-bake, not implemented yet: the interface is in multiarch-bake/action.yml and README.md
// (plan: roadmap 04). Until it lands the step fails clearly instead of silently building nothing.

/** Main step: fails, naming the README that documents the planned interface. */
async function run(_rt) {
    throw new _cib_core_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi('multiarch-bake is not implemented yet (see multiarch-bake/README.md)');
}
/** Post step (will save the local cache): nothing to do yet, so it succeeds. */
async function post(rt) {
    rt.log.debug('multiarch-bake post: not implemented yet, nothing to save');
}


/***/ })

};
