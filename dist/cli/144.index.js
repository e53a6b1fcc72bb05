export const id = 144;
export const ids = [144];
export const modules = {

/***/ 1144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readVex: () => (/* binding */ readVex),
/* harmony export */   vexFor: () => (/* binding */ vexFor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1870);
// OpenVEX documents: a `not_affected` or `fixed` statement for a vulnerability and a product
// drops the matching findings, and the report lists what it dropped and why. A statement's
// products (and their subcomponents) are package URLs or image references: a package purl
// matches a finding of that package (by purl without version, or by name; with a version only
// that version); a product that is not a package (pkg:oci, pkg:docker, an image reference) is
// the whole image, so the statement covers every package of the report.


const WHOLE_IMAGE_TYPES = new Set(['oci', 'docker']);
/** name@version of a package purl; undefined for image purls and anything else. */
function packageFromId(id) {
    const match = /^pkg:([^/]+)\/(.+?)(?:@([^?#]+))?(?:[?#].*)?$/.exec(id);
    if (!match || WHOLE_IMAGE_TYPES.has(match[1].toLowerCase()))
        return undefined;
    const path = decodeURIComponent(match[2]);
    return {
        name: path.split('/').pop() ?? path,
        version: match[3] && decodeURIComponent(match[3]),
        purl: `pkg:${match[1]}/${match[2]}`,
    };
}
const idOf = (value) => (typeof value === 'string' ? value : (value['@id'] ?? ''));
/** The not_affected and fixed statements of an OpenVEX document. */
async function readVex(path) {
    let document;
    try {
        document = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new _report_error__WEBPACK_IMPORTED_MODULE_1__/* .ReportError */ .$(path, `not an OpenVEX JSON document: ${error.message}`);
    }
    if (!Array.isArray(document.statements))
        throw new _report_error__WEBPACK_IMPORTED_MODULE_1__/* .ReportError */ .$(path, 'an OpenVEX document needs "statements"');
    const statements = [];
    for (const raw of document.statements) {
        if (raw.status !== 'not_affected' && raw.status !== 'fixed')
            continue;
        const vulnerability = typeof raw.vulnerability === 'string'
            ? raw.vulnerability
            : (raw.vulnerability?.name ?? raw.vulnerability?.['@id'] ?? '');
        const aliases = typeof raw.vulnerability === 'object' ? (raw.vulnerability.aliases ?? []) : [];
        const packages = [];
        let wholeImage = (raw.products ?? []).length === 0;
        for (const product of raw.products ?? []) {
            const subcomponents = typeof product === 'string' ? [] : (product.subcomponents ?? []);
            const ids = subcomponents.length > 0 ? subcomponents.map(idOf) : [idOf(product)];
            for (const id of ids) {
                const pkg = packageFromId(id);
                if (pkg)
                    packages.push(pkg);
                else
                    wholeImage = true;
            }
        }
        statements.push({
            vulnerability,
            aliases,
            status: raw.status,
            justification: raw.justification,
            packages: wholeImage ? [] : packages,
            document: path,
        });
    }
    return statements;
}
/** The statement that drops `finding`, if any. */
function vexFor(finding, statements) {
    return statements.find((statement) => {
        if (statement.vulnerability !== finding.id && !statement.aliases.includes(finding.id))
            return false;
        if (statement.packages.length === 0)
            return true;
        return statement.packages.some((pkg) => {
            const findingPurl = finding.purl?.replace(/[@?#].*$/, '');
            const sameName = findingPurl ? findingPurl === pkg.purl || pkg.name === finding.pkg : pkg.name === finding.pkg;
            return sameName && (pkg.version === undefined || pkg.version === finding.installed);
        });
    });
}


/***/ })

};
