import * as vscode from 'vscode';
import type { ArticleTag } from '../../../core/curation/articleTags';
import { DIAGNOSTIC_SOURCE } from '../../common/names';
import { summary, summaryTooltip } from './format';
import { lensesEnabled, shownKinds } from './settings';
import type { TagState } from './tagState';

export interface ParagraphRef { uri: string; start: number; end: number }

/**
 * One lens at the top with the article's state and its actions; one lens above each paragraph
 * counting its tags by kind in words and naming the first (accepted ones marked ✓), opening a pick
 * of them all.
 */
export class TagCodeLenses implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly state: TagState) {}

  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!lensesEnabled()) return [];
    const tags = this.state.tagsOf(document);
    if (!tags) return [];
    const kinds = shownKinds();
    const visible = tags.tags.filter((tag) => kinds.has(tag.kind));
    const pending = visible.filter((tag) => tag.status === 'pending').length;
    const accepted = visible.length - pending;
    const problems = vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.severity === vscode.DiagnosticSeverity.Error).length;
    const top = new vscode.Range(0, 0, 0, 0);
    const uri = document.uri;
    const lenses = [
      new vscode.CodeLens(top, { title: `${tags.lang} · ${vscode.l10n.t('{0} pending', pending)} · ${vscode.l10n.t('{0} accepted', accepted)} · ${problems === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', problems)}`, command: 'corpusCurator.showArticleTags', arguments: [uri] }),
      new vscode.CodeLens(top, { title: vscode.l10n.t('Accept all'), command: 'corpusCurator.acceptAllTags', arguments: [uri] }),
      new vscode.CodeLens(top, { title: vscode.l10n.t('Write front matter'), command: 'corpusCurator.writeFrontMatter', arguments: [uri] }),
    ];
    for (const block of tags.analysis.blocks) {
      const inBlock: ArticleTag[] = visible.filter((tag) => tag.start >= block.start && tag.end <= block.end);
      if (inBlock.length === 0) continue;
      const paragraph: ParagraphRef = { uri: uri.toString(), start: block.start, end: block.end };
      const at = document.positionAt(block.start);
      lenses.push(new vscode.CodeLens(new vscode.Range(at, at), {
        title: summary(inBlock),
        tooltip: summaryTooltip(inBlock),
        command: 'corpusCurator.pickParagraphTag',
        arguments: [paragraph],
      }));
    }
    return lenses;
  }
}
