import type { ArticleAnalysis } from '../article/analyze';
import type { ArticleTags } from '../decisions/articleTags';
import { dateList, entityLists } from './entities';

import type { Publication } from '../article/publication';
import type { GeneratedField } from '../frontmatter/fields';

/** undefined: the text says nothing, so the field is not written. */
export type Proposal = Partial<Record<GeneratedField, unknown>>;

/**
 * The metadata the text supports; `tags` come with the curator's decisions already applied.
 * `frontMatterLines` is the number of lines the front matter (with its fences) will take, so that
 * `boilerplate.lines` are line numbers of the file, as an editor and `sed -n` count them.
 */
export function proposeMetadata(id: string, analysis: ArticleAnalysis, tags: ArticleTags, publication?: Publication, frontMatterLines = 0): Proposal {
  const spans = tags.tags;
  const proposal: Proposal = {
    id,
    title: analysis.title ?? null,
    ...(tags.lang !== 'und' ? { language: tags.lang } : {}),
    ...(tags.script !== 'Zyyy' ? { script: tags.script } : {}),
    ...(publication ? { published: publication.value, published_from: publication.source } : {}),
    ...(analysis.source ? { source: analysis.source.name } : {}),
    ...(analysis.authors.length > 0 ? { authors: analysis.authors } : {}),
    ...entityLists(spans),
  };
  const dates = dateList(spans);
  if (dates.length > 0) proposal.dates = dates;
  if (analysis.boilerplate.length > 0) {
    proposal.boilerplate = analysis.boilerplate.map(({ block, reason }) => ({ lines: [block.firstLine + frontMatterLines, block.lastLine + frontMatterLines], reason }));
  }
  return proposal;
}
