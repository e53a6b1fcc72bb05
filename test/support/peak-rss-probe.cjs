// Preloaded into a measured Node process (`node --require <this file> script.js`): as the process
// exits it writes its peak RSS in KiB (process.resourceUsage().maxRSS, the kernel's ru_maxrss of
// this process alone, its children excluded) to the file named by CIB_PEAK_RSS_FILE. Used by the
// runner harness (measurePeakRss) and bench/quality-gate.mjs. A process killed by a signal writes
// nothing, so a missing file means "no figure", never a made-up one.
'use strict';
const { writeFileSync } = require('node:fs');

const file = process.env.CIB_PEAK_RSS_FILE;
// Children the process starts inherit the environment but not --require: only this process writes.
delete process.env.CIB_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
