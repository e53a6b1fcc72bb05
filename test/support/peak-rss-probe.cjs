// Preloaded into a measured Node process (`node --require <this file> script.js`): as the process
// exits it writes its peak RSS in KiB to the file named by CIB_PEAK_RSS_FILE. Used by the runner
// harness (measurePeakRss) and bench/quality-gate.mjs. A process killed by a signal writes
// nothing, so a missing file means "no figure", never a made-up one.
//
// The figure is VmHWM from /proc/self/status: the high-water mark of this process's own memory
// since its exec. Not process.resourceUsage().maxRSS (ru_maxrss): Linux carries into it the RSS of
// the forked copy of the parent from before the exec, so a child of a 100 MB jest worker reported
// 100 MB whatever it did (measured: a 40 MB child of a 340 MB parent reports 311 MB there).
// Elsewhere than Linux, maxRSS is the only figure there is.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');

const file = process.env.CIB_PEAK_RSS_FILE;
// Children the process starts inherit the environment but not --require: only this process writes.
delete process.env.CIB_PEAK_RSS_FILE;

function peakKiB() {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // no /proc: not Linux
  }
  return process.resourceUsage().maxRSS;
}

if (file) process.on('exit', () => writeFileSync(file, String(peakKiB())));
