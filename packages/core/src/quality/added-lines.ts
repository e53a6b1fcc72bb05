// The lines a change adds, from `git diff --unified=0` output: for each file of the new side,
// the line numbers of its `+` lines. Deleted files, binary files and pure renames add nothing.

/** path (as in the new tree) -> added line numbers, ascending. */
export type AddedLines = Map<string, number[]>;

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Parses unified diff text (zero context lines) into the added lines of each file. */
export function parseAddedLines(diff: string): AddedLines {
  const added: AddedLines = new Map();
  let file: number[] | undefined;
  let next = 0;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const path = line.slice(4);
      if (path === '/dev/null') file = undefined;
      else {
        const name = unquote(path).replace(/^b\//, '');
        file = added.get(name) ?? [];
        added.set(name, file);
      }
      continue;
    }
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (file && line.startsWith('+')) file.push(next++);
    else if (line.startsWith(' ')) next++;
  }
  for (const [path, lines] of added) if (lines.length === 0) added.delete(path);
  return added;
}

/** git quotes paths with unusual characters ("b/na\303\257ve.js"); we ask for core.quotePath=off. */
function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  return JSON.parse(
    path.replace(/\\([0-7]{3})/g, (_, octal: string) => `\\u00${parseInt(octal, 8).toString(16).padStart(2, '0')}`),
  ) as string;
}
