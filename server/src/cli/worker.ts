/** A worker thread of `parlq check`: checks the batches of files it is given, as the main thread would. */
import { parentPort, workerData } from 'node:worker_threads';
import { CHECKS } from '../checks/index.js';
import { FileChecker, type CheckerOptions, type WorkspaceEntries } from './main.js';

const data = workerData as { options: CheckerOptions; index: WorkspaceEntries };
const checker = new FileChecker(data.options, CHECKS, data.index);
parentPort?.on('message', (batch: { start: number; paths: string[] }) => {
  parentPort?.postMessage({ start: batch.start, results: batch.paths.map((path) => checker.check(path)) });
});
