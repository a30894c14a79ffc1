import { readDecisions } from '../decisions/read';
import { createHash } from 'node:crypto';
import { splitArticle } from '../article/frontMatterBlock';
import { tagArticleText } from '../decisions/articleTags';
import { readFrontMatterValue } from '../frontmatter/quickRead';
import { articleIdOf } from '../article/articleId';
import { countSchemaErrors } from '../schema/validate';
import { ENTITY_KINDS, KINDS, type SpanKind } from '../kinds';
import type { Tagger } from '../tagging/types';
import { type ArticleCertainty, articleCertainty } from './uncertainty';
import { tag as defaultTagger } from '../tagging/tag';

export type ArticleState = 'none' | 'draft' | 'reviewed' | 'problems';

/** An entity of one article, as the corpus index keeps it. */
export interface EntityRef { kind: SpanKind; name: string; id?: string; wikidata?: string; mentions: number; timex?: string }

/** What the corpus views need of one article, without its body. */
export interface ArticleSummary {
  id: string;
  title: string | undefined;
  language: string | undefined;
  published: string | undefined;
  source: string | undefined;
  state: ArticleState;
  problems: number;
  entities: EntityRef[];
  /** Mentions of tags the curator has not accepted yet (what the editor's top lens counts as pending). */
  pending: number;
  /** How sure the tagger is of the pending tags (see uncertainty.ts); known when the summary tagged the body (no front matter). */
  certainty?: ArticleCertainty;
  /**
   * When the summary tagged the body (no front matter) and the curator's entity decisions
   * (.corpus/entities.yaml) changed the ids: the distinct entity ids of the mentions before they
   * did, for the check of ids no mention has. Absent: the ids of `entities` (unknown with front matter).
   */
  idsBeforeDecisions?: string[];
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

const ENTITY_FIELDS: readonly (readonly [string, SpanKind])[] = ENTITY_KINDS.map((kind) => [KINDS.field(kind), kind]);

function entitiesOf(value: Record<string, unknown>): EntityRef[] {
  const entities: EntityRef[] = [];
  for (const [field, kind] of ENTITY_FIELDS) {
    const list = value[field];
    if (!Array.isArray(list)) continue;
    for (const item of list as Record<string, unknown>[]) {
      if (typeof item.name !== 'string') continue;
      const id = typeof item.id === 'string' ? item.id : typeof item.wikidata === 'string' ? item.wikidata : undefined;
      entities.push({ kind, name: item.name, mentions: typeof item.mentions === 'number' ? item.mentions : 1, ...(id ? { id } : {}), ...(typeof item.wikidata === 'string' ? { wikidata: item.wikidata } : {}) });
    }
  }
  const dates = value.dates;
  if (Array.isArray(dates)) {
    const counts = new Map<string, EntityRef>();
    for (const item of dates as Record<string, unknown>[]) {
      if (typeof item.value !== 'string') continue;
      const timex = typeof item.kind === 'string' ? item.kind : 'DATE';
      const entry = counts.get(`${item.value}\u0000${timex}`) ?? { kind: 'DATE', name: item.value, mentions: 0, timex };
      entry.mentions += typeof item.mentions === 'number' ? item.mentions : 1;
      counts.set(`${item.value}\u0000${timex}`, entry);
    }
    entities.push(...counts.values());
  }
  return entities;
}

/** The mentions of listed entities and dates the curator has not accepted. */
function pendingOf(value: Record<string, unknown>): number {
  const accepted = new Set(readDecisions(value).accepted.map((ref) => `${ref.kind}\u0000${ref.name}`));
  return entitiesOf(value).filter((entity) => !accepted.has(`${entity.kind}\u0000${entity.name}`)).reduce((sum, entity) => sum + entity.mentions, 0);
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Summarises an article. With front matter, only the front matter is read (fast: the body is
 * not parsed, and ordinary YAML goes through the quick reader); without it, the body is analysed
 * and tagged as the writer would.
 */
export function summarizeArticle(content: string, filePath: string, tagger: Tagger = defaultTagger): ArticleSummary {
  const id = articleIdOf(filePath);
  const split = splitArticle(content);
  if (split.frontMatter) {
    const { yaml, yamlStart } = split.frontMatter;
    const { value, problems: yamlProblems } = readFrontMatterValue(yaml, yamlStart);
    if (!value) return { id, title: undefined, language: undefined, published: undefined, source: undefined, state: 'problems', problems: yamlProblems.length, entities: [], pending: 0 };
    const problems = countSchemaErrors(value);
    return {
      id,
      title: text(value.title),
      language: text(value.language),
      published: text(value.published),
      source: text(value.source),
      state: problems > 0 ? 'problems' : value.status === 'reviewed' ? 'reviewed' : 'draft',
      problems,
      entities: entitiesOf(value),
      pending: pendingOf(value),
    };
  }
  const tags = tagArticleText(content, filePath, tagger);
  const { analysis } = tags;
  const counts = new Map<string, EntityRef>();
  for (const span of tags.tags) {
    const name = span.kind === 'DATE' ? span.value : span.name;
    if (name === undefined) continue;
    const key = `${span.kind}\u0000${name}\u0000${span.timex ?? ''}`;
    const entry = counts.get(key) ?? { kind: span.kind, name, mentions: 0, ...(span.entityId ? { id: span.entityId } : {}), ...(span.wikidata ? { wikidata: span.wikidata } : {}), ...(span.timex ? { timex: span.timex } : {}) };
    entry.mentions++;
    counts.set(key, entry);
  }
  const entities = [...counts.values()];
  const before = beforeDecisionsIfOther(tags.idsBeforeDecisions ?? tags.tags.flatMap((tag) => (tag.entityId === undefined ? [] : [tag.entityId])), entities);
  return {
    id, title: analysis.title, language: tags.lang === 'und' ? undefined : tags.lang, published: analysis.published?.value,
    source: analysis.source?.name, state: 'none', problems: 0, entities, pending: tags.tags.filter((tag) => tag.status === 'pending').length,
    certainty: articleCertainty(tags.tags), ...(before ? { idsBeforeDecisions: before } : {}),
  };
}

/** The distinct ids before the decisions, unless they are the ids the entities record (then the summary need not repeat them). */
function beforeDecisionsIfOther(ids: readonly string[], entities: readonly EntityRef[]): string[] | undefined {
  const before = new Set(ids);
  const recorded = new Set(entities.flatMap((entity) => (entity.id === undefined ? [] : [entity.id])));
  return before.size === recorded.size && [...before].every((id) => recorded.has(id)) ? undefined : [...before];
}

/** The ids of an article's mentions before the curator's entity decisions, as far as its summary knows them (undefined: it has front matter). */
export function summaryIdsBeforeDecisions(summary: ArticleSummary): readonly string[] | undefined {
  if (summary.state !== 'none') return undefined;
  return summary.idsBeforeDecisions ?? summary.entities.flatMap((entity) => (entity.id === undefined ? [] : [entity.id]));
}
