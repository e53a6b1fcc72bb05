export const id = 833;
export const ids = [833];
export const modules = {

/***/ 5833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _cib_core_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
// quality-gate, not implemented yet: the interface is in quality-gate/action.yml and README.md
// (plan: roadmap 06). Until it lands the step fails clearly rather than passing a gate it never checked.

/** Main step: fails, naming the README that documents the planned interface. */
async function run(_rt) {
    throw new _cib_core_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi('quality-gate is not implemented yet (see quality-gate/README.md)');
}


/***/ })

};
