import * as vscode from 'vscode';
import { checkArticle } from '../../../core/metadata/checkArticle';
import { LineIndex } from '../../../core/text/lineIndex';
import { rangeOf } from '../../common/convert';
import { DIAGNOSTIC_SOURCE } from '../../common/names';
import type { FrontMatterReadings } from '../../services/frontMatterReadings';

/** Quick fixes where the fix is obvious: a wrongly cased value, an id that is not the file name, missing front matter. */
export class ArticleQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly readings: FrontMatterReadings) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    // Diagnostics reach this provider as copies, so the problems are recomputed and matched by code and place.
    const text = document.getText();
    const index = new LineIndex(text);
    const problems = checkArticle(text, document.uri.fsPath, this.readings.of(document));
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const problem = problems.find((candidate) => candidate.code === diagnostic.code && rangeOf(index, candidate.start, candidate.end).isEqual(diagnostic.range));
      if (problem?.fix) {
        const action = new vscode.CodeAction(problem.fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, rangeOf(index, problem.fix.start, problem.fix.end), problem.fix.newText);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      } else if (diagnostic.code === 'no-front-matter') {
        const action = new vscode.CodeAction(vscode.l10n.t('Write front matter'), vscode.CodeActionKind.QuickFix);
        action.command = { command: 'corpusCurator.writeFrontMatter', title: action.title, arguments: [document.uri] };
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
    }
    return actions;
  }
}
