import type * as vscode from 'vscode';
import { registerFrontMatterFolding } from './frontMatterFolding';

/** The front matter folds as one region, folded when an article is first shown. */
export function activate(context: vscode.ExtensionContext): undefined {
  context.subscriptions.push(registerFrontMatterFolding());
  return undefined;
}
