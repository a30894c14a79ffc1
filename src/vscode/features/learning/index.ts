import * as vscode from 'vscode';
import type { CorpusCuratorApi } from '../../api';
import type { Services } from '../../services';

/** Learning from the curator's decisions: the command that rebuilds the workspace model now, and its state for tests. */
export function activate(context: vscode.ExtensionContext, { learning }: Services): Partial<CorpusCuratorApi> {
  context.subscriptions.push(vscode.commands.registerCommand('corpusCurator.learnFromDecisions', () => learning.learnNow({ announce: true })));
  return { learning: { generation: () => learning.generation, onDidLearn: learning.onDidLearn, settled: () => learning.settled() } };
}
