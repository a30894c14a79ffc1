import type { ArticleAnalysis } from '../article/analyze';
import type { ArticleTags } from '../curation/articleTags';
import { KINDS, type KindField } from '../kinds';
import { dateList, entityLists } from './entities';

/** The fields the kinds' tags are listed in (people … dates), in the order of the table of kinds. */
const KIND_FIELDS: readonly KindField[] = KINDS.fields;
import type { Publication } from './publication';

/** The generated fields, in the order a new front matter lists them. */
export const FIELD_ORDER = [
  'id', 'title', 'language', 'script', 'published', 'published_from', 'source', 'authors', 'status',
  ...KIND_FIELDS, 'boilerplate', 'curation',
] as const;

/** Fields the writer proposes values for (status and curation are the curator's). */
export const GENERATED_FIELDS = ['id', 'title', 'language', 'script', 'published', 'published_from', 'source', 'authors', ...KIND_FIELDS, 'boilerplate'] as const;
export type GeneratedField = (typeof GENERATED_FIELDS)[number];

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
