/**
 * The one walk over a folder for question files, shared by the checker and the workspace index:
 * in sorted order, skipping hidden folders and build and dependency folders.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

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
export function questionFilesIn(folder: string, accept: RegExp, unreadable: string[] = []): string[] {
  const found: string[] = [];
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
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(full, false);
      } else if (entry.isFile() && accept.test(entry.name)) found.push(full);
    }
  };
  walk(folder, true);
  return found;
}
