import { Command, CommanderError } from 'commander';
import { version } from '../../package.json';
import { articleSchema } from '../core/schema/validate';
import { runCheck } from './commands/check';
import { runEval } from './commands/eval';
import { runExport } from './commands/export';
import { runImport } from './commands/import';
import { runEntities } from './commands/entities';
import { ENTITY_DECISIONS_PATH } from '../core/knowledge/entityDecisions';
import { runLearn } from './commands/learn';
import { runList } from './commands/list';
import { registerReviewCommands } from './commands/review';
import { runTag } from './commands/tag';
import { WORKSPACE_GAZETTEER_PATH } from '../core/tagging/gazetteer/workspaceGazetteer';
import { WORKSPACE_MODEL_PATH } from '../core/tagging/model/workspaceModel';
import { runWrite } from './commands/write';
import { ExitCode } from './exitCodes';
import { type CliIo, UsageOrIoError } from './io';
import { parseJobs, parseSize } from './size';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../core/corpus/articleBytes';
import type { FileOptions } from './commands/fileOptions';

// The workspace files every tagging command reads, described once.
const GAZETTEER_HELP = `a workspace gazetteer to merge over the shipped one (default: ${WORKSPACE_GAZETTEER_PATH} when present)`;
const ENTITIES_HELP = `the curator's merges and splits of entities (default: ${ENTITY_DECISIONS_PATH} when present)`;
const WORKSPACE_HELP = `the folder whose ${WORKSPACE_MODEL_PATH} (made by learn) tags instead of the shipped model (default: the current folder)`;

const DEFAULT_CORPUS = 'seeds';

interface FileFlags { followSymlinks?: boolean; maxSize?: number }

function withFileFlags(command: Command): Command {
  return command
    .option('--follow-symlinks', 'read and write the files that symbolic links point to (otherwise links are skipped with a message)')
    .option('--max-size <size>', `skip articles larger than this, e.g. 10MB, 500KB (default: ${DEFAULT_MAX_ARTICLE_BYTES / 2 ** 20}MB)`, parseSize);
}

function fileOptions(flags: FileFlags): FileOptions {
  return { followSymlinks: flags.followSymlinks === true, ...(flags.maxSize === undefined ? {} : { maxBytes: flags.maxSize }) };
}

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

  withFileFlags(program
    .command('list')
    .description(`list the article files (.txt, .md) under the paths (default: ${DEFAULT_CORPUS})`)
    .argument('[paths...]', 'article files or folders'))
    .action(async (paths: string[], flags: FileFlags) => {
      exitCode = await runList(paths.length > 0 ? paths : [DEFAULT_CORPUS], fileOptions(flags), io);
    });

  if (argv.length === 0) {
    io.err(program.helpInformation());
    return ExitCode.usageOrIoError;
  }
  withFileFlags(program
    .command('write')
    .description(`write validated YAML front matter for every article under the paths (default: ${DEFAULT_CORPUS}); bodies are never changed`)
    .argument('[paths...]', 'article files or folders')
    .option('-n, --dry-run', 'print a unified diff of what would change; write nothing')
    .option('--gazetteer <file>', GAZETTEER_HELP)
    .option('-j, --jobs <n>', 'worker threads that compute front matter (default: one per core for 200 articles or more; 0: none)', parseJobs)
    .option('--entities <file>', ENTITIES_HELP)
    .option('--no-cache', 'tag every article again, even those a run of this version found unchanged')
    .option('--workspace <dir>', WORKSPACE_HELP))
    .action(async (paths: string[], options: FileFlags & { dryRun?: boolean; gazetteer?: string; entities?: string; jobs?: number; cache: boolean; workspace?: string }) => {
      exitCode = await runWrite(paths.length > 0 ? paths : [DEFAULT_CORPUS], {
        ...fileOptions(options), dryRun: options.dryRun === true, cache: options.cache, ...(options.workspace ? { workspace: options.workspace } : {}),
        ...(options.gazetteer ? { gazetteer: options.gazetteer } : {}), ...(options.entities ? { entities: options.entities } : {}), ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
      }, io);
    });

  withFileFlags(program
    .command('learn')
    .description(`rebuild the workspace entity model (DIR/${WORKSPACE_MODEL_PATH}) from the curator's decisions in the articles under the paths (default: ${DEFAULT_CORPUS})`)
    .argument('[paths...]', 'article files or folders')
    .option('--workspace <dir>', 'the folder whose .corpus/ keeps the model (default: the current folder)')
    .option('--gazetteer <file>', GAZETTEER_HELP)
    .option('--entities <file>', ENTITIES_HELP))
    .action(async (paths: string[], options: FileFlags & { workspace?: string; gazetteer?: string; entities?: string }) => {
      exitCode = await runLearn(paths.length > 0 ? paths : [DEFAULT_CORPUS], {
        ...fileOptions(options), ...(options.workspace ? { workspace: options.workspace } : {}),
        ...(options.gazetteer ? { gazetteer: options.gazetteer } : {}), ...(options.entities ? { entities: options.entities } : {}),
      }, io);
    });

  withFileFlags(program
    .command('check')
    .description(`validate the front matter of every article under the paths (default: ${DEFAULT_CORPUS}); exit 1 on any error`)
    .argument('[paths...]', 'article files or folders')
    .option('-f, --format <format>', 'text (file:line:col: severity: message) or json', 'text'))
    .action(async (paths: string[], options: FileFlags & { format: string }) => {
      exitCode = await runCheck(paths.length > 0 ? paths : [DEFAULT_CORPUS], options.format, fileOptions(options), io);
    });

  withFileFlags(program
    .command('tag')
    .description('tag dates and named entities: the spans of each article (a JSON line per article), or of each line of a JSONL file')
    .argument('[paths...]', 'article files or folders')
    .option('--input-jsonl <file>', 'read one JSON object per line ({"text", "lang"?, "referenceDate"?}; - for stdin) and write one result line per input, in order')
    .option('--gazetteer <file>', GAZETTEER_HELP)
    .option('--entities <file>', ENTITIES_HELP)
    .option('--workspace <dir>', WORKSPACE_HELP))
    .action(async (paths: string[], options: FileFlags & { inputJsonl?: string; gazetteer?: string; entities?: string; workspace?: string }) => {
      exitCode = await runTag(paths, { ...fileOptions(options), ...(options.workspace === undefined ? {} : { workspace: options.workspace }), ...(options.inputJsonl === undefined ? {} : { inputJsonl: options.inputJsonl }), ...(options.gazetteer === undefined ? {} : { gazetteer: options.gazetteer }), ...(options.entities === undefined ? {} : { entities: options.entities }) }, io);
    });

  program
    .command('export')
    .description(`export article bodies and their tags (default: ${DEFAULT_CORPUS}) as jsonl (spaCy/Prodigy), conll (IOB2 with an offsets sidecar), brat or csv; offsets in code points`)
    .argument('[paths...]', 'article files or folders')
    .requiredOption('-f, --format <format>', 'jsonl, conll, brat or csv')
    .option('-o, --out <path>', 'the file to write (a folder for brat)')
    .option('--tags <which>', 'accepted (the curator accepted them) or all (pending ones too)', 'accepted')
    .option('--without-boilerplate', 'leave out bylines, "read also" and other site furniture')
    .option('--force', 'replace an existing export')
    .option('--gazetteer <file>', GAZETTEER_HELP)
    .option('--workspace <dir>', WORKSPACE_HELP)
    .action(async (paths: string[], options: { format: string; out?: string; tags: string; withoutBoilerplate?: boolean; force?: boolean; gazetteer?: string; workspace?: string }) => {
      exitCode = await runExport(paths.length > 0 ? paths : [DEFAULT_CORPUS], options, io);
    });

  program
    .command('import')
    .description('import annotated documents (jsonl, conll, brat) into a corpus folder: one article per document, as gold decisions or pending suggestions')
    .argument('<input>', 'a file, or a folder of .jsonl, .conll or .ann/.txt files')
    .requiredOption('-f, --format <format>', 'jsonl, conll or brat')
    .option('--into <dir>', 'the corpus folder to write the articles into')
    .option('--as <kind>', 'gold (accepted curator decisions) or suggestions (pending tags)', 'gold')
    .option('--force', 'replace an article whose text differs')
    .option('-n, --dry-run', 'print what would be created or updated; write nothing')
    .option('--gazetteer <file>', GAZETTEER_HELP)
    .option('--workspace <dir>', WORKSPACE_HELP)
    .action(async (input: string, options: { format: string; into?: string; as: string; force?: boolean; dryRun?: boolean; gazetteer?: string; workspace?: string }) => {
      exitCode = await runImport(input, options, io);
    });

  program
    .command('eval')
    .description('tag the gold texts and print precision, recall and F1 per language and kind, in the layout of conlleval')
    .argument('<gold>', 'a gold file, or a folder of them')
    .requiredOption('-f, --format <format>', 'jsonl, conll or brat')
    .option('--match <how>', 'exact (same offsets and kind) or overlap (same kind, overlapping)', 'exact')
    .option('--json', 'print the figures as one JSON object')
    .option('--gazetteer <file>', GAZETTEER_HELP)
    .option('--workspace <dir>', WORKSPACE_HELP)
    .action(async (gold: string, options: { format: string; match: string; json?: boolean; gazetteer?: string; workspace?: string }) => {
      exitCode = await runEval(gold, options, io);
    });

  program
    .command('entities')
    .description(`list the corpus's entities under the paths (default: ${DEFAULT_CORPUS}): ids, names per language, article and mention counts; warns of entity decisions that name ids no mention has`)
    .argument('[paths...]', 'article files or folders')
    .option('-f, --format <format>', 'json or csv', 'json')
    .option('--gazetteer <file>', GAZETTEER_HELP)
    .option('--entities <file>', ENTITIES_HELP)
    .option('--workspace <dir>', WORKSPACE_HELP)
    .action(async (paths: string[], options: { format: string; gazetteer?: string; entities?: string; workspace?: string }) => {
      exitCode = await runEntities(paths.length > 0 ? paths : [DEFAULT_CORPUS], options, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of article front matter')
    .action(() => {
      io.out(`${JSON.stringify(articleSchema(), null, 2)}\n`);
    });

  registerReviewCommands(program, argv, [DEFAULT_CORPUS], io, (code) => { exitCode = code; });

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
