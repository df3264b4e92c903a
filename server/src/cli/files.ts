/**
 * The files a run reads beside the question files: the nearest parlq.config.json, parlq.terms.json
 * and parlq-accepted.json above each checked file (found as linters find their configuration), and
 * the writing of a fixed file, which never leaves a half-written one.
 */
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The nearest file of one name in a file's folder or above it; each folder is looked at once per run. */
export class NearestFile {
  private readonly cache = new Map<string, string | null>();
  constructor(private readonly name: string) {}

  for(file: string): string | null {
    let folder = dirname(resolve(file === '-' ? join('.', '-') : file));
    const seen: string[] = [];
    const remember = (found: string | null) => {
      for (const path of seen) this.cache.set(path, found);
      return found;
    };
    for (;;) {
      const known = this.cache.get(folder);
      if (known !== undefined) return remember(known);
      seen.push(folder);
      const candidate = join(folder, this.name);
      if (existsSync(candidate)) return remember(candidate);
      const parent = dirname(folder);
      if (parent === folder) return remember(null);
      folder = parent;
    }
  }
}

/** Reads a question file as an editor would: UTF-8, with whether it starts with a byte-order mark (kept when the file is rewritten). */
export function readQuestionFile(path: string): { text: string; bom: boolean; raw: Buffer } {
  const raw = readFileSync(path === '-' ? 0 : path);
  const decoded = raw.toString('utf8');
  const bom = decoded.charCodeAt(0) === 0xfeff;
  return { text: bom ? decoded.slice(1) : decoded, bom, raw };
}

/**
 * Writes a file's new text only if the file still holds exactly the bytes that were checked, into
 * a temporary file beside it then renamed over it: an interrupted run leaves the old file or the
 * new one, never half of one. Returns false when the file changed meanwhile (nothing is written).
 */
export function replaceFile(path: string, checked: Buffer, text: string, bom: boolean): boolean {
  const now = readFileSync(path);
  if (!now.equals(checked)) return false;
  const temporary = join(dirname(path), `.${basename(path)}.parlq-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, (bom ? '\ufeff' : '') + text, { mode: statSync(path).mode });
    renameSync(temporary, path);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw error;
  }
  return true;
}
