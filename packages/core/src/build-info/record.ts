// The build-info record: what one build is (version, commit, ref, date, cache-bust value, the
// run that made it). build-info.json, build-info.js, the dotenv file and the `json` output all
// serialise this one record, so every consumer reads the same field names.

/** A computed build-info record (camelCase inside the code; see `toRecord` for the file form). */
export interface BuildInfo {
  /** The exact version (`1.2.3+build.7`): files, build args and the OCI version label. */
  version: string;
  /** The version as a valid image tag (`1.2.3_build.7`, version/image-tag.ts): the `version` output. */
  imageTag: string;
  /** The full commit SHA the build is for (the PR head on pull_request events). */
  commit: string;
  shortCommit: string;
  /** The full ref: refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge ('' when unknown). */
  ref: string;
  /** ISO-8601 UTC without milliseconds: 2025-09-08T16:32:44Z. */
  buildDate: string;
  cacheBust: string;
  runId: string;
  runUrl: string;
  /** `owner/name` on GitHub, the project path on GitLab. */
  repository: string;
  repositoryUrl: string;
}

/** The record as written to files and outputs: snake_case keys in a fixed order. */
export interface BuildInfoRecord {
  version: string;
  git_commit: string;
  git_commit_short: string;
  ref: string;
  build_date: string;
  cache_bust: string;
  run_id: string;
  run_url: string;
  repository: string;
  repository_url: string;
}

/** The file form of a build-info record. */
export function toRecord(info: BuildInfo): BuildInfoRecord {
  return {
    version: info.version,
    git_commit: info.commit,
    git_commit_short: info.shortCommit,
    ref: info.ref,
    build_date: info.buildDate,
    cache_bust: info.cacheBust,
    run_id: info.runId,
    run_url: info.runUrl,
    repository: info.repository,
    repository_url: info.repositoryUrl,
  };
}

/** build-info.json's content: the record, indented, with a final newline. */
export function renderJsonFile(info: BuildInfo): string {
  return JSON.stringify(toRecord(info), null, 2) + '\n';
}
