import * as path from 'node:path';
import { tagArticleText } from '../../core/decisions/articleTags';
import { type ArticleMentions, collectCorpusEntities, corpusEntitiesCsv } from '../../core/knowledge/corpusEntities';
import { type IndexedEntityIds, linkedIds } from '../../core/knowledge/entityDecisionsStale';
import { articleIdOf } from '../../core/article/articleId';
import { isLoaded, loadArticle } from '../articleFile';
import { ExitCode } from '../exitCodes';
import { type CliIo, UsageOrIoError } from '../io';
import { formatText, locate } from '../report';
import { collectArticles, reportListing } from '../collect';
import { commandTagger } from '../commandTagger';
import { reportStaleDecisions } from '../staleDecisions';

export interface EntitiesOptions { format: string; gazetteer?: string; entities?: string; workspace?: string }

/** `entities [paths]`: the corpus's entities with ids, names per language, article and mention counts. */
export async function runEntities(inputs: readonly string[], options: EntitiesOptions, io: CliIo): Promise<ExitCode> {
  if (options.format !== 'json' && options.format !== 'csv') throw new UsageOrIoError(`unknown format '${options.format}' (json or csv)`);
  const source = await commandTagger(options, io);
  const { tagger } = source;
  const articles: ArticleMentions[] = [];
  const indexed: IndexedEntityIds[] = [];
  const { files, problems } = await collectArticles(inputs);
  let failed = reportListing(problems, (text) => { io.err(text); }).errors;
  for (const file of files) {
    const loaded = await loadArticle(file);
    if (!isLoaded(loaded)) {
      io.err(formatText(locate(file, '', loaded)));
      failed++;
      continue;
    }
    const tags = tagArticleText(loaded.text, file, tagger);
    articles.push({ article: articleIdOf(file) || path.basename(file), lang: tags.lang, spans: tags.tags });
    const ids = linkedIds(tags.tags);
    indexed.push({ path: file, ids, idsBeforeDecisions: tags.idsBeforeDecisions ?? ids });
  }
  await reportStaleDecisions(source, indexed, io);
  const rows = collectCorpusEntities(articles);
  io.out(options.format === 'csv' ? corpusEntitiesCsv(rows) : `${JSON.stringify(rows, null, 2)}\n`);
  return failed > 0 ? ExitCode.problemsFound : ExitCode.ok;
}
