import type * as vscode from 'vscode';
import type { CorpusCuratorApi } from './api';
import type { Services } from './services';

/**
 * One feature of the extension (a view, a set of commands, providers): `activate` registers what
 * it owns in `context.subscriptions` and may return its part of the extension's API.
 */
export interface Feature {
  activate(context: vscode.ExtensionContext, services: Services): Partial<CorpusCuratorApi> | undefined;
}
