/**
 * Entry point of `parlq-language-server`. Any LSP editor starts it with `--stdio` (or
 * `--node-ipc`, `--socket=N`, `--pipe=NAME`); with none of these it speaks over stdio.
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { SERVER_VERSION, startServer } from './server.js';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`parlq-language-server ${SERVER_VERSION}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'Usage: parlq-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n' +
      'The parlq language server for bilingual parliamentary question files (language id "parlq").\n' +
      'Without a transport option it speaks LSP over stdin/stdout.\n',
  );
} else {
  if (!args.some((arg) => /^--(stdio|node-ipc|socket|pipe)/.test(arg))) process.argv.push('--stdio');
  const connection = createConnection(ProposedFeatures.all);
  // A promise that fails with nobody waiting for it is a bug to log, not a reason to drop the
  // user's session: Node would otherwise end the process.
  process.on('unhandledRejection', (reason) => {
    connection.console.error(`parlq: unhandled failure: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
  });
  // PARLQ_TEST_FAIL (tests only) lists handlers and checks that throw on purpose.
  const injectedFailures = new Set((process.env.PARLQ_TEST_FAIL ?? '').split(',').filter(Boolean));
  startServer(connection, { injectedFailures });
}
