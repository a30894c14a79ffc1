import * as vscode from 'vscode';
import { ALL_KINDS, decorationsEnabled, shownKinds } from './settings';
import type { TagState } from './tagState';
import { nextTask } from '../../../core/timeSlices';
import { KINDS, type SpanKind } from '../../../core/kinds';

/**
 * A subtle underline per tag in the kind's theme colour: dotted while pending, solid once
 * accepted, so tags are visible without reading the lenses.
 */
export class TagDecorations implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  /** Site furniture (header, dateline, footer) is shown dimmed: not part of the article's text. */
  private readonly boilerplate = vscode.window.createTextEditorDecorationType({ opacity: '0.5' });
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly state: TagState) {
    for (const kind of ALL_KINDS) {
      for (const status of ['pending', 'accepted'] as const) {
        this.types.set(`${kind}:${status}`, vscode.window.createTextEditorDecorationType({
          borderWidth: '0 0 1px 0',
          borderStyle: status === 'pending' ? 'dotted' : 'solid',
          borderColor: new vscode.ThemeColor(KINDS.definition(kind).colour),
          ...(status === 'pending' ? { overviewRulerColor: new vscode.ThemeColor(KINDS.definition(kind).colour), overviewRulerLane: vscode.OverviewRulerLane.Right } : {}),
        }));
      }
    }
    this.subscriptions.push(
      vscode.window.onDidChangeVisibleTextEditors(() => { this.schedule(); }),
      state.onDidChange(() => { this.schedule(); }),
    );
    this.schedule();
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => { void this.update(); }, 150);
  }

  /** Which pass is current: a pass that a newer one overtook stops. */
  private pass = 0;

  /** One editor per task: tagging an article again (a new model) takes milliseconds, and side-by-side editors add up. */
  private async update(): Promise<void> {
    const pass = ++this.pass;
    const kinds = shownKinds();
    for (const [i, editor] of vscode.window.visibleTextEditors.entries()) {
      if (i > 0) await nextTask();
      if (pass !== this.pass) return;
      if (editor.document.isClosed) continue;
      this.decorate(editor, kinds);
    }
  }

  private decorate(editor: vscode.TextEditor, kinds: ReturnType<typeof shownKinds>): void {
    const articleTags = this.state.tagsOf(editor.document);
    const tags = decorationsEnabled() ? articleTags?.tags ?? [] : [];
    for (const [key, type] of this.types) {
      const [kind, status] = key.split(':') as [SpanKind, string];
      const ranges = kinds.has(kind) ? tags.filter((tag) => tag.kind === kind && tag.status === status)
        .map((tag) => new vscode.Range(editor.document.positionAt(tag.start), editor.document.positionAt(tag.end))) : [];
      editor.setDecorations(type, ranges);
    }
    const furniture = articleTags?.analysis.boilerplate ?? [];
    editor.setDecorations(this.boilerplate, furniture.map(({ block }) => new vscode.Range(editor.document.positionAt(block.start), editor.document.positionAt(block.end))));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.pass++;
    for (const type of this.types.values()) type.dispose();
    this.boilerplate.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
