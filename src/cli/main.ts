import { runCli } from './program';
import { processIo } from './io';

// `corpus-curator write --dry-run | head` closes stdout early: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), processIo).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`corpus-curator: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
