import type * as vscode from 'vscode';
import type { CorpusCuratorApi } from '../../api';
import type { Services } from '../../services';
import { ProposeEverywhere } from './proposeEverywhere';

/** Names the curator tags or accepts, proposed across the corpus in every inflected form (through the workspace gazetteer). */
export function activate(context: vscode.ExtensionContext, { corpusIndex }: Services): Pick<CorpusCuratorApi, 'proposalsSettled'> {
  const proposer = new ProposeEverywhere(corpusIndex);
  context.subscriptions.push(proposer);
  return { proposalsSettled: () => proposer.whenIdle() };
}
