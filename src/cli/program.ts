import { Command, CommanderError } from 'commander';
import { version } from '../../package.json';
import { runList } from './commands/list';
import { ExitCode } from './exitCodes';
import { type CliIo, UsageOrIoError } from './io';

const DEFAULT_CORPUS = 'seeds';

/** Runs the CLI on `argv` (without `node` and the script) and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.ok;
  const program = new Command('corpus-curator')
    .description('Curate multilingual news corpora: list, tag, validate and write article front matter.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run corpus-curator --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (text) => { io.out(text); }, writeErr: (text) => { io.err(text); } })
    .addHelpText('after', '\nExit codes: 0 ok, 1 problems found, 2 usage or I/O error.');

  program
    .command('list')
    .description(`list the article files (.txt, .md) under the paths (default: ${DEFAULT_CORPUS})`)
    .argument('[paths...]', 'article files or folders')
    .action(async (paths: string[]) => {
      exitCode = await runList(paths.length > 0 ? paths : [DEFAULT_CORPUS], io);
    });

  if (argv.length === 0) {
    io.err(program.helpInformation());
    return ExitCode.usageOrIoError;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const informational = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
      return informational.includes(error.code) ? ExitCode.ok : ExitCode.usageOrIoError;
    }
    if (error instanceof UsageOrIoError) {
      io.err(`corpus-curator: ${error.message}\n`);
      return ExitCode.usageOrIoError;
    }
    throw error;
  }
}
