/**
 * Builds the workspace index off the request path: files are read and indexed in small batches,
 * yielding to the message loop between batches, with progress shown to the user when the client
 * supports server-initiated progress. Open documents are indexed from their live text instead.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import type { ParsedDocument } from '../model/nodes.js';
import { WorkspaceIndex, entriesOf, indexText } from '../workspace/index.js';

const BATCH = 50;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.vscode-e2e', 'out', 'dist']);

async function questionFiles(folder: string, found: string[] = []): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return found; // unreadable folder: index what can be read
  }
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) await questionFiles(join(folder, entry.name), found);
    } else if (entry.isFile() && entry.name.endsWith('.parlq')) found.push(join(folder, entry.name));
  }
  return found;
}

export class WorkspaceIndexer {
  private readonly index = new WorkspaceIndex();
  /** Files whose live text an editor holds: the disk copy must not overwrite their entries. */
  private readonly open = new Set<string>();
  private readonly pending = new Map<string, ParsedDocument>();
  private done: Promise<void> = Promise.resolve();

  constructor(private readonly connection: Connection) {}

  /** Indexes every .parlq file under the folders; resolves when done. */
  start(folderUris: readonly string[], showProgress: boolean): Promise<void> {
    this.done = this.run(folderUris, showProgress).catch((error) => {
      this.connection.console.error(`parlq: indexing the workspace failed: ${String(error)}`);
    });
    return this.done;
  }

  /**
   * The index once the folder scan is done and the open documents' latest models are in it.
   * Their entries are read here, when asked for, not on every keystroke.
   */
  async current(): Promise<WorkspaceIndex> {
    await this.done;
    for (const [uri, document] of this.pending) this.index.set(uri, entriesOf(uri, document));
    this.pending.clear();
    return this.index;
  }

  /** An open document's latest model; its entries are read from it on the next query. */
  updateOpen(uri: string, document: ParsedDocument): void {
    this.open.add(uri);
    this.pending.set(uri, document);
  }

  /** A closed document goes back to its saved text (or out, if it is not in the workspace). */
  async close(uri: string): Promise<void> {
    this.open.delete(uri);
    this.pending.delete(uri);
    if (!uri.startsWith('file:')) {
      this.index.delete(uri);
      return;
    }
    try {
      this.index.set(uri, indexText(uri, await readFile(fileURLToPath(uri), 'utf8')));
    } catch {
      this.index.delete(uri);
    }
  }

  private async run(folderUris: readonly string[], showProgress: boolean): Promise<void> {
    const started = Date.now();
    const folders = folderUris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    const files: string[] = [];
    for (const folder of folders) await questionFiles(folder, files);
    if (files.length === 0) return;
    const progress = showProgress ? await this.connection.window.createWorkDoneProgress().catch(() => null) : null;
    progress?.begin('parlq: indexing question files', 0, `0 of ${files.length}`, false);
    for (let i = 0; i < files.length; i += BATCH) {
      for (const file of files.slice(i, i + BATCH)) {
        const uri = pathToFileURL(file).toString();
        if (this.open.has(uri)) continue;
        try {
          this.index.set(uri, indexText(uri, await readFile(file, 'utf8')));
        } catch {
          // a file that vanished or cannot be read is simply not indexed
        }
      }
      const finished = Math.min(files.length, i + BATCH);
      progress?.report(Math.round((finished / files.length) * 100), `${finished} of ${files.length}`);
      await new Promise((resolve) => setImmediate(resolve)); // let requests in between batches
    }
    progress?.done();
    this.connection.console.info(`parlq: indexed ${files.length} question files in ${Date.now() - started} ms`);
  }
}
