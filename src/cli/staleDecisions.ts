import { tagArticleText } from '../core/decisions/articleTags';
import { type IndexedEntityIds, linkedIds, staleDecisionProblems } from '../core/knowledge/entityDecisionsStale';
import { type CorpusTagger, createTagger } from '../core/tagging/createTagger';
import { isLoaded, loadArticle } from './articleFile';
import type { CommandTagger } from './commandTagger';
import type { CliIo } from './io';
import { formatText, locate } from './report';

/**
 * Prints, at their line, the ids of the entity decisions file that no mention of the articles has
 * now (warnings: the run goes on and its exit code is not changed), and the place ids of an older
 * form read as today's (information). The ids the articles' mentions had before the decisions
 * are those their tagging recorded; an article given without them is tagged again without the
 * decisions, only where a decision could have changed its ids.
 */
export async function reportStaleDecisions(source: CommandTagger, articles: readonly IndexedEntityIds[], io: CliIo): Promise<void> {
  const { file, yaml, parsed } = source.entities;
  if (file === undefined || yaml === undefined) return;
  let undecided: CorpusTagger | undefined;
  const problems = await staleDecisionProblems(yaml, articles, async (article) => {
    const loaded = await loadArticle(article);
    if (!isLoaded(loaded)) return undefined;
    undecided ??= createTagger({ gazetteer: source.gazetteer.gazetteer, ...(source.model.model ? { model: source.model.model } : {}) });
    return new Set(linkedIds(tagArticleText(loaded.text, article, undecided).tags));
  }, parsed ? { parsed } : {});
  for (const problem of problems) io.err(formatText(locate(file, yaml, problem)));
}
