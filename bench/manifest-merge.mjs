#!/usr/bin/env node
// Benchmark: merge 3 per-platform images into 2 tags on a local docker-registry with our
// manifest-merge bundle (dist/manifest-merge, run as the runner runs it) and with
// `buildah manifest create` / `add` x3 / `push --all` x2 doing the same, alternating in the same
// run. Prints the time ratio (ours / buildah: min, median, max over the runs) and the number of
// HTTP requests our run made. Target: at most half buildah's time; at most 2 requests per source
// plus 1 per tag when everything is in one repository.
//
//   node bench/manifest-merge.mjs [--runs N]      (bench/run.mjs imports run())
//
// Needs Debian's docker-registry, skopeo (to seed the images from OCI layouts written here) and
// buildah; build the bundle first: node scripts/build-dist.mjs manifest-merge. The registry, the
// program lookup and the exec seam are the test support's (bench/manifest-merge-entry.ts).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadTypeScript } from './load-typescript.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = join(ROOT, 'dist/manifest-merge/main/index.js');
const PLATFORMS = [
  { os: 'linux', architecture: 'amd64', suffix: 'amd64' },
  { os: 'linux', architecture: 'arm64', suffix: 'arm64' },
  { os: 'linux', architecture: 'arm', variant: 'v7', suffix: 'armv7' },
];
const TAGS = 2;

/** The test support's registry, program lookup and exec seam, bundled from TypeScript at start. */
let support;

const sha256 = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/**
 * Writes a one-image OCI layout (config with the platform, one random layer of `layerBytes`) for
 * skopeo to push. Random bytes: incompressible, like a real compressed layer.
 */
export function writeOciLayout(dir, platform, layerBytes = 64 * 1024) {
  const blobs = join(dir, 'blobs/sha256');
  mkdirSync(blobs, { recursive: true });
  const blob = (bytes) => {
    const digest = sha256(bytes);
    writeFileSync(join(blobs, digest.slice(7)), bytes);
    return { digest, size: bytes.length };
  };
  const layer = blob(randomBytes(layerBytes));
  const { suffix: _suffix, ...fields } = platform;
  const config = blob(
    Buffer.from(
      JSON.stringify({
        ...fields,
        created: '2026-01-01T00:00:00Z',
        config: {},
        rootfs: { type: 'layers', diff_ids: [sha256(randomBytes(8))] },
      }),
    ),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }],
    }),
  );
  const m = blob(manifest);
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          ...m,
          annotations: { 'org.opencontainers.image.ref.name': 'img' },
        },
      ],
    }),
  );
}

/** min, median and max of `values`, to 3 decimals. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (x) => Math.round(x * 1000) / 1000;
  return { min: round(sorted[0]), median: round(median), max: round(sorted[sorted.length - 1]) };
}

/** One merge with our bundle, as the runner runs it; returns ms, the request count and the digest. */
async function ours(host, round, dir) {
  const sources = PLATFORMS.map((p) => `${host}/bench/app:1-${p.suffix}`).join('\n');
  const tags = Array.from({ length: TAGS }, (_, i) => `${host}/bench/app:ours-${round}-${i}`).join(',');
  const output = join(dir, `output-${round}`);
  writeFileSync(output, '');
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    RUNNER_DEBUG: '1',
    GITHUB_OUTPUT: output,
    INPUT_SOURCES: sources,
    INPUT_TAGS: tags,
    INPUT_PLATFORMS: '',
    INPUT_ANNOTATIONS: '',
    INPUT_FORMAT: 'oci',
    INPUT_ATTESTATIONS: 'keep',
    INPUT_USERNAME: '',
    INPUT_PASSWORD: '',
    'INPUT_REGISTRY-INSECURE': '',
    'INPUT_DRY-RUN': 'false',
  };
  const started = performance.now();
  const { stdout } = await support.execProcess(support.nodeFor('node24'), [BUNDLE], { env });
  const ms = performance.now() - started;
  const counted = /Registry requests: (\d+) \(([^)]*)\)/.exec(stdout);
  const requests = Number(counted?.[1] ?? NaN);
  const byMethod = counted?.[2] ?? '';
  const digest = /digest<<(\S+)\n(sha256:[a-f0-9]{64})/.exec(readFileSync(output, 'utf8'))?.[2];
  return { ms, requests, byMethod, digest };
}

/** The same merge with buildah: create a list, add the 3 images, push it (--all) to 2 tags. */
async function buildah(host, round, storage) {
  const bin = support.requireProgram('buildah');
  const global = ['--root', join(storage, 'root'), '--runroot', join(storage, 'run'), '--storage-driver', 'vfs'];
  const list = `bench-list-${round}`;
  const started = performance.now();
  await support.execProcess(bin, [...global, 'manifest', 'create', list]);
  for (const p of PLATFORMS) {
    await support.execProcess(bin, [
      ...global,
      'manifest',
      'add',
      '--tls-verify=false',
      list,
      `docker://${host}/bench/app:1-${p.suffix}`,
    ]);
  }
  for (let i = 0; i < TAGS; i++) {
    await support.execProcess(bin, [
      ...global,
      'manifest',
      'push',
      '--all',
      '--quiet',
      '--tls-verify=false',
      list,
      `docker://${host}/bench/app:buildah-${round}-${i}`,
    ]);
  }
  const ms = performance.now() - started;
  await support.execProcess(bin, [...global, 'manifest', 'rm', list]);
  return { ms };
}

/** Runs the benchmark; returns the figures (bench/run.mjs calls this). */
export async function runBenchmark({ runs = 10, log = () => undefined } = {}) {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run node scripts/build-dist.mjs manifest-merge`);
  const dir = mkdtempSync(join(tmpdir(), 'cib-bench-merge-'));
  support ??= await loadTypeScript('bench/manifest-merge-entry.ts', join(dir, 'support'));
  const skopeo = support.requireProgram('skopeo');
  support.requireProgram('buildah');
  const registry = await support.startRegistry();
  try {
    for (const p of PLATFORMS) {
      const layout = join(dir, `layout-${p.suffix}`);
      writeOciLayout(layout, p);
      await support.execProcess(skopeo, [
        'copy',
        '--quiet',
        '--dest-tls-verify=false',
        `oci:${layout}:img`,
        `docker://${registry.host}/bench/app:1-${p.suffix}`,
      ]);
    }
    // One warm-up of each (page cache, buildah storage initialisation), not counted.
    await ours(registry.host, 'warmup', dir);
    await buildah(registry.host, 'warmup', join(dir, 'buildah'));
    const oursMs = [];
    const buildahMs = [];
    const ratios = [];
    let requests = 0;
    let byMethod = '';
    for (let round = 0; round < runs; round++) {
      // Alternate who goes first so that drift in the machine's load hits both alike.
      const a = round % 2 === 0 ? await ours(registry.host, round, dir) : undefined;
      const b = await buildah(registry.host, round, join(dir, 'buildah'));
      const c = a ?? (await ours(registry.host, round, dir));
      if (!c.digest) throw new Error('our run printed no digest output');
      oursMs.push(c.ms);
      buildahMs.push(b.ms);
      ratios.push(c.ms / b.ms);
      requests = c.requests;
      byMethod = c.byMethod;
      if (round === 0) {
        // Both really did the work: each tag holds an index of the 3 platforms (checked untimed).
        for (const tag of [`ours-0-${TAGS - 1}`, `buildah-0-${TAGS - 1}`]) {
          const { stdout } = await support.execProcess(skopeo, [
            'inspect',
            '--raw',
            '--tls-verify=false',
            `docker://${registry.host}/bench/app:${tag}`,
          ]);
          const platforms = JSON.parse(stdout)
            .manifests?.map((m) => m.platform?.architecture)
            .sort();
          if (String(platforms) !== 'amd64,arm,arm64')
            throw new Error(`bench/app:${tag} holds ${platforms}, not the 3 platforms`);
        }
      }
      log(
        `run ${round + 1}/${runs}: ours ${c.ms.toFixed(0)} ms (${c.requests} requests), buildah ${b.ms.toFixed(0)} ms`,
      );
    }
    const requestTarget = 2 * PLATFORMS.length + TAGS;
    return {
      name: 'manifest-merge',
      description: `merge ${PLATFORMS.length} platforms into ${TAGS} tags on a local docker-registry: our bundle vs buildah manifest create/add/push --all`,
      runs,
      oursMs: stats(oursMs),
      buildahMs: stats(buildahMs),
      ratio: stats(ratios),
      ratioTarget: 0.5,
      requests,
      requestsByMethod: byMethod,
      requestTarget,
      meetsTargets: stats(ratios).median <= 0.5 && requests <= requestTarget,
    };
  } finally {
    await registry.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** bench/run.mjs's entry: runs the benchmark, prints the figures readably, returns them. */
export async function run(options = {}) {
  const result = await runBenchmark(options);
  console.log(format(result));
  return result;
}

function format(result) {
  const f = (s, unit = ' ms', digits = 0) =>
    `min ${s.min.toFixed(digits)}${unit}, median ${s.median.toFixed(digits)}${unit}, max ${s.max.toFixed(digits)}${unit}`;
  return [
    result.description,
    `  ours:    ${f(result.oursMs)}`,
    `  buildah: ${f(result.buildahMs)}`,
    `  ratio ours/buildah: ${f(result.ratio, '', 3)} (target <= ${result.ratioTarget})`,
    `  HTTP requests we made: ${result.requests} (${result.requestsByMethod}; target <= ${result.requestTarget}: 2 per source + 1 per tag)`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 10;
  run({ runs, log: (m) => console.error(m) }).then(
    () => undefined,
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
