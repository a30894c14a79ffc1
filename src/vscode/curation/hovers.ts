import * as vscode from 'vscode';
import type { ArticleTag } from '../../core/curation/articleTags';
import type { TagState } from './tagState';
import { escapeMarkdown } from '../markdown';

export function tagAt(tags: readonly ArticleTag[], offset: number): ArticleTag | undefined {
  return tags.find((tag) => tag.start <= offset && offset <= tag.end);
}

/** Hover on a tagged span: kind, canonical name, Wikidata link, a date's ISO value and precision, and its state. */
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
    const markdown = new vscode.MarkdownString();
    markdown.appendMarkdown(`**${tag.kind}** ${escapeMarkdown(tag.name)}`);
    if (tag.wikidata) markdown.appendMarkdown(` · [${tag.wikidata}](https://www.wikidata.org/wiki/${tag.wikidata})`);
    if (tag.kind === 'DATE') {
      markdown.appendMarkdown(`\n\n${vscode.l10n.t('ISO value')}: \`${tag.value ?? '?'}\` · ${vscode.l10n.t('precision')}: ${tag.precision ?? '?'}`);
      if (tag.relative) markdown.appendMarkdown(` · ${vscode.l10n.t('relative to the publication date')}`);
      if (tag.inferred) markdown.appendMarkdown(` · ${vscode.l10n.t('year inferred')}`);
    }
    markdown.appendMarkdown(`\n\n${tag.status === 'accepted' ? vscode.l10n.t('Accepted') : vscode.l10n.t('Pending review')}${tag.added ? ` · ${vscode.l10n.t('added by a curator')}` : ''}`);
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(tag.start), document.positionAt(tag.end)));
  }
}
