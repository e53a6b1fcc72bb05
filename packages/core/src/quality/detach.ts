// A copy of a string that shares no memory with the text it was cut from. V8 cuts substrings
// (saxes' attribute values and text, String.prototype.slice) as views that keep their whole
// parent alive: one failure message kept from a 64 KB read chunk keeps the chunk, and a 1 GB
// report with thousands of failures kept hundreds of MB (bench/quality-gate.mjs). Strings that
// outlive a chunk (failed tests, file paths) are copied with this. UTF-16 round trip: lossless.
export function detach(text: string): string;
export function detach(text: string | undefined): string | undefined;
export function detach(text: string | undefined): string | undefined {
  return text === undefined ? undefined : Buffer.from(text, 'utf16le').toString('utf16le');
}
