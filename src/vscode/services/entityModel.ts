import * as vscode from 'vscode';
import { loadModelInBackground, modelProblem } from '../../core/tagging/model/shippedModel';

/**
 * Loads the entity model in the background, so activation does not wait for it; until it is
 * there (or if it cannot be read) tags come from rules and gazetteers. A problem goes to the
 * output channel and a warning naming the file; `onLoaded` lets open articles be tagged again.
 */
export function loadEntityModel(output: vscode.OutputChannel, onLoaded: () => void): void {
  void loadModelInBackground().then((model) => {
    if (model) {
      onLoaded();
      return;
    }
    const problem = modelProblem();
    const message = vscode.l10n.t('The entity model {0} could not be read ({1}). Names are tagged by rules and gazetteers only.', problem?.file ?? '', problem?.reason ?? '');
    output.appendLine(message);
    void vscode.window.showWarningMessage(message);
  });
}
