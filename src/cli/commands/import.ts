import { writeFile } from 'node:fs/promises';
import { mkdir, readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { encodeArticle } from '../../core/article/decode';
import { importCorpus } from '../../core/formats/importCorpus';
import { IMPORT_FORMATS, type ImportFormat } from '../../core/formats/readInput';
import { isLoaded, loadArticle, writeArticleSafely } from '../articleFile';
import { ExitCode } from '../exitCodes';
import { type CliIo, UsageOrIoError } from '../io';
import { commandTagger } from '../commandTagger';
import { commandWorkerPool, workerCount } from '../workers';
import { displayPath } from '../displayPath';

export interface ImportCommandOptions { format: string; into?: string; as: string; force?: boolean; dryRun?: boolean; gazetteer?: string; workspace?: string }

/** From this much input on (about 50 articles), workers compute the articles; starting them costs more than a few. */
const IMPORT_WORKERS_FROM_BYTES = 400_000;

/** The bytes of the input file, or of the files directly in the input folder. */
async function inputBytes(input: string): Promise<number> {
  const info = await stat(input);
  if (!info.isDirectory()) return info.size;
  const entries = await readdir(input, { withFileTypes: true });
  const sizes = await Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => stat(path.join(input, entry.name)).then((file) => file.size, () => 0)));
  return sizes.reduce((sum, size) => sum + size, 0);
}

export async function runImport(input: string, options: ImportCommandOptions, io: CliIo): Promise<ExitCode> {
  if (!(IMPORT_FORMATS as readonly string[]).includes(options.format)) throw new UsageOrIoError(`--format must be one of ${IMPORT_FORMATS.join(', ')}`);
  if (options.as !== 'gold' && options.as !== 'suggestions') throw new UsageOrIoError('--as must be gold or suggestions');
  if (options.into === undefined) throw new UsageOrIoError('import needs --into CORPUS_DIR');
  await stat(input).catch((error: unknown) => { throw new UsageOrIoError(`cannot read '${input}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`); });
  const into = path.resolve(options.into);
  if (!options.dryRun) await mkdir(into, { recursive: true });
  const { tagger, workerFiles } = await commandTagger({ gazetteer: options.gazetteer, workspace: options.workspace }, io);
  const mode = options.as;
  const force = options.force === true;
  // A file or folder of many documents is tagged on one worker per core, started by the first document.
  const jobs = workerCount(await inputBytes(input), IMPORT_WORKERS_FROM_BYTES);
  const pool = commandWorkerPool(jobs);
  let writeFailures = 0;
  const summary = await importCorpus({
    input, format: options.format as ImportFormat, into, mode, force, tagger,
    ...(jobs > 0 ? {
      computeOutcome: (document, existingText, file) => pool.get().computeImport(document, existingText, file, mode, force, workerFiles.gazetteerFile, workerFiles.entitiesFile, workerFiles.modelFile),
      lookahead: jobs * 8,
    } : {}),
    onProblem: (problem) => { io.err(`${displayPath(problem.file)}:${problem.line}: ${problem.message}\n`); },
    onPlan: async (plan) => {
      if (options.dryRun) { io.out(`would ${plan.status} ${displayPath(plan.file)}\n`); return; }
      if (plan.status === 'create') {
        try {
          await writeFile(plan.file, encodeArticle({ text: plan.newText, bom: false }), { flag: 'wx' });
        } catch (error) {
          writeFailures++;
          io.err(`${displayPath(plan.file)}:1: cannot create: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
        }
        return;
      }
      const loaded = await loadArticle(plan.file);
      if (!isLoaded(loaded) || loaded.text !== plan.previousText || (await writeArticleSafely(loaded, plan.newText)) === 'changed-on-disk') {
        writeFailures++;
        io.err(`${displayPath(plan.file)}:1: the file changed on disk while it was being imported; not overwritten\n`);
      }
    },
  }).finally(pool.close);
  const failed = summary.failed + writeFailures;
  const verb = options.dryRun ? 'would create' : 'created';
  io.err(`${verb} ${summary.created}, ${options.dryRun ? 'would update' : 'updated'} ${summary.updated}, unchanged ${summary.unchanged}, failed ${failed}\n`);
  return failed > 0 ? ExitCode.problemsFound : ExitCode.ok;
}
