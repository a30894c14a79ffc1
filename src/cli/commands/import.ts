import { writeFile } from 'node:fs/promises';
import { mkdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { encodeArticle } from '../../core/article/decode';
import { importCorpus } from '../../core/formats/importCorpus';
import { IMPORT_FORMATS, type ImportFormat } from '../../core/formats/readInput';
import { tag } from '../../core/tagging/tag';
import type { Tagger } from '../../core/tagging/types';
import { isLoaded, loadArticle, writeArticleSafely } from '../articleFile';
import { ExitCode } from '../exitCodes';
import { type CliIo, UsageOrIoError } from '../io';
import { loadGazetteer } from './tag';

export interface ImportCommandOptions { format: string; into?: string; as: string; force?: boolean; dryRun?: boolean; gazetteer?: string }

const relative = (file: string): string => path.relative(process.cwd(), file) || file;

export async function runImport(input: string, options: ImportCommandOptions, io: CliIo): Promise<ExitCode> {
  if (!(IMPORT_FORMATS as readonly string[]).includes(options.format)) throw new UsageOrIoError(`--format must be one of ${IMPORT_FORMATS.join(', ')}`);
  if (options.as !== 'gold' && options.as !== 'suggestions') throw new UsageOrIoError('--as must be gold or suggestions');
  if (options.into === undefined) throw new UsageOrIoError('import needs --into CORPUS_DIR');
  await stat(input).catch((error: unknown) => { throw new UsageOrIoError(`cannot read '${input}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`); });
  const into = path.resolve(options.into);
  if (!options.dryRun) await mkdir(into, { recursive: true });
  const gazetteer = await loadGazetteer(options.gazetteer, io);
  const tagger: Tagger = (text, tagOptions) => tag(text, tagOptions, { gazetteer });
  let writeFailures = 0;
  const summary = await importCorpus({
    input, format: options.format as ImportFormat, into, mode: options.as, force: options.force === true, tagger,
    onProblem: (problem) => { io.err(`${relative(problem.file)}:${problem.line}: ${problem.message}\n`); },
    onPlan: async (plan) => {
      if (options.dryRun) { io.out(`would ${plan.status} ${relative(plan.file)}\n`); return; }
      if (plan.status === 'create') {
        try {
          await writeFile(plan.file, encodeArticle({ text: plan.newText, bom: false }), { flag: 'wx' });
        } catch (error) {
          writeFailures++;
          io.err(`${relative(plan.file)}:1: cannot create: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
        }
        return;
      }
      const loaded = await loadArticle(plan.file);
      if (!isLoaded(loaded) || loaded.text !== plan.previousText || (await writeArticleSafely(loaded, plan.newText)) === 'changed-on-disk') {
        writeFailures++;
        io.err(`${relative(plan.file)}:1: the file changed on disk while it was being imported; not overwritten\n`);
      }
    },
  });
  const failed = summary.failed + writeFailures;
  const verb = options.dryRun ? 'would create' : 'created';
  io.err(`${verb} ${summary.created}, ${options.dryRun ? 'would update' : 'updated'} ${summary.updated}, unchanged ${summary.unchanged}, failed ${failed}\n`);
  return failed > 0 ? ExitCode.problemsFound : ExitCode.ok;
}
