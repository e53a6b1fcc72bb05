export const id = 158;
export const ids = [158];
export const modules = {

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
