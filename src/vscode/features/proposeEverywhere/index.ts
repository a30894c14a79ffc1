import type * as vscode from 'vscode';
import type { Services } from '../../services';
import { ProposeEverywhere } from './proposeEverywhere';

/** Names the curator tags or accepts, proposed across the corpus in every inflected form (through the workspace gazetteer). */
export function activate(context: vscode.ExtensionContext, { corpusIndex }: Services): undefined {
  context.subscriptions.push(new ProposeEverywhere(corpusIndex));
  return undefined;
}
