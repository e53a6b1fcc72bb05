#!/usr/bin/env node
// Benchmark: find the version behind `latest` and decide, on a local docker-registry holding 500
// version tags, (a) when latest carries the org.opencontainers.image.version label, (b) when it
// does not, against the original algorithm of ci_latest_manager.sh (the digest of latest, then
// the digest of every version tag, one at a time), alternating in the same run on the same
// registry client. Prints median times, requests made and the ratios. Targets: with the label
// at most 4 requests and at least 20x faster than the original; without it at least 5x faster.
// A third case, for information, is the worst one: latest matching no version tag at all.
//
//   node bench/latest-manager.mjs [--runs N] [--tags N] [--latency MS]   (bench/run.mjs imports run())
//
// --latency puts a proxy in front of the registry that delays every request by MS, as a
// registry across a network does (the decisions are then measured through it; seeding is not).
//
// Needs Debian's docker-registry. The TypeScript it measures (bench/latest-manager-entry.ts)
// is bundled here with ncc first.
import { Agent, createServer, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadTypeScript } from './load-typescript.mjs';

/** 500 versions 1.0.0 .. 5.9.9 (the same spread a long-lived project has), latest at the highest. */
function versions(count) {
  const list = [];
  for (let major = 1; list.length < count; major++)
    for (let minor = 0; minor < 10 && list.length < count; minor++)
      for (let patch = 0; patch < 10 && list.length < count; patch++) list.push(`${major}.${minor}.${patch}`);
  return list;
}

async function seed(entry, repository, all, label) {
  const client = new entry.RegistryClient();
  const repo = entry.parseReference(repository);
  for (let i = 0; i < all.length; i += 25) {
    await Promise.all(all.slice(i, i + 25).map((v) => entry.pushVersion(client, repo, v, { label })));
  }
  const highest = all[all.length - 1];
  const manifest = await client.getManifest(entry.withTag(repo, highest));
  await client.putManifest(entry.withTag(repo, 'latest'), manifest.bytes, manifest.mediaType);
  // The release being decided, pushed but not yet latest.
  const [major] = highest.split('.');
  const release = `${Number(major) + 1}.0.0`;
  await entry.pushVersion(client, repo, release, { label });
  return release;
}

/** A proxy on 127.0.0.1 that forwards every request to `upstream` after `ms` milliseconds. */
function startLatencyProxy(upstream, ms) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const [hostname, port] = upstream.split(':');
  const server = createServer((req, res) => {
    setTimeout(() => {
      const forward = request(
        { hostname, port: Number(port), method: req.method, path: req.url, headers: req.headers, agent },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      req.pipe(forward);
    }, ms);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        host: `127.0.0.1:${server.address().port}`,
        stop: () =>
          new Promise((done) => {
            server.closeAllConnections();
            agent.destroy();
            server.close(() => done());
          }),
      }),
    ),
  );
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function timed(fn) {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

/** Runs the benchmark; returns the figures (times in ms). */
export async function run({ runs = 5, tags = 500, latency = 0, log = console.log } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cib-bench-latest-'));
  let server;
  let proxy;
  try {
    const entry = await loadTypeScript('bench/latest-manager-entry.ts', join(dir, 'bundle'));
    server = await entry.startRegistry();
    proxy = latency > 0 ? await startLatencyProxy(server.host, latency) : undefined;
    const measured = proxy?.host ?? server.host;
    const all = versions(tags);
    const cases = {};
    let release;
    for (const [name, label] of [
      ['with-label', true],
      ['without-label', false],
      ['no-match', false],
    ]) {
      const repository = `${server.host}/bench/${name === 'no-match' ? 'without-label' : name}`;
      if (name === 'no-match') {
        // Worst case, for information: latest holds an image no version tag has (built from main),
        // so every version tag must be compared; ours 8 at a time, the original one by one.
        const client = new entry.RegistryClient();
        const repo = entry.parseReference(repository);
        await entry.pushVersion(client, repo, 'main', { label: false, tags: ['main', 'latest'] });
      } else {
        release = await seed(entry, repository, all, label);
      }
      const decided = `${measured}/bench/${name === 'no-match' ? 'without-label' : name}`;
      // Warm up both (connections, registry caches), then alternate.
      await entry.decideOurs(decided, release);
      await entry.decideOriginal(decided, release);
      const ours = [];
      const original = [];
      let oursResult;
      let originalResult;
      for (let i = 0; i < runs; i++) {
        const a = await timed(() => entry.decideOurs(decided, release));
        const b = await timed(() => entry.decideOriginal(decided, release));
        ours.push(a.ms);
        original.push(b.ms);
        oursResult = a.result;
        originalResult = b.result;
      }
      if (
        oursResult.previousVersion !== originalResult.previousVersion ||
        oursResult.reason !== originalResult.reason
      ) {
        throw new Error(
          `${name}: the decisions differ: ours ${JSON.stringify(oursResult)}, original ${JSON.stringify(originalResult)}`,
        );
      }
      cases[name] = {
        release,
        decision: `${oursResult.reason} (latest was ${oursResult.previousVersion}, found by ${oursResult.source})`,
        oursMs: median(ours),
        originalMs: median(original),
        oursRequests: oursResult.requests,
        oursByMethod: oursResult.byMethod,
        originalRequests: originalResult.requests,
        speedup: median(original) / median(ours),
      };
    }
    const figures = { tags, runs, latencyMs: latency, cases };
    const targets = {
      'with-label': { requests: 4, speedup: 20 },
      'without-label': { speedup: 5 },
      'no-match': { speedup: 1 },
    };
    log(
      `latest-manager: ${tags} version tags, median of ${runs} alternating runs each` +
        (latency ? `, ${latency} ms added to every request` : ', local registry (no added latency)'),
    );
    for (const [name, c] of Object.entries(cases)) {
      const t = targets[name];
      const ok = c.speedup >= t.speedup && (t.requests === undefined || c.oursRequests <= t.requests);
      log(
        `  ${name.padEnd(14)} ours ${c.oursMs.toFixed(1)} ms / ${c.oursRequests} requests ${JSON.stringify(c.oursByMethod)}; original ${c.originalMs.toFixed(1)} ms / ${c.originalRequests} requests; ` +
          `${c.speedup.toFixed(1)}x faster, ${(c.originalRequests / c.oursRequests).toFixed(0)}x fewer requests ` +
          `(target >= ${t.speedup}x${t.requests ? `, <= ${t.requests} requests` : ''}: ${ok ? 'met' : 'MISSED'}); ${c.decision}`,
      );
      c.targetMet = ok;
    }
    return figures;
  } finally {
    await proxy?.stop();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const figures = await run({ runs: arg('--runs', 5), tags: arg('--tags', 500), latency: arg('--latency', 0) });
  process.exitCode = Object.values(figures.cases).every((c) => c.targetMet) ? 0 : 1;
}
