import * as path from 'node:path';
import { rebuildWorkspaceModel } from '../../core/learning/learnCorpus';
import { taggerWith } from '../../core/tagging/tag';
import { collectArticles, reportListing } from '../collect';
import { displayPath } from '../displayPath';
import { loadEntityDecisions } from '../entityDecisions';
import { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { formatFileLine } from '../report';
import { workspaceModelPath } from '../workspaceModel';
import type { FileOptions } from './fileOptions';
import { loadGazetteerSource } from '../gazetteer';

export interface LearnOptions extends FileOptions { workspace?: string; gazetteer?: string; entities?: string }

/**
 * `learn [paths]`: rebuilds the workspace model (DIR/.corpus/model/entities.model) from the
 * curator's decisions in the articles. The decisions are the source of truth; the model file can
 * always be made again from them.
 */
export async function runLearn(inputs: readonly string[], options: LearnOptions, io: CliIo): Promise<ExitCode> {
  const source = await loadGazetteerSource(options.gazetteer, io);
  const entities = await loadEntityDecisions(options.entities, io);
  const { files, problems } = await collectArticles(inputs, options);
  let failed = reportListing(problems, (text) => { io.err(text); }).errors;
  const modelFile = workspaceModelPath(options.workspace);
  // The examples come from the tagger without any workspace model, so a rebuild never depends on the last one.
  const result = rebuildWorkspaceModel(files, modelFile, taggerWith(source.gazetteer, entities.decisions), source.gazetteer);
  for (const problem of result.problems) io.err(formatFileLine(problem.file, 'error', problem.message));
  failed += result.problems.length;
  const where = displayPath(path.relative(process.cwd(), modelFile) || modelFile);
  const { outcome } = result;
  if (outcome.status === 'learnt') {
    const { manifest } = outcome;
    io.out(`learnt from the decisions in ${manifest.articles} of ${files.length} articles (${manifest.reviewedArticles} reviewed): ${manifest.names} names, ${manifest.rejections} rejections; languages ${manifest.languages.join(', ')}\n`);
    const unlearnt = manifest.unlearntLanguages ?? [];
    if (unlearnt.length > 0) io.out(`not learnt from in ${unlearnt.join(', ')}: on the decisions the shipped model did as well (cross-validated); the curator's memory of names still applies\n`);
    io.out(`wrote ${where} (decisions sha256 ${manifest.decisionsSha256.slice(0, 12)}); tag, write and the editor use it from now on\n`);
  } else {
    const why = outcome.status === 'no-decisions'
      ? `no curator decisions in the ${files.length} articles: nothing to learn`
      : `only rejections (${outcome.rejections}) in the decisions of the ${files.length} articles: a model cannot learn names from rejections alone`;
    io.out(`${why}; the shipped entity model is kept${result.removed ? ` (removed the workspace model ${where}, which no longer matched the decisions)` : ''}\n`);
  }
  return failed > 0 ? ExitCode.problemsFound : ExitCode.ok;
}
