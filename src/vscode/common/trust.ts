import * as vscode from 'vscode';

/**
 * Wraps a command that writes to the workspace (front matter, tag decisions, gazetteer, settings):
 * in an untrusted workspace (Restricted Mode) it only says that writing is off. Reading and
 * tagging stay on.
 */
export function whenTrusted<Args extends unknown[], Result>(handler: (...args: Args) => Promise<Result>): (...args: Args) => Promise<Result | undefined> {
  return async (...args: Args) => {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Corpus Curator does not write in Restricted Mode. Trust this workspace to write front matter and record decisions.'));
      return undefined;
    }
    return handler(...args);
  };
}
