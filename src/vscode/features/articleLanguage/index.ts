import type * as vscode from 'vscode';
import type { Services } from '../../services';
import { registerArticleLanguage } from './articleLanguage';

/** Corpus files opened as plain text or Markdown get the article language. */
export function activate(context: vscode.ExtensionContext, services: Services): undefined {
  context.subscriptions.push(registerArticleLanguage(services.locator));
  return undefined;
}
