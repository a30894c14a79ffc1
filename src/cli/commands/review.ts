import type { Command } from 'commander';
import { FAIL_ON_CHOICES } from '../../core/review/report';
import type { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { runDiff } from './diff';
import { runTextconv } from './textconv';

/** Registers `diff` and `textconv`, the commands for reviewing metadata changes in git. */
export function registerReviewCommands(program: Command, argv: readonly string[], defaultPaths: readonly string[], io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command('diff')
    .description('the semantic changes of article metadata between two versions read through git: the working tree against HEAD by default, REV_A against the working tree, REV_A against REV_B, or --staged')
    .argument('[revisions-and-paths...]', `[REV_A [REV_B]] [--] [paths…] (default paths: ${defaultPaths.join(' ')})`)
    .option('--staged', 'compare the index (what is staged) with HEAD, or with REV_A')
    .option('-f, --format <format>', 'text, markdown (a pull-request comment) or json', 'text')
    .option('--fail-on <conditions>', `exit 1 when any article shows one of these (comma-separated): ${FAIL_ON_CHOICES.join(', ')}`)
    .action(async (args: string[], options: { staged?: boolean; format: string; failOn?: string }) => {
      const dash = argv.indexOf('--');
      const separator = dash === -1 ? undefined : Math.max(0, args.length - (argv.length - dash - 1));
      done(await runDiff(args, separator, { ...options, defaultPaths }, io));
    });

  program
    .command('textconv')
    .description('print an article as git should show it in diffs: its metadata facts, one per line, above its text (for a .gitattributes diff driver)')
    .argument('<file>', 'the article file git passes')
    .action(async (file: string) => {
      done(await runTextconv(file, io));
    });
}
