import * as path from 'node:path';
import { compareCodePoints } from '../text/compare';
import type { IndexedArticle } from './corpusIndex';
import type { ArticleSummary, EntityRef } from './summary';
import { defaultGazetteer, type Gazetteer } from '../tagging/gazetteer/gazetteer';

export type GroupBy = 'none' | 'language' | 'status' | 'month' | 'folder';

export interface ArticleGroup { key: string; articles: IndexedArticle[] }

const STATE_ORDER = ['problems', 'none', 'draft', 'reviewed'];

/** The label of an article: its title, else its file name. */
export function articleLabel(article: IndexedArticle): string {
  return article.summary.title ?? path.basename(article.path);
}

function sortArticles(articles: IndexedArticle[]): IndexedArticle[] {
  return articles.sort((a, b) => compareCodePoints(a.path, b.path));
}

/** Articles grouped for the tree; groups and their articles in a stable order. */
export function groupArticles(articles: readonly IndexedArticle[], by: GroupBy, root: string): ArticleGroup[] {
  if (by === 'none') return [{ key: '', articles: sortArticles([...articles]) }];
  const groups = new Map<string, IndexedArticle[]>();
  for (const article of articles) {
    const key = by === 'language' ? (article.summary.language ?? 'und')
      : by === 'status' ? article.summary.state
        : by === 'month' ? (article.summary.published?.slice(0, 7) ?? 'undated')
          : (path.relative(root, path.dirname(article.path)) || '.');
    const group = groups.get(key);
    if (group) group.push(article);
    else groups.set(key, [article]);
  }
  const keys = [...groups.keys()].sort((a, b) => (by === 'status' ? STATE_ORDER.indexOf(a) - STATE_ORDER.indexOf(b) : by === 'month' ? compareCodePoints(b, a) : compareCodePoints(a, b)));
  return keys.map((key) => ({ key, articles: sortArticles(groups.get(key) ?? []) }));
}

/** What a filter is matched against, lower-cased once per summary: title, id and entity names, a line each. */
const searchTexts = new WeakMap<ArticleSummary, string>();

function searchTextOf(summary: ArticleSummary): string {
  let text = searchTexts.get(summary);
  if (text === undefined) {
    text = [summary.title ?? '', summary.id, ...summary.entities.map((entity) => entity.name)].join('\n').toLocaleLowerCase();
    searchTexts.set(summary, text);
  }
  return text;
}

/** Articles whose title, id or entities contain the filter text (case-insensitive, any script). */
export function filterArticles(articles: readonly IndexedArticle[], filter: string): IndexedArticle[] {
  const needle = filter.trim().toLocaleLowerCase();
  if (needle === '') return [...articles];
  return articles.filter((article) => searchTextOf(article.summary).includes(needle));
}

/** One entity across the corpus; the same Wikidata id in kk, ru and az is one entity. */
export interface CorpusEntity {
  key: string;
  /** The entity id (src/core/knowledge) its mentions were linked to, when they were. */
  id?: string;
  kind: EntityRef['kind'];
  name: string;
  names: string[];
  wikidata?: string;
  articles: IndexedArticle[];
  mentions: number;
  /** Dates: the TIMEX3 kind (DATE, TIME, DURATION, SET). */
  timex?: string;
}

/**
 * What makes names one entity: its id (knowledge base, Wikidata or corpus-local), else the
 * gazetteer entry the name is canonical in (`Токаев` in ru and `Тоқаев` in kk are one entry),
 * else the kind and the name.
 */
export function entityKey(entity: EntityRef, gazetteer: Gazetteer = defaultGazetteer()): string {
  const timex = entity.timex !== undefined && entity.timex !== 'DATE' ? `\u0000${entity.timex}` : '';
  return entity.id ?? entity.wikidata ?? gazetteerEntryKeys(gazetteer).get(`${entity.kind}\u0000${entity.name}`) ?? `${entity.kind}\u0000${entity.name}${timex}`;
}

const entryKeys = new WeakMap<Gazetteer, Map<string, string>>();

/** Each canonical name of a gazetteer (any language) to the key of its entry. */
function gazetteerEntryKeys(gazetteer: Gazetteer): Map<string, string> {
  let keys = entryKeys.get(gazetteer);
  if (!keys) {
    keys = new Map();
    for (const entry of gazetteer.entries) {
      const names = Object.values(entry.names);
      const key = entry.wikidata ?? `${entry.kind}\u0000${entry.names.en ?? names[0] ?? ''}`;
      for (const name of names) if (!keys.has(`${entry.kind}\u0000${name}`)) keys.set(`${entry.kind}\u0000${name}`, key);
    }
    entryKeys.set(gazetteer, keys);
  }
  return keys;
}

const OWN_NAME_WEIGHT = 1_000_000;

/**
 * Every entity of the corpus, most widespread first; its name is the one most articles use.
 * `resolveId` gives the id an entity of an article goes by after the curator's merges.
 */
export function corpusEntities(articles: readonly IndexedArticle[], resolveId?: (id: string, articlePath: string) => string, gazetteer: Gazetteer = defaultGazetteer()): CorpusEntity[] {
  const byKey = new Map<string, { kind: EntityRef['kind']; id?: string; wikidata?: string; timex?: string; names: Map<string, number>; articles: Set<IndexedArticle>; mentions: number }>();
  // Articles in path order, so that each entity's articles come out in that order without a sort of their own.
  for (const article of sortArticles([...articles])) {
    for (const found of article.summary.entities) {
      const entity = resolveId && found.id ? { ...found, id: resolveId(found.id, article.path) } : found;
      const key = entityKey(entity, gazetteer);
      const entry = byKey.get(key) ?? { kind: entity.kind, names: new Map<string, number>(), articles: new Set<IndexedArticle>(), mentions: 0, ...(entity.id ? { id: entity.id } : {}), ...(entity.wikidata ? { wikidata: entity.wikidata } : {}), ...(entity.timex ? { timex: entity.timex } : {}) };
      // The entity's own names come before those of entities merged into it.
      const weight = entity.id === found.id ? OWN_NAME_WEIGHT : 1;
      entry.names.set(entity.name, (entry.names.get(entity.name) ?? 0) + weight);
      if (!entry.wikidata && entity.wikidata) entry.wikidata = entity.wikidata;
      entry.articles.add(article);
      entry.mentions += entity.mentions;
      byKey.set(key, entry);
    }
  }
  return [...byKey.entries()].map(([key, entry]) => {
    const names = [...entry.names.entries()].sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0])).map(([name]) => name);
    return { key, kind: entry.kind, name: names[0] ?? key, names, articles: [...entry.articles], mentions: entry.mentions, ...(entry.id ? { id: entry.id } : {}), ...(entry.wikidata ? { wikidata: entry.wikidata } : {}), ...(entry.timex ? { timex: entry.timex } : {}) };
  }).sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || compareCodePoints(a.name, b.name));
}

/**
 * Dates of one year or one month: the months of a year, and the dates known to no finer a period.
 * Values with no year of their own are grouped by `group` instead: decades and centuries, times
 * of an unknown day, durations, recurrences; their `label` is the group's name.
 */
export interface DatePeriod { label: string; months: DatePeriod[]; dates: CorpusEntity[]; group?: DateGroup }
export type DateGroup = 'periods' | 'times' | 'durations' | 'recurrences';

function groupOf(date: CorpusEntity): DateGroup | undefined {
  if (date.timex === 'DURATION') return 'durations';
  if (date.timex === 'SET') return 'recurrences';
  if (/^\d{4}/u.test(date.name)) return undefined;
  if (date.name.startsWith('XXXX')) return 'times';
  return 'periods';
}

/**
 * Dates by year, newest first; within a year, its months (newest first) and then the dates
 * known only to the year. Ranges (`a/b`) go where they start.
 */
export function datePeriods(dates: readonly CorpusEntity[]): DatePeriod[] {
  const years = new Map<string, { months: Map<string, CorpusEntity[]>; dates: CorpusEntity[] }>();
  const groups = new Map<DateGroup, CorpusEntity[]>();
  for (const date of dates) {
    const group = groupOf(date);
    if (group) {
      groups.set(group, [...(groups.get(group) ?? []), date]);
      continue;
    }
    const start = date.name.split('/')[0] ?? date.name;
    const year = years.get(start.slice(0, 4)) ?? { months: new Map<string, CorpusEntity[]>(), dates: [] };
    years.set(start.slice(0, 4), year);
    const month = year.months.get(start.slice(0, 7));
    if (!/^\d{4}-\d{2}/u.test(start)) year.dates.push(date);
    else if (month) month.push(date);
    else year.months.set(start.slice(0, 7), [date]);
  }
  const newestFirst = (a: string, b: string): number => compareCodePoints(b, a);
  const byLabel = <T>(entries: Iterable<[string, T]>): [string, T][] => [...entries].sort(([a], [b]) => newestFirst(a, b));
  const calendar = byLabel(years.entries()).map(([label, year]) => ({
    label,
    months: byLabel(year.months.entries()).map(([month, monthDates]) => ({ label: month, months: [], dates: monthDates })),
    dates: year.dates,
  }));
  const ORDER: readonly DateGroup[] = ['periods', 'times', 'durations', 'recurrences'];
  return [...calendar, ...ORDER.flatMap((group) => {
    const members = groups.get(group);
    return members ? [{ label: group, months: [], dates: members, group }] : [];
  })];
}
