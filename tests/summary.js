#!/usr/bin/env node
// Prints the closing line of a test run ("vitest: N passed, N failed") from vitest's JSON report,
// and exits non-zero unless tests ran and all passed.
// With --clear, removes the last run's report first, so that a run that never writes one cannot
// be summed up from an older one.
const { existsSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const report = join(__dirname, '..', 'out', 'test-results.json');
if (process.argv.includes('--clear')) {
  rmSync(report, { force: true });
  process.exit(0);
}
if (!existsSync(report)) {
  console.log('vitest: 0 passed, 1 failed');
  console.error(`no test report at ${report}: the test run did not finish`);
  process.exit(1);
}
const results = JSON.parse(readFileSync(report, 'utf8'));
// A failed test counts once; a test file that failed with no failed test in it (it did not load,
// a hook threw) counts as one more failure. (numFailedTestSuites would count each describe block
// around a failed test again.)
const brokenFiles = (results.testResults ?? []).filter((file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed')).length;
const failed = results.numFailedTests + brokenFiles;
const skipped = results.numPendingTests + (results.numTodoTests ?? 0);
console.log(`vitest: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && results.numPassedTests > 0 && results.success !== false ? 0 : 1);
