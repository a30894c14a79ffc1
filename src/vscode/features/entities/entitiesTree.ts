import * as vscode from 'vscode';
import { tagArticleText } from '../../../core/decisions/articleTags';
import type { IndexedArticle } from '../../../core/corpus/corpusIndex';
import { articleLabel, type CorpusEntity, corpusEntities, type DateGroup, type DatePeriod, datePeriods } from '../../../core/corpus/views';
import { currentText } from '../../edits/planEdit';
import { mergedId } from '../../../core/knowledge/entityDecisions';
import { entityDecisionsReader, taggerFor } from '../../services/workspaceTagger';
import type { CorpusIndexService } from '../../services/indexService';
import { kindPlural, kindWithCode } from '../../common/kindWords';
import { escapeMarkdown } from '../../common/markdown';
import { KINDS, SPAN_KINDS, type SpanKind } from '../../../core/kinds';

export const ENTITIES_VIEW_ID = 'corpusCurator.entities';

/** What names an entity from outside the view: a tag's kind and canonical name, and its ids when linked. */
export interface EntityRef { kind: SpanKind; name: string; entityId?: string; wikidata?: string }

export type EntitiesNode =
  | { type: 'kind'; kind: SpanKind; entities: CorpusEntity[] }
  | { type: 'period'; period: DatePeriod }
  | { type: 'entity'; entity: CorpusEntity }
  | { type: 'article'; entity: CorpusEntity; article: IndexedArticle }
  | { type: 'mention'; uri: vscode.Uri; start: number; end: number; text: string; line: string };

const GROUP_LABELS: Record<DateGroup, string> = { periods: 'Decades, centuries and other periods', times: 'Times of an unknown day', durations: 'Durations', recurrences: 'Recurrences' };

/**
 * Every entity of the corpus by kind, with its articles and mentions; dates by year and month.
 * The same Wikidata id in kk, ru and az is one entity. Mentions are found when an article is
 * opened in the tree, by tagging that article.
 */
export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntitiesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  /** The corpus's entities, gathered once per change of the index rather than per request. */
  private entities: CorpusEntity[] | undefined;

  constructor(private readonly index: CorpusIndexService) {
    this.subscription = index.onDidChange(() => {
      this.entities = undefined;
      this.changed.fire(undefined);
    });
  }

  async getChildren(element?: EntitiesNode): Promise<EntitiesNode[]> {
    if (!element) {
      const entities = this.rows();
      return SPAN_KINDS
        .map((kind): EntitiesNode => ({ type: 'kind', kind, entities: entities.filter((entity) => entity.kind === kind) }))
        .filter((node) => node.type === 'kind' && node.entities.length > 0);
    }
    switch (element.type) {
      case 'kind':
        return element.kind === 'DATE'
          ? datePeriods(element.entities).map((period) => ({ type: 'period', period }))
          : element.entities.map((entity) => ({ type: 'entity', entity }));
      case 'period':
        return [
          ...element.period.months.map((period): EntitiesNode => ({ type: 'period', period })),
          ...element.period.dates.map((entity): EntitiesNode => ({ type: 'entity', entity })),
        ];
      case 'entity':
        return element.entity.articles.map((article) => ({ type: 'article', entity: element.entity, article }));
      case 'article':
        return mentions(element.entity, element.article);
      default:
        return [];
    }
  }

  /** The row above a row, so that the view can reveal an entity (dates' rows sit in periods, and are not revealed). */
  getParent(element: EntitiesNode): EntitiesNode | undefined {
    switch (element.type) {
      case 'entity': {
        const { kind } = element.entity;
        return kind === 'DATE' ? undefined : { type: 'kind', kind, entities: this.rows().filter((entity) => entity.kind === kind) };
      }
      case 'article':
        return { type: 'entity', entity: element.entity };
      default:
        return undefined;
    }
  }

  /** The row of the entity a tag names (by id, else Wikidata id, else name), when the corpus has it. */
  entityRow(ref: EntityRef): EntitiesNode | undefined {
    if (ref.kind === 'DATE') return undefined;
    const candidates = this.rows().filter((entity) => entity.kind === ref.kind);
    const entity = (ref.entityId !== undefined ? candidates.find((row) => row.id === ref.entityId) : undefined)
      ?? (ref.wikidata !== undefined ? candidates.find((row) => row.wikidata === ref.wikidata) : undefined)
      ?? candidates.find((row) => row.names.includes(ref.name));
    return entity ? { type: 'entity', entity } : undefined;
  }

  getTreeItem(element: EntitiesNode): vscode.TreeItem {
    switch (element.type) {
      case 'kind': {
        const item = new vscode.TreeItem(kindPlural(element.kind), vscode.TreeItemCollapsibleState.Collapsed);
        item.description = String(element.entities.length);
        item.tooltip = element.kind;
        item.iconPath = new vscode.ThemeIcon(KINDS.definition(element.kind).icon);
        item.id = `kind:${element.kind}`;
        return item;
      }
      case 'period': {
        const { period } = element;
        const item = new vscode.TreeItem(period.group ? vscode.l10n.t(GROUP_LABELS[period.group]) : period.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = String(period.dates.length + period.months.reduce((sum, month) => sum + month.dates.length, 0));
        item.id = `period:${period.label}`;
        return item;
      }
      case 'entity': {
        const { entity } = element;
        const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${counted(entity.articles.length, 'article')} · ${counted(entity.mentions, 'mention')}`;
        item.tooltip = new vscode.MarkdownString([`**${escapeMarkdown(entity.name)}** · ${kindWithCode(entity.kind, entity.timex)}`, entity.names.length > 1 ? entity.names.join(' · ') : '', entity.wikidata ? `[${entity.wikidata}](https://www.wikidata.org/wiki/${entity.wikidata})` : entity.id ? `\`${entity.id}\`` : ''].filter((line) => line !== '').join('\n\n'));
        item.id = `entity:${entity.key}`;
        item.contextValue = 'entity';
        return item;
      }
      case 'article': {
        const item = new vscode.TreeItem(articleLabel(element.article), vscode.TreeItemCollapsibleState.Collapsed);
        item.resourceUri = vscode.Uri.file(element.article.path);
        const anchor = element.entity.kind === 'DATE' ? element.article.summary.published : undefined;
        // A date's article shows the publication date its relative dates were resolved against.
        item.description = [element.article.summary.language ?? '', anchor !== undefined ? vscode.l10n.t('anchor {0}', anchor) : ''].filter((part) => part !== '').join(' · ');
        item.id = `entity:${element.entity.key}:${element.article.path}`;
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(element.line, vscode.TreeItemCollapsibleState.None);
        item.description = element.text;
        item.command = { command: 'corpusCurator.openMention', title: vscode.l10n.t('Open'), arguments: [element.uri, element.start, element.end] };
        return item;
      }
    }
  }

  /** Every entity of the corpus, after the curator's merges; gathered once per change. */
  private rows(): CorpusEntity[] {
    if (this.entities) return this.entities;
    const decisionsFor = entityDecisionsReader();
    return this.entities = corpusEntities(this.index.articles(), (id, articlePath) => mergedId(id, decisionsFor(vscode.Uri.file(articlePath))));
  }

  /** The rows of the entities with these ids (after the curator's merges), in the order asked. */
  entitiesWithIds(ids: readonly string[]): CorpusEntity[] {
    const entities = this.rows();
    return ids.flatMap((id) => entities.filter((entity) => entity.id === id));
  }

  /** The curator's merges or splits changed: the rows are gathered again. */
  reloadDecisions(): void {
    this.entities = undefined;
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function counted(count: number, what: 'article' | 'mention'): string {
  if (what === 'article') return count === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', count);
  return count === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', count);
}

/** The mentions of an entity in one article, found by tagging the article as it is now. */
async function mentions(entity: CorpusEntity, article: IndexedArticle): Promise<EntitiesNode[]> {
  const uri = vscode.Uri.file(article.path);
  const current = await currentText(uri);
  if (!('text' in current)) return [];
  const tags = tagArticleText(current.text, article.path, taggerFor(uri));
  return tags.tags
    .filter((tag) => tag.kind === entity.kind && (entity.id ? tag.entityId === entity.id : entity.wikidata ? tag.wikidata === entity.wikidata : entity.names.includes(tag.name)))
    .map((tag) => {
      const lineStart = current.text.lastIndexOf('\n', tag.start) + 1;
      const lineEnd = current.text.indexOf('\n', tag.end);
      const line = contextOf(current.text, lineStart, lineEnd === -1 ? current.text.length : lineEnd, tag.start, tag.end);
      return { type: 'mention', uri, start: tag.start, end: tag.end, text: tag.text, line };
    });
}

const CONTEXT = 40;

/** About CONTEXT characters either side of a mention within its line, cut between words, with `…` where cut. */
export function contextOf(text: string, lineStart: number, lineEnd: number, start: number, end: number): string {
  let from = Math.max(lineStart, start - CONTEXT);
  let to = Math.min(lineEnd, end + CONTEXT);
  if (from > lineStart) {
    const space = text.slice(from, start).search(/\s/u);
    from = space === -1 ? start : from + space + 1;
  }
  if (to < lineEnd) {
    const tail = text.slice(end, to);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\t'));
    to = space === -1 ? end : end + space;
  }
  return `${from > lineStart ? '…' : ''}${text.slice(from, to).trim()}${to < lineEnd ? '…' : ''}`;
}
