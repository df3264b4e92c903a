/** A worker thread of `parlq check`: checks the batches of files it is given, as the main thread would. */
import { parentPort, workerData } from 'node:worker_threads';
import { FileChecker, type CheckerOptions } from './main.js';

const checker = new FileChecker(workerData as CheckerOptions);
parentPort?.on('message', (batch: { start: number; paths: string[] }) => {
  parentPort?.postMessage({ start: batch.start, results: batch.paths.map((path) => checker.check(path)) });
});
