import { runCli } from './program';
import { processIo } from './io';

runCli(process.argv.slice(2), processIo).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`corpus-curator: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
