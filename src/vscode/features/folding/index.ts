import type * as vscode from 'vscode';
import type { Services } from '../../services';
import { registerFrontMatterFolding } from './frontMatterFolding';

/** The front matter folds as one region, folded when an article is first shown. */
export function activate(context: vscode.ExtensionContext, services: Services): undefined {
  context.subscriptions.push(registerFrontMatterFolding(services.readings));
  return undefined;
}
