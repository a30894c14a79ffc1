import { compareCodePoints } from '../text/compare';
import type { NameLanguage } from '../tagging/gazetteer/gazetteer';
import type { Span } from '../tagging/types';
import { type EntityKind, type KnowledgeBase, knowledgeBase, NAME_LANGUAGES } from './knowledgeBase';

/** One entity of the corpus: its id, kind, Wikidata id, name per language, and how often it is named. */
export interface CorpusEntityRow {
  id: string;
  kind: EntityKind;
  wikidata?: string;
  names: Partial<Record<NameLanguage, string>>;
  articles: number;
  mentions: number;
}

/** The linked spans of one article and its language. */
export interface ArticleMentions { article: string; lang: NameLanguage | 'und'; spans: readonly Span[] }

/**
 * The corpus's entities from the linked spans of its articles. An entity of the knowledge base
 * goes by its names there; one of the corpus's own by the name its mentions most often have in
 * each language. Sorted by articles, then mentions (most first), then id.
 */
export function collectCorpusEntities(articles: readonly ArticleMentions[], kb: KnowledgeBase = knowledgeBase()): CorpusEntityRow[] {
  interface Tally { kind: EntityKind; wikidata?: string; articles: Set<string>; mentions: number; names: Map<NameLanguage, Map<string, number>> }
  const byId = new Map<string, Tally>();
  for (const { article, lang, spans } of articles) {
    for (const span of spans) {
      if (span.kind === 'DATE' || span.entityId === undefined) continue;
      const tally = byId.get(span.entityId) ?? { kind: span.kind, articles: new Set<string>(), mentions: 0, names: new Map<NameLanguage, Map<string, number>>() };
      byId.set(span.entityId, tally);
      tally.articles.add(article);
      tally.mentions++;
      if (span.wikidata && !tally.wikidata) tally.wikidata = span.wikidata;
      if (lang !== 'und') {
        const counts = tally.names.get(lang) ?? new Map<string, number>();
        tally.names.set(lang, counts);
        const name = span.canonical ?? span.text;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  return [...byId.entries()].map(([id, tally]): CorpusEntityRow => {
    const entity = kb.entity(id);
    const names: Partial<Record<NameLanguage, string>> = {};
    for (const lang of NAME_LANGUAGES) {
      const seen = [...(tally.names.get(lang)?.entries() ?? [])].sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0]))[0]?.[0];
      const name = entity?.names[lang] ?? seen;
      if (name !== undefined) names[lang] = name;
    }
    const wikidata = entity?.wikidata ?? tally.wikidata;
    return { id, kind: entity?.kind ?? tally.kind, ...(wikidata ? { wikidata } : {}), names, articles: tally.articles.size, mentions: tally.mentions };
  }).sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || compareCodePoints(a.id, b.id));
}

const CSV_COLUMNS = ['id', 'kind', 'wikidata', 'name_kk', 'name_ru', 'name_az', 'name_en', 'articles', 'mentions'] as const;

function csvField(value: string): string {
  return /[",\n\r]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/** The rows as CSV (RFC 4180, a header line, `\n` line ends). */
export function corpusEntitiesCsv(rows: readonly CorpusEntityRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    lines.push([row.id, row.kind, row.wikidata ?? '', row.names.kk ?? '', row.names.ru ?? '', row.names.az ?? '', row.names.en ?? '', String(row.articles), String(row.mentions)].map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
}
