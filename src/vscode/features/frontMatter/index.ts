import type * as vscode from 'vscode';
import type { Services } from '../../services';
import { registerWriteCommands } from './writeCommands';

/** Write Front Matter for an article, the selected articles or the whole corpus. */
export function activate(context: vscode.ExtensionContext, { locator, articles, output }: Services): undefined {
  context.subscriptions.push(registerWriteCommands(locator, articles, output));
  return undefined;
}
