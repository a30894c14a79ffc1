import { Command, CommanderError } from 'commander';
import { version } from '../../package.json';
import { ARTICLE_SCHEMA } from '../core/schema/validate';
import { runCheck } from './commands/check';
import { runEntities } from './commands/entities';
import { ENTITY_DECISIONS_PATH } from '../core/knowledge/entityDecisions';
import { runList } from './commands/list';
import { runTag } from './commands/tag';
import { WORKSPACE_GAZETTEER_PATH } from '../core/tagging/gazetteer/workspaceGazetteer';
import { runWrite } from './commands/write';
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
  program
    .command('write')
    .description(`write validated YAML front matter for every article under the paths (default: ${DEFAULT_CORPUS}); bodies are never changed`)
    .argument('[paths...]', 'article files or folders')
    .option('-n, --dry-run', 'print a unified diff of what would change; write nothing')
    .option('--gazetteer <file>', `a workspace gazetteer to merge over the shipped one (default: ${WORKSPACE_GAZETTEER_PATH} when present)`)
    .option('--entities <file>', `the curator's merges and splits of entities (default: ${ENTITY_DECISIONS_PATH} when present)`)
    .action(async (paths: string[], options: { dryRun?: boolean; gazetteer?: string; entities?: string }) => {
      exitCode = await runWrite(paths.length > 0 ? paths : [DEFAULT_CORPUS], { dryRun: options.dryRun === true, ...(options.gazetteer ? { gazetteer: options.gazetteer } : {}), ...(options.entities ? { entities: options.entities } : {}) }, io);
    });

  program
    .command('check')
    .description(`validate the front matter of every article under the paths (default: ${DEFAULT_CORPUS}); exit 1 on any error`)
    .argument('[paths...]', 'article files or folders')
    .option('-f, --format <format>', 'text (file:line:col: severity: message) or json', 'text')
    .action(async (paths: string[], options: { format: string }) => {
      exitCode = await runCheck(paths.length > 0 ? paths : [DEFAULT_CORPUS], options.format, io);
    });

  program
    .command('tag')
    .description('tag dates and named entities: the spans of each article (a JSON line per article), or of each line of a JSONL file')
    .argument('[paths...]', 'article files or folders')
    .option('--input-jsonl <file>', 'read one JSON object per line ({"text", "lang"?, "referenceDate"?}; - for stdin) and write one result line per input, in order')
    .option('--gazetteer <file>', `a workspace gazetteer to merge over the shipped one (default: ${WORKSPACE_GAZETTEER_PATH} when present)`)
    .option('--entities <file>', `the curator's merges and splits of entities (default: ${ENTITY_DECISIONS_PATH} when present)`)
    .action(async (paths: string[], options: { inputJsonl?: string; gazetteer?: string; entities?: string }) => {
      exitCode = await runTag(paths, options, io);
    });

  program
    .command('entities')
    .description(`list the corpus's entities under the paths (default: ${DEFAULT_CORPUS}): ids, names per language, article and mention counts`)
    .argument('[paths...]', 'article files or folders')
    .option('-f, --format <format>', 'json or csv', 'json')
    .option('--gazetteer <file>', `a workspace gazetteer to merge over the shipped one (default: ${WORKSPACE_GAZETTEER_PATH} when present)`)
    .option('--entities <file>', `the curator's merges and splits of entities (default: ${ENTITY_DECISIONS_PATH} when present)`)
    .action(async (paths: string[], options: { format: string; gazetteer?: string; entities?: string }) => {
      exitCode = await runEntities(paths.length > 0 ? paths : [DEFAULT_CORPUS], options, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of article front matter')
    .action(() => {
      io.out(`${JSON.stringify(ARTICLE_SCHEMA, null, 2)}\n`);
    });

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
