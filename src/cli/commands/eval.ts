import { stat } from 'node:fs/promises';
import { conllevalReport, figures, type PhraseCounts } from '../../core/evaluation/conlleval';
import { evaluateDocuments, type LanguageEvaluation } from '../../core/evaluation/evaluate';
import type { AnnotatedDocument } from '../../core/formats/document';
import { IMPORT_FORMATS, type ImportFormat, readDocuments } from '../../core/formats/readInput';
import { ExitCode } from '../exitCodes';
import { type CliIo, UsageOrIoError } from '../io';
import { commandTagger } from '../commandTagger';
import { displayPath } from '../displayPath';

export interface EvalCommandOptions { format: string; match: string; json?: boolean; gazetteer?: string; workspace?: string }

const round = (value: number): number => Math.round(value * 10000) / 10000;

function asJson(counts: PhraseCounts): Record<string, number> {
  const scores = figures(counts);
  return { gold: counts.gold, found: counts.found, correct: counts.correct, precision: round(scores.precision), recall: round(scores.recall), f1: round(scores.f1) };
}

function languageJson(entry: LanguageEvaluation): Record<string, unknown> {
  return {
    tokens: entry.tokens, accuracy: round(entry.tokens === 0 ? 0 : entry.correctTags / entry.tokens), ...asJson(entry),
    kinds: Object.fromEntries([...entry.byKind].sort(([a], [b]) => (a < b ? -1 : 1)).map(([kind, counts]) => [kind, asJson(counts)])),
  };
}

export async function runEval(gold: string, options: EvalCommandOptions, io: CliIo): Promise<ExitCode> {
  if (!(IMPORT_FORMATS as readonly string[]).includes(options.format)) throw new UsageOrIoError(`--format must be one of ${IMPORT_FORMATS.join(', ')}`);
  if (options.match !== 'exact' && options.match !== 'overlap') throw new UsageOrIoError('--match must be exact or overlap');
  await stat(gold).catch((error: unknown) => { throw new UsageOrIoError(`cannot read '${gold}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`); });
  const { tagger } = await commandTagger({ gazetteer: options.gazetteer, entities: false, workspace: options.workspace }, io);
  const documents: AnnotatedDocument[] = [];
  let failed = 0;
  for await (const item of readDocuments(gold, options.format as ImportFormat)) {
    if (item.document) documents.push(item.document.document);
    else {
      failed++;
      for (const problem of item.problems) io.err(`${displayPath(problem.file)}:${problem.line}: ${problem.message}\n`);
    }
  }
  const evaluation = evaluateDocuments(documents, tagger, options.match);
  if (options.json) {
    io.out(`${JSON.stringify({
      match: evaluation.match, documents: evaluation.documents, failed,
      languages: Object.fromEntries([...evaluation.languages].map(([lang, entry]) => [lang, languageJson(entry)])),
      total: languageJson(evaluation.total),
    })}\n`);
  } else {
    io.out(`# ${evaluation.documents} documents, ${options.match} match\n`);
    for (const [lang, entry] of evaluation.languages) io.out(`\n# ${lang}\n${conllevalReport(entry, entry.byKind)}`);
    io.out(`\n# all languages (micro)\n${conllevalReport(evaluation.total, evaluation.total.byKind)}`);
  }
  return failed > 0 ? ExitCode.problemsFound : ExitCode.ok;
}
