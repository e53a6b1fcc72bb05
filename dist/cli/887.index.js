export const id = 887;
export const ids = [887];
export const modules = {

/***/ 1887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KeyHashes: () => (/* binding */ KeyHashes),
/* harmony export */   KeyTable: () => (/* binding */ KeyTable),
/* harmony export */   baselineKeyTable: () => (/* binding */ baselineKeyTable),
/* harmony export */   decodeKeyHashes: () => (/* binding */ decodeKeyHashes),
/* harmony export */   encodeKeyHashes: () => (/* binding */ encodeKeyHashes),
/* harmony export */   keyHash: () => (/* binding */ keyHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Finding keys (id and package) kept as fixed-size hashes, so de-duplicating a million distinct
// findings, or comparing them with a million-key baseline, costs about 10 bytes a key instead of
// the ~500 bytes a Map of strings and finding objects did (554-602 MB of peak RSS at a million).
// A key's hash is the first 8 bytes of the SHA-1 of `id NUL pkg` in UTF-8: anyone can recompute
// it, and it must never change, because baselines store it (findingHashes in baseline.ts).
// Two distinct keys share a hash with probability about n^2 / 2^65: 3e-8 for a million keys, 3e-6
// for ten million; a collision would merge two findings into one count.

/** The two 32-bit halves of a key's hash; never both 0 (that marks an empty slot). */
function keyHash(key) {
    // As hex, not a Buffer: a string lives in V8's young generation, a million Buffers' memory in
    // malloc, which kept ~10 MB more RSS at a million keys.
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha1', key, 'hex');
    const high = parseInt(digest.slice(0, 8), 16);
    const low = parseInt(digest.slice(8, 16), 16);
    return high === 0 && low === 0 ? [0, 1] : [high, low];
}
const MIN_CAPACITY = 1024;
/**
 * An open-addressing hash set of 64-bit key hashes in typed arrays (linear probing; at most 85%
 * full, grown by a quarter: 9-11 bytes a key, where doubling at half full cost 18-36 and held
 * three times a table's size while growing), with one byte of state per key for its owner (FindingSet keeps severity and filter bits
 * there) and, when asked for, one 32-bit number more (the VEX statement that drops it).
 */
class KeyTable {
    high;
    low;
    /** Replaced, and the old array emptied, when the table grows: take it after an insert. */
    state;
    /** Replaced like `state`. */
    extra;
    count = 0;
    constructor(withExtra = false, capacity = MIN_CAPACITY) {
        const size = Math.max(MIN_CAPACITY, Math.ceil(capacity / 0.7));
        this.high = new Uint32Array(size);
        this.low = new Uint32Array(size);
        this.state = new Uint8Array(size);
        this.extra = withExtra ? new Uint32Array(size) : undefined;
    }
    get size() {
        return this.count;
    }
    /** The slot holding `hash`, or -1. */
    find([high, low]) {
        const size = this.high.length;
        for (let slot = this.home(low);; slot = slot + 1 === size ? 0 : slot + 1) {
            if (this.high[slot] === 0 && this.low[slot] === 0)
                return -1;
            if (this.high[slot] === high && this.low[slot] === low)
                return slot;
        }
    }
    /** The first slot to try: the low half scaled onto the table (any size, not only powers of 2). */
    home(low) {
        const slot = Math.floor((low / 4294967296) * this.high.length);
        return slot < this.high.length ? slot : 0;
    }
    has(hash) {
        return this.find(hash) >= 0;
    }
    /** The slot of `hash`, added (state 0) when new; `added` tells which. */
    insert(hash) {
        const found = this.find(hash);
        if (found >= 0)
            return { slot: found, added: false };
        if (this.count + 1 > this.high.length * 0.85)
            this.grow();
        this.count++;
        return { slot: this.place(hash[0], hash[1]), added: true };
    }
    /** Calls `visit` with every key's slot. */
    forEach(visit) {
        for (let slot = 0; slot < this.high.length; slot++)
            if (this.high[slot] !== 0 || this.low[slot] !== 0)
                visit(slot, this.high[slot], this.low[slot]);
    }
    place(high, low) {
        const size = this.high.length;
        let slot = this.home(low);
        while (this.high[slot] !== 0 || this.low[slot] !== 0)
            slot = slot + 1 === size ? 0 : slot + 1;
        this.high[slot] = high;
        this.low[slot] = low;
        return slot;
    }
    grow() {
        const { high, low, state, extra } = this;
        const size = Math.ceil(high.length * 1.25);
        this.high = new Uint32Array(size);
        this.low = new Uint32Array(size);
        this.state = new Uint8Array(size);
        this.extra = extra && new Uint32Array(size);
        for (let old = 0; old < high.length; old++) {
            if (high[old] === 0 && low[old] === 0)
                continue;
            const slot = this.place(high[old], low[old]);
            this.state[slot] = state[old];
            if (extra)
                this.extra[slot] = extra[old];
        }
        // Growing by a quarter leaves up to four times the table in old arrays, outside V8's heap,
        // until its next full collection: a million SARIF results peaked at 102-107 MB RSS so, 94-98
        // MB with the old arrays freed here.
        for (const array of [high, low, state, extra])
            if (array)
                release(array);
    }
}
/**
 * Frees a typed array's memory now, leaving it empty: ArrayBuffer's transfer (ES2024, Node 21 and
 * later) detaches the old buffer. Where it is missing (Node 20) the next full collection frees it.
 */
function release(array) {
    array.buffer.transfer?.(0);
}
/**
 * Key hashes as a baseline keeps them: 8 bytes each (big-endian), in JSON one base64 string.
 * report-json's writer takes it in slices (jsonChunks), so a million keys never become one 11 MB
 * string there; JSON.stringify (the baseline file) calls toJSON.
 */
class KeyHashes {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
    get count() {
        return this.bytes.length / 8;
    }
    toJSON() {
        return this.bytes.toString('base64');
    }
    /** The JSON string in pieces: 48 KiB of bytes (a multiple of 3: no padding inside) each. */
    *jsonChunks() {
        yield '"';
        for (let start = 0; start < this.bytes.length; start += 48 * 1024)
            yield this.bytes.toString('base64', start, Math.min(start + 48 * 1024, this.bytes.length));
        yield '"';
    }
}
/** The hashes of `table`'s keys that `include` accepts. */
function encodeKeyHashes(table, include) {
    let count = 0;
    table.forEach((slot) => {
        if (include(slot))
            count++;
    });
    // Sized once: doubling a buffer of a million keys held 24 MB at the last copy.
    const bytes = Buffer.allocUnsafe(8 * count);
    let length = 0;
    table.forEach((slot, high, low) => {
        if (!include(slot))
            return;
        bytes.writeUInt32BE(high, length);
        bytes.writeUInt32BE(low, length + 4);
        length += 8;
    });
    return new KeyHashes(bytes);
}
/** A table of the hashes a baseline kept (KeyHashes or its base64); undefined when malformed. */
function decodeKeyHashes(hashes) {
    const bytes = typeof hashes === 'string' ? Buffer.from(hashes, 'base64') : hashes.bytes;
    if (bytes.length % 8 !== 0)
        return undefined;
    const table = new KeyTable(false, bytes.length / 8);
    for (let offset = 0; offset < bytes.length; offset += 8) {
        const high = bytes.readUInt32BE(offset);
        const low = bytes.readUInt32BE(offset + 4);
        table.insert(high === 0 && low === 0 ? [0, 1] : [high, low]);
    }
    return table;
}
/** The baseline's finding keys as a hash table; undefined when it has none. */
function baselineKeyTable(baseline) {
    if (baseline.findingHashes !== undefined) {
        const table = decodeKeyHashes(baseline.findingHashes);
        if (table)
            return table;
    }
    if (!Array.isArray(baseline.findings))
        return undefined;
    const table = new KeyTable(false, baseline.findings.length);
    for (const key of baseline.findings)
        if (typeof key === 'string')
            table.insert(keyHash(key));
    return table;
}


/***/ })

};
