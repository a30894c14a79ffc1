import type * as vscode from 'vscode';
import type { Services } from '../../services';
import { registerExportCommand } from './exportCommand';
import { registerImportCommand } from './importCommand';

/** Export to and import from NLP formats (spaCy JSONL, CoNLL, brat, CSV). */
export function activate(context: vscode.ExtensionContext, { locator, articles, output }: Services): undefined {
  context.subscriptions.push(registerExportCommand(locator, articles, output), registerImportCommand(locator, articles, output));
  return undefined;
}
