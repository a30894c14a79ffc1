import * as vscode from 'vscode';
import type { ArticleTag } from '../../../core/decisions/articleTags';
import type { Publication } from '../../../core/article/publication';
import type { LinkReason } from '../../../core/tagging/types';
import type { TagState } from './tagState';
import { escapeMarkdown } from '../../common/markdown';
import { tagKindWord } from '../../common/kindWords';
import { toArgument } from './tagArgument';

export function tagAt(tags: readonly ArticleTag[], offset: number): ArticleTag | undefined {
  return tags.find((tag) => tag.start <= offset && offset <= tag.end);
}

const SOURCES: Record<Publication['source'], string> = { dateline: 'dateline', byline: 'byline', hand: 'set by hand' };

/** A temporal span's value, precision, mod and range, and the anchor it was resolved against. */
function appendTemporal(markdown: vscode.MarkdownString, tag: ArticleTag, publication: Publication | undefined): void {
  markdown.appendMarkdown(`\n\n${vscode.l10n.t('value')}: \`${tag.value ?? '?'}\` · ${vscode.l10n.t('precision')}: ${tag.precision ?? '?'}`);
  if (tag.mod) markdown.appendMarkdown(` · mod: ${tag.mod}`);
  if (tag.begin !== undefined && tag.finish !== undefined) markdown.appendMarkdown(`\n\n${vscode.l10n.t('from {0} to {1}', tag.begin, tag.finish)}`);
  if (tag.invalid !== undefined) markdown.appendMarkdown(`\n\n$(warning) ${vscode.l10n.t('Not a calendar date: {0}', tag.invalid)}`);
  if (tag.relative || tag.inferred) {
    const how = tag.relative ? vscode.l10n.t('relative') : vscode.l10n.t('inferred');
    markdown.appendMarkdown(publication && tag.value !== undefined
      ? `\n\n${how} · ${vscode.l10n.t('anchor')}: \`${publication.value}\` (${vscode.l10n.t(SOURCES[publication.source])})`
      : `\n\n${how} · ${vscode.l10n.t('no publication date to resolve it against')}`);
  }
}

/** Why a mention was linked to its entity, as the hover says it. */
export function linkReasonText(reason: LinkReason): string {
  switch (reason) {
    case 'exact': return vscode.l10n.t('linked: one of its names as written');
    case 'inflection': return vscode.l10n.t('linked: an inflected form of one of its names');
    case 'transliteration': return vscode.l10n.t('linked: its name in another script or language');
    case 'surname-in-context': return vscode.l10n.t('linked: surname of the full name given earlier in the article');
    case 'context': return vscode.l10n.t('linked: the entity of this name named elsewhere in the article');
    case 'country-in-context': return vscode.l10n.t('linked: the body of the country beside it or of the article\'s own place');
    case 'gazetteer': return vscode.l10n.t('linked: the workspace gazetteer gives its Wikidata id');
    case 'curator': return vscode.l10n.t('linked by a curator\'s merge or split (.corpus/entities.yaml)');
    case 'local': return vscode.l10n.t('not in the knowledge base: an entity of this corpus, by its normalised name');
  }
}

const HOVER_COMMANDS = ['corpusCurator.acceptTag', 'corpusCurator.rejectTag', 'corpusCurator.changeTagKind', 'corpusCurator.showInEntitiesView'];

/** What proposed a tag, in words. */
function sourceText(tag: ArticleTag): string {
  if (tag.added) return vscode.l10n.t('curator');
  switch (tag.source) {
    case 'model': return vscode.l10n.t('model');
    case 'rule': return vscode.l10n.t('rule');
    case 'gazetteer': return vscode.l10n.t('gazetteer');
    case 'curator': return vscode.l10n.t('curator');
    case 'memory': return vscode.l10n.t('curator memory (a name kept in another article)');
  }
  return '—';
}

/** Hover on a tagged span: kind, canonical name, Wikidata link, entity id and why it was linked, a date's ISO value and precision, and its state. */
export class TagHovers implements vscode.HoverProvider {
  constructor(private readonly state: TagState) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const tags = this.state.tagsOf(document);
    const offset = document.offsetAt(position);
    const tag = tagAt(tags?.tags ?? [], offset);
    if (!tag) {
      const furniture = tags?.analysis.boilerplate.find(({ block }) => block.start <= offset && offset <= block.end);
      if (!furniture) return undefined;
      const { block, reason } = furniture;
      return new vscode.Hover(new vscode.MarkdownString(vscode.l10n.t('Boilerplate ({0}): not part of the article\'s text, never tagged', reason)), new vscode.Range(document.positionAt(block.start), document.positionAt(block.end)));
    }
    const markdown = new vscode.MarkdownString(undefined, true);
    // The word for the curator, the code (a date's TIMEX3 type) for the data.
    markdown.appendMarkdown(`**${tagKindWord(tag.kind, tag.timex)}** ${escapeMarkdown(tag.name)} · \`${tag.kind === 'DATE' ? tag.timex ?? 'DATE' : tag.kind}\``);
    if (tag.wikidata) markdown.appendMarkdown(` · [${tag.wikidata}](https://www.wikidata.org/wiki/${tag.wikidata})`);
    if (tag.entityId) markdown.appendMarkdown(`\n\n${vscode.l10n.t('Entity')}: \`${tag.entityId.replace(/`/gu, '')}\`${tag.linkReason ? ` · ${linkReasonText(tag.linkReason)}` : ''}`);
    if (tag.kind === 'DATE') appendTemporal(markdown, tag, tags?.publication);
    markdown.appendMarkdown(`\n\n${vscode.l10n.t('Canonical form')}: ${escapeMarkdown(tag.name)}${tag.text !== tag.name ? ` · ${vscode.l10n.t('as written')}: ${escapeMarkdown(tag.text)}` : ''}`);
    markdown.appendMarkdown(`\n\n${vscode.l10n.t('Source')}: ${sourceText(tag)}${tag.confidence !== undefined ? ` · ${vscode.l10n.t('confidence')}: ${tag.confidence.toFixed(2)}` : ` · ${vscode.l10n.t('confidence')}: —`}`);
    markdown.appendMarkdown(`\n\n${tag.status === 'accepted' ? vscode.l10n.t('Accepted') : vscode.l10n.t('Pending review')}${tag.added ? ` · ${vscode.l10n.t('added by a curator')}` : ''}`);
    // The actions act on this mention; the keys beside them do the same from the editor.
    const argument = encodeURIComponent(JSON.stringify([toArgument(document, tag, 'mention')]));
    const link = (title: string, command: string): string => `[${title}](command:${command}?${argument} "${title}")`;
    markdown.appendMarkdown(`\n\n${[
      link(vscode.l10n.t('$(check) Accept'), 'corpusCurator.acceptTag'),
      link(vscode.l10n.t('$(close) Reject'), 'corpusCurator.rejectTag'),
      link(vscode.l10n.t('$(symbol-enum) Change kind…'), 'corpusCurator.changeTagKind'),
      ...(tag.kind === 'DATE' ? [] : [link(vscode.l10n.t('$(list-tree) Entities view'), 'corpusCurator.showInEntitiesView')]),
    ].join(' · ')}`);
    markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(tag.start), document.positionAt(tag.end)));
  }
}
