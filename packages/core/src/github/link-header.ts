// The `Link` header GitHub paginates with: `<https://api.github.com/...&page=2>; rel="next", ...`.

/** The `rel="next"` URL of a Link header, if any. */
export function nextPageUrl(link: string | undefined): URL | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const match = /^\s*<([^>]+)>\s*;(.*)$/.exec(part);
    if (!match) continue;
    const rels = /\brel="?([^";]+)"?/.exec(match[2])?.[1]?.split(/\s+/) ?? [];
    if (rels.includes('next') && URL.canParse(match[1])) return new URL(match[1]);
  }
  return undefined;
}
