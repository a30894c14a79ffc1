import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE_ID } from '../../common/names';
import type { Services } from '../../services';
import { ArticleDiagnostics } from './articleDiagnostics';
import { EntityDecisionsDiagnostics } from './entityDecisionsDiagnostics';
import { GazetteerDiagnostics } from './gazetteerDiagnostics';
import { ArticleQuickFixes } from './quickFixes';

/** Problems of articles, the workspace gazetteer and the entity decisions, and quick fixes for articles. */
export function activate(context: vscode.ExtensionContext, { locator, watcher, readings, corpusIndex, output }: Services): undefined {
  context.subscriptions.push(
    new EntityDecisionsDiagnostics(watcher, corpusIndex, (message) => { output.appendLine(message); }),
    new ArticleDiagnostics(locator, watcher, readings),
    new GazetteerDiagnostics(),
    vscode.languages.registerCodeActionsProvider({ language: ARTICLE_LANGUAGE_ID }, new ArticleQuickFixes(readings), { providedCodeActionKinds: ArticleQuickFixes.kinds }),
  );
  return undefined;
}
