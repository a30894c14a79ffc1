import * as vscode from 'vscode';
import { type FrontMatterReading, readArticleFrontMatter } from '../../core/frontmatter/articleFrontMatter';

/**
 * The front matter of each open document, read once per version and shared by the diagnostics,
 * the quick fixes and the tag state, which only read it.
 */
export class FrontMatterReadings implements vscode.Disposable {
  private readonly readings = new Map<string, { version: number; reading: FrontMatterReading }>();
  private readonly subscription = vscode.workspace.onDidCloseTextDocument((document) => { this.readings.delete(document.uri.toString()); });

  of(document: vscode.TextDocument): FrontMatterReading {
    const key = document.uri.toString();
    const known = this.readings.get(key);
    if (known?.version === document.version) return known.reading;
    const reading = readArticleFrontMatter(document.getText());
    this.readings.set(key, { version: document.version, reading });
    return reading;
  }

  dispose(): void {
    this.subscription.dispose();
    this.readings.clear();
  }
}
