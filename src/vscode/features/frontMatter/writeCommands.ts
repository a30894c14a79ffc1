import * as vscode from 'vscode';
import { whenTrusted } from '../../common/trust';
import type { ArticleItem, ArticlesTreeProvider } from '../articles/articlesTree';
import type { CorpusLocator } from '../../services/corpusLocator';
import { rangeOf } from '../../common/convert';
import { SETTINGS_SECTION } from '../../common/settings';
import { applyPlans, type PreviewSetting } from '../../edits/applyPlans';
import { describe, type EditPlan, planEdit } from '../../edits/planEdit';

type Edit = Extract<EditPlan, { kind: 'edit' }>;
type Skip = Extract<EditPlan, { kind: 'skipped' }>;

function previewSetting(): PreviewSetting {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION).get<PreviewSetting>('frontMatter.preview', 'auto');
}

/** Skipped articles are listed in the output channel with `file:line:col` for each reason. */
function reportSkipped(output: vscode.OutputChannel, skipped: readonly Skip[]): void {
  for (const plan of skipped) {
    for (const problem of plan.problems) {
      const start = rangeOf(plan.text, problem.start, problem.end).start;
      output.appendLine(`${describe(plan.uri)}:${start.line + 1}:${start.character + 1}: ${problem.severity}: ${problem.message}`);
    }
  }
}

async function writeMany(uris: readonly vscode.Uri[], output: vscode.OutputChannel, title: string): Promise<void> {
  const plans = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    async (progress, token) => {
      const planned: EditPlan[] = [];
      for (const uri of uris) {
        if (token.isCancellationRequested) return undefined;
        progress.report({ message: describe(uri), increment: 100 / uris.length });
        planned.push(await planEdit(uri));
      }
      return planned;
    },
  );
  if (!plans) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Writing front matter was cancelled; nothing was changed.'));
    return;
  }
  const edits = plans.filter((plan): plan is Edit => plan.kind === 'edit');
  const skipped = plans.filter((plan): plan is Skip => plan.kind === 'skipped');
  const unchanged = plans.filter((plan) => plan.kind === 'unchanged').length;
  reportSkipped(output, skipped);
  const outcome = await applyPlans(edits, previewSetting());
  if (outcome.declined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Front matter: the preview was discarded; nothing was written.'));
    return;
  }
  const parts = [
    vscode.l10n.t('{0} written', outcome.applied.length),
    vscode.l10n.t('{0} unchanged', unchanged),
  ];
  if (skipped.length > 0) parts.push(vscode.l10n.t('{0} skipped', skipped.length));
  if (outcome.stale.length > 0) parts.push(vscode.l10n.t('{0} changed meanwhile (run again)', outcome.stale.length));
  const message = vscode.l10n.t('Front matter: {0}.', parts.join(', '));
  if (skipped.length > 0 || outcome.stale.length > 0) {
    const show = vscode.l10n.t('Show Details');
    if ((await vscode.window.showWarningMessage(message, show)) === show) output.show(true);
  } else {
    void vscode.window.showInformationMessage(message);
  }
}

export function registerWriteCommands(locator: CorpusLocator, articles: ArticlesTreeProvider, output: vscode.OutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('corpusCurator.writeFrontMatter', whenTrusted(async (target?: vscode.Uri | ArticleItem) => {
      const uri = target instanceof vscode.Uri ? target : target?.uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!uri || !locator.rootOfArticle(uri)) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open an article of the corpus to write its front matter.'));
        return;
      }
      const plan = await planEdit(uri);
      if (plan.kind === 'unchanged') {
        void vscode.window.setStatusBarMessage(vscode.l10n.t('Front matter is up to date.'), 3000);
        return;
      }
      if (plan.kind === 'skipped') {
        reportSkipped(output, [plan]);
        const first = plan.problems[0];
        const at = first ? rangeOf(plan.text, first.start, first.end).start : undefined;
        void vscode.window.showErrorMessage(vscode.l10n.t('Front matter not written: {0} (line {1}). The file was left as it is.', first?.message ?? '', (at?.line ?? 0) + 1));
        return;
      }
      const outcome = await applyPlans([plan], previewSetting());
      if (outcome.stale.length > 0) void vscode.window.showWarningMessage(vscode.l10n.t('The article changed while its front matter was computed; nothing was written. Run the command again.'));
    })),
    vscode.commands.registerCommand('corpusCurator.writeFrontMatterAll', whenTrusted(async () => {
      const uris = articles.allArticles().map((article) => article.uri);
      await writeMany(uris, output, vscode.l10n.t('Writing front matter of {0} articles', uris.length));
    })),
    vscode.commands.registerCommand('corpusCurator.writeFrontMatterSelected', whenTrusted(async (item?: ArticleItem, selected?: readonly ArticleItem[]) => {
      const chosen = selected && selected.length > 0 ? selected : item ? [item] : articles.selection();
      if (chosen.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Select articles in the Corpus view first.'));
        return;
      }
      await writeMany(chosen.map((article) => article.uri), output, vscode.l10n.t('Writing front matter of {0} articles', chosen.length));
    })),
  );
}
