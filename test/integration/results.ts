import * as path from 'node:path';

export interface IntegrationTestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export interface IntegrationResults {
  passed: number;
  failed: number;
  pending: number;
  vscodeVersion: string;
  tests: IntegrationTestResult[];
}

/** Where the suite running in the host leaves its results for the launcher (under the extension root). */
export const INTEGRATION_RESULTS_FILE = (extensionRoot: string): string =>
  path.join(extensionRoot, '.vscode-test', 'results', 'integration.json');

/** Present when the launcher wants a screenshot: the suite then keeps the host alive until it is taken. */
export const SCREENSHOT_REQUEST_FILE = (extensionRoot: string): string =>
  path.join(extensionRoot, '.vscode-test', 'results', 'screenshot-request');

/** Written by the launcher once the screenshot is saved. */
export const SCREENSHOT_DONE_FILE = (extensionRoot: string): string =>
  path.join(extensionRoot, '.vscode-test', 'results', 'screenshot-done');
