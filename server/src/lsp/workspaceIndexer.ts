/**
 * Feeds the service's workspace index from disk, off the request path: the folders' question
 * files are read in small batches, yielding to the message loop between batches, with progress
 * shown when the client supports server-initiated progress. Open documents are indexed from their
 * live text by the service itself.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import type { LanguageService } from '../service/index.js';
import { t } from '../l10n/index.js';
import { WORKSPACE_FILES, questionFilesIn } from '../workspace/files.js';

const BATCH = 50;

export class WorkspaceIndexer {
  private done: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly service: LanguageService,
  ) {}

  /** Every question file under the folders, without those `excluded` names (files.exclude, by folder URI). */
  files(folderUris: readonly string[], excluded: (folderUri: string) => (relativePath: string) => boolean = () => () => false): string[] {
    const files: string[] = [];
    for (const uri of folderUris) {
      if (!uri.startsWith('file:')) continue;
      try {
        files.push(...questionFilesIn(fileURLToPath(uri), WORKSPACE_FILES, [], excluded(uri)));
      } catch {
        // a workspace folder that cannot be read is simply not indexed
      }
    }
    return files;
  }

  /** Indexes every question file under the folders; resolves when done. */
  start(folderUris: readonly string[], showProgress: boolean, excluded?: (folderUri: string) => (relativePath: string) => boolean): Promise<void> {
    this.done = this.run(folderUris, showProgress, excluded).catch((error) => {
      this.connection.console.error(`parlq: indexing the workspace failed: ${String(error)}`);
    });
    return this.done;
  }

  /** Resolves once the folder scan is done. */
  ready(): Promise<void> {
    return this.done;
  }

  /** The saved text of a file an editor closed, or undefined when it is not on disk. */
  async savedText(uri: string): Promise<string | undefined> {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return await readFile(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  }

  private async run(folderUris: readonly string[], showProgress: boolean, excluded?: (folderUri: string) => (relativePath: string) => boolean): Promise<void> {
    const started = Date.now();
    const files = this.files(folderUris, excluded);
    if (files.length === 0) return;
    const progress = showProgress ? await this.connection.window.createWorkDoneProgress().catch(() => null) : null;
    const say = this.service.locale;
    progress?.begin(t(say, 'server.indexing'), 0, t(say, 'server.indexed', { done: 0, total: files.length }), false);
    for (let i = 0; i < files.length; i += BATCH) {
      for (const file of files.slice(i, i + BATCH)) {
        try {
          this.service.setWorkspaceFile(pathToFileURL(file).toString(), await readFile(file, 'utf8'));
        } catch {
          // a file that vanished or cannot be read is simply not indexed
        }
      }
      const finished = Math.min(files.length, i + BATCH);
      progress?.report(Math.round((finished / files.length) * 100), t(say, 'server.indexed', { done: finished, total: files.length }));
      await new Promise((resolve) => setImmediate(resolve)); // let requests in between batches
    }
    progress?.done();
    this.connection.console.info(`parlq: indexed ${files.length} question files in ${Date.now() - started} ms`);
  }
}
