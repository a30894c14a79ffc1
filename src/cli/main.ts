import { runCli } from './program';
import { processIo } from './io';
import { modelProblem } from '../core/tagging/model/shippedModel';

// `corpus-curator write --dry-run | head` closes stdout early: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    // A missing or damaged entity model does not stop the CLI: tags come from rules and gazetteers, and it says so.
    const problem = modelProblem();
    if (problem) process.stderr.write(`corpus-curator: warning: ${problem.message}\n`);
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`corpus-curator: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
