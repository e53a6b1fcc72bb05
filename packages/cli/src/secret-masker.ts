// The one place the CLI hides secrets: every value given to setSecret (and the token the CLI
// expands into an input default) is replaced by *** in everything the CLI prints: logs, errors,
// the summary and the outputs. The GitHub runner does this itself for ::add-mask::; the CLI has no
// runner, so it must.

const MASK = '***';

/** Replaces registered secrets by *** in text; longer secrets first so no part of one is left. */
export class SecretMasker {
  private readonly secrets = new Set<string>();
  private ordered: string[] = [];

  /**
   * Registers a secret, each of its lines (the runner masks multi-line secrets line by line), and its
   * JSON-escaped form (so a secret with quotes or backslashes is also hidden inside JSON the action logs).
   */
  add(secret: string): void {
    if (!secret || secret.trim() === '') return;
    const forms = [secret, ...secret.split(/\r?\n/).map((line) => line.trim()), JSON.stringify(secret).slice(1, -1)];
    for (const form of forms) if (form !== '') this.secrets.add(form);
    this.ordered = [...this.secrets].sort((a, b) => b.length - a.length);
  }

  /** The text with every registered secret replaced by ***. */
  mask(text: string): string {
    let result = text;
    for (const secret of this.ordered) result = result.split(secret).join(MASK);
    return result;
  }

  get size(): number {
    return this.secrets.size;
  }
}
