import type * as vscode from 'vscode';
import type { Services } from '../../services';
import { registerChooseCorpusFolder, registerCreateCorpusFolder, registerRevealCorpusFolder } from './corpusFolder';

/** Commands that choose, create and reveal the corpus folder. */
export function activate(context: vscode.ExtensionContext, services: Services): undefined {
  context.subscriptions.push(registerChooseCorpusFolder(), registerCreateCorpusFolder(), registerRevealCorpusFolder(services.locator));
  return undefined;
}
