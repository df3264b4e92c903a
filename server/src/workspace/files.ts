/**
 * The one walk over a folder for question files, shared by the checker and the workspace index:
 * in sorted order, skipping hidden folders and build and dependency folders.
 */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'out', 'dist']);
/**
 * Which files a walk takes. The checker, pointed at a folder on purpose, takes `.txt` too (pages
 * saved from the Senate's site are text files); the workspace index takes the files the editor
 * opens as parlq, since the `.txt` files of an editor's workspace are mostly something else.
 */
export const CHECKED_FILES = /\.(parlq|txt)$/i;
export const WORKSPACE_FILES = /\.parlq$/i;

/**
 * Every question file under `folder`. A folder that cannot be read is passed over and named in
 * `unreadable` (the walk goes on with the rest); the top folder itself unreadable throws.
 */
export function questionFilesIn(folder: string, accept: RegExp, unreadable: string[] = [], excluded: (relativePath: string) => boolean = () => false): string[] {
  const found: string[] = [];
  const relative = (path: string) =>
    path
      .slice(folder.length + 1)
      .split(sep)
      .join('/');
  const walk = (path: string, top: boolean) => {
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      if (top) throw error;
      unreadable.push(path);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.') && !excluded(relative(full))) walk(full, false);
      } else if (entry.isFile() && accept.test(entry.name) && !excluded(relative(full))) found.push(full);
    }
  };
  walk(folder, true);
  return found;
}

/**
 * A VS Code glob (`files.exclude`'s keys: `**`, `*`, `?`, `{a,b}`, `[abc]`) as a test of a path
 * relative to the workspace folder, with "/" between its segments. A pattern without a "/"
 * matches a name in any folder, as VS Code reads `node_modules`.
 */
export function globMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const expressions = patterns.map((pattern) => new RegExp(`^${globSource(pattern.includes('/') ? pattern.replace(/^\.\//, '') : `**/${pattern}`)}$`));
  return (path) => expressions.some((expression) => expression.test(path));
}

function globSource(glob: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] as string;
    if (char === '*') {
      if (glob[i + 1] === '*') {
        // "**/" is any number of folders, none included; a final "**" is anything.
        if (glob[i + 2] === '/') {
          out += '(?:[^/]*/)*';
          i += 2;
        } else {
          out += '.*';
          i++;
        }
      } else out += '[^/]*';
    } else if (char === '?') out += '[^/]';
    else if (char === '{') {
      braces++;
      out += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (char === ',' && braces > 0) out += '|';
    else if (char === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else out += char.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return out + ')'.repeat(braces);
}
