import type * as vscode from 'vscode';
import type { CorpusCuratorApi } from '../../api';
import type { Services } from '../../services';
import { registerReviewQueue } from './commands';

/** The review queue: Review Next Article (least sure first), sorting the Articles view by pending tags, Accept All and Mark Reviewed. */
export function activate(context: vscode.ExtensionContext, { articles, corpusIndex }: Services): Pick<CorpusCuratorApi, 'reviewQueue'> {
  const queue = registerReviewQueue(articles, corpusIndex);
  context.subscriptions.push(queue.disposable);
  return { reviewQueue: queue.queue };
}
