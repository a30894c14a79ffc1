import * as vscode from 'vscode';
import type { ArticleTag } from '../../core/curation/articleTags';
import type { LinkReason } from '../../core/tagging/types';
import type { TagState } from './tagState';
import { escapeMarkdown } from '../markdown';

export function tagAt(tags: readonly ArticleTag[], offset: number): ArticleTag | undefined {
  return tags.find((tag) => tag.start <= offset && offset <= tag.end);
}

/** Why a mention was linked to its entity, as the hover says it. */
export function linkReasonText(reason: LinkReason): string {
  switch (reason) {
    case 'exact': return vscode.l10n.t('linked: one of its names as written');
    case 'inflection': return vscode.l10n.t('linked: an inflected form of one of its names');
    case 'transliteration': return vscode.l10n.t('linked: its name in another script or language');
    case 'surname-in-context': return vscode.l10n.t('linked: surname of the full name given earlier in the article');
    case 'context': return vscode.l10n.t('linked: the entity of this name named elsewhere in the article');
    case 'gazetteer': return vscode.l10n.t('linked: the workspace gazetteer gives its Wikidata id');
    case 'curator': return vscode.l10n.t('linked by a curator\'s merge or split (.corpus/entities.yaml)');
    case 'local': return vscode.l10n.t('not in the knowledge base: an entity of this corpus, by its normalised name');
  }
}

/** Hover on a tagged span: kind, canonical name, Wikidata link, entity id and why it was linked, a date's ISO value and precision, and its state. */
export class TagHovers implements vscode.HoverProvider {
  constructor(private readonly state: TagState) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const tag = tagAt(this.state.tagsOf(document)?.tags ?? [], document.offsetAt(position));
    if (!tag) return undefined;
    const markdown = new vscode.MarkdownString();
    markdown.appendMarkdown(`**${tag.kind}** ${escapeMarkdown(tag.name)}`);
    if (tag.wikidata) markdown.appendMarkdown(` · [${tag.wikidata}](https://www.wikidata.org/wiki/${tag.wikidata})`);
    if (tag.entityId) markdown.appendMarkdown(`\n\n${vscode.l10n.t('Entity')}: \`${tag.entityId.replace(/`/gu, '')}\`${tag.linkReason ? ` · ${linkReasonText(tag.linkReason)}` : ''}`);
    if (tag.kind === 'DATE') {
      markdown.appendMarkdown(`\n\n${vscode.l10n.t('ISO value')}: \`${tag.value ?? '?'}\` · ${vscode.l10n.t('precision')}: ${tag.precision ?? '?'}`);
      if (tag.relative) markdown.appendMarkdown(` · ${vscode.l10n.t('relative to the publication date')}`);
      if (tag.inferred) markdown.appendMarkdown(` · ${vscode.l10n.t('year inferred')}`);
    }
    markdown.appendMarkdown(`\n\n${tag.status === 'accepted' ? vscode.l10n.t('Accepted') : vscode.l10n.t('Pending review')}${tag.added ? ` · ${vscode.l10n.t('added by a curator')}` : ''}`);
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(tag.start), document.positionAt(tag.end)));
  }
}
