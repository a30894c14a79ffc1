import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeSnapshot } from '../../src/vscode/api';
import { extension, seedUri, waitFor, workspaceRoot } from './helpers';

const RU_ARTICLE = '001_eb5c65e7f4da4a69.txt';
const KK_ARTICLE = '003_c55b704b24c84185.txt';

async function people(): Promise<TreeSnapshot[]> {
  await extension().exports.whenIndexed();
  return (await extension().exports.entitiesTree(3)).find((kind) => kind.label === 'People')?.children ?? [];
}

function decisionsFile(): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), '.corpus', 'entities.yaml');
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((hover) => hover.contents.map((content) => (content instanceof vscode.MarkdownString ? content.value : typeof content === 'string' ? content : ''))).join('\n');
}

async function readDecisions(): Promise<string> {
  return Buffer.from(await vscode.workspace.fs.readFile(decisionsFile())).toString('utf8');
}

/** Runs `body` with .corpus/entities.yaml holding `text`, then deletes the file and waits for its diagnostics to go. */
async function withDecisionsFile(text: string, body: () => Promise<void>): Promise<void> {
  await vscode.workspace.fs.writeFile(decisionsFile(), Buffer.from(text, 'utf8'));
  try {
    await body();
  } finally {
    await vscode.workspace.fs.delete(decisionsFile());
  }
  await waitFor(() => (vscode.languages.getDiagnostics(decisionsFile()).length === 0 ? true : undefined), 'the diagnostics to go with the file');
}

describe('Entities across languages, merges and splits', function () {
  this.timeout(60000);

  it('Токаев (ru) and Тоқаев (kk) are one row, with the articles of both languages', async () => {
    const rows = (await people()).filter((row) => /Т[оo]қ?к?аев/u.test(row.label));
    assert.equal(rows.length, 1, `one row for Tokayev, not ${JSON.stringify(rows.map((row) => row.label))}`);
    const articles = rows[0]?.children ?? [];
    assert.ok(articles.some((article) => article.label.includes(RU_ARTICLE) || article.description === 'ru'), 'a Russian article');
    assert.ok(articles.some((article) => article.description === 'kk'), 'a Kazakh article');
    assert.match(rows[0]?.tooltip ?? '', /kb:kassym-jomart-tokayev/u);
  });

  it('the hover names the entity id and why the mention was linked', async () => {
    const uri = seedUri(RU_ARTICLE);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const offset = document.getText().indexOf('ООН');
    const hovers = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset + 1));
      return found.length > 0 ? found : undefined;
    }, 'a hover on ООН');
    const text = hoverText(hovers);
    assert.match(text, /Q1065/u);
    assert.match(text, /linked: one of its names as written/u);
    const kk = await vscode.workspace.openTextDocument(seedUri(KK_ARTICLE));
    const surname = kk.getText().indexOf('Тоқаевтың');
    const kkHover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', kk.uri, kk.positionAt(surname + 2));
    const kkText = hoverText(kkHover);
    assert.match(kkText, /kb:kassym-jomart-tokayev/u);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Show in the Entities view selects the entity of the tag under the cursor, whatever its language', async () => {
    const kk = await vscode.workspace.openTextDocument(seedUri(KK_ARTICLE));
    const editor = await vscode.window.showTextDocument(kk);
    const surname = kk.positionAt(kk.getText().lastIndexOf('Тоқаевтың') + 2);
    editor.selection = new vscode.Selection(surname, surname);
    const hovers = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', kk.uri, surname);
      return found.length > 0 ? found : undefined;
    }, 'a hover on Тоқаевтың');
    assert.match(hoverText(hovers), /command:corpusCurator\.showInEntitiesView/u, 'the hover offers the Entities view');
    const shown = await vscode.commands.executeCommand<boolean>('corpusCurator.showInEntitiesView');
    assert.equal(shown, true);
    const selection = extension().exports.entitiesSelection();
    assert.equal(selection.visible, true, 'the Entities view is shown');
    assert.equal(selection.labels.length, 1);
    const row = (await people()).find((entity) => entity.label === selection.labels[0]);
    assert.ok(row, `the selected row ${JSON.stringify(selection.labels)} is a person`);
    assert.match(row.tooltip ?? '', /kb:kassym-jomart-tokayev/u);
    assert.deepEqual(new Set(row.children.map((article) => article.description.split(' · ')[0])), new Set(['kk', 'ru']), 'its articles in both languages');
    const date = kk.positionAt(kk.getText().lastIndexOf('2025 жылғы') + 1);
    editor.selection = new vscode.Selection(date, date);
    assert.equal(await vscode.commands.executeCommand<boolean>('corpusCurator.showInEntitiesView'), false, 'a date is not revealed one by one');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('merge and split change the view and .corpus/entities.yaml, survive a re-index, and refuse what makes no sense', async () => {
    const row = async (label: string): Promise<TreeSnapshot | undefined> => (await people()).find((entity) => entity.label === label);
    assert.ok(await waitFor(() => row('Жемис Турмагамбетова'), 'Жемис Турмагамбетова before the merge'));
    const azimovaBefore = await waitFor(() => row('Эльвира Азимова'), 'Эльвира Азимова');
    try {
      const merged = await vscode.commands.executeCommand<boolean>('corpusCurator.mergeEntities', undefined, undefined, { ids: ['kb:elvira-azimova', 'kb:zhemis-turmagambetova'], into: 'kb:elvira-azimova' });
      assert.equal(merged, true);
      assert.match(await readDecisions(), /into: kb:elvira-azimova\n\s+from: \[ kb:zhemis-turmagambetova \]/u);
      await waitFor(async () => ((await row('Жемис Турмагамбетова')) === undefined ? true : undefined), 'the merged entity to leave the view');
      const azimovaAfter = await waitFor(() => row('Эльвира Азимова'), 'Эльвира Азимова after the merge');
      assert.notEqual(azimovaAfter.description, azimovaBefore.description, 'more mentions after the merge');

      await vscode.commands.executeCommand('corpusCurator.reindexCorpus');
      await extension().exports.whenIndexed();
      assert.equal(await row('Жемис Турмагамбетова'), undefined, 'the merge holds after the index is built again');

      const refused = await vscode.commands.executeCommand<boolean>('corpusCurator.mergeEntities', undefined, undefined, { ids: ['kb:elvira-azimova', 'kb:elvira-azimova'], into: 'kb:elvira-azimova' });
      assert.equal(refused, false, 'merging an entity into itself is refused');

      const before = await readDecisions();
      const split = await vscode.commands.executeCommand<boolean>('corpusCurator.splitEntity', undefined, undefined, { id: 'kb:elvira-azimova', mentions: [{ article: RU_ARTICLE.replace(/\.txt$/u, ''), text: 'Жемис Турмагамбетова' }] });
      assert.equal(split, true);
      const after = await readDecisions();
      assert.ok(after.startsWith(before.trimEnd()), 'the split is added after the merge');
      assert.match(after, /splits:\n\s+- from: kb:elvira-azimova\n\s+to: local:PER:[^\n]+#2\n/u);
      await waitFor(async () => ((await people()).some((entity) => entity.label === 'Жемис Турмагамбетова' && /^1 article/u.test(entity.description)) ? true : undefined), 'the split-off mentions as their own row');
    } finally {
      await vscode.workspace.fs.delete(decisionsFile());
    }
    await waitFor(async () => ((await row('Жемис Турмагамбетова'))?.description.startsWith('2 articles') ? true : undefined), 'the view as it was once the file is gone');
  });

  it('a decision naming an id no mention has shows a located warning in the Problems panel; an old place id is read as today\'s', async () => {
    // `local:LOC:sakmant` is the id the seed's `Сегменте` had before 2026-12-01; it is `local:LOC:skmnt` now.
    const decisions = 'merges:\n  - into: kb:elvira-azimova\n    from: [kb:zhemis-turmagambetova]\n  - into: Q232\n    from: [local:LOC:otradno, local:LOC:sakmant]\n';
    await withDecisionsFile(decisions, async () => {
      const diagnostics = await waitFor(() => {
        const found = vscode.languages.getDiagnostics(decisionsFile());
        return found.length >= 2 ? found : undefined;
      }, 'the stale and the old-form ids in the Problems panel');
      const at = (id: string): string => {
        const offset = decisions.indexOf(id);
        const line = decisions.slice(0, offset).split('\n').length - 1;
        return `${String(line)}:${String(offset - decisions.lastIndexOf('\n', offset) - 1)}`;
      };
      assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.severity, `${String(diagnostic.range.start.line)}:${String(diagnostic.range.start.character)}`, diagnostic.code]), [
        [vscode.DiagnosticSeverity.Warning, at('local:LOC:otradno'), 'entities-stale-id'],
        [vscode.DiagnosticSeverity.Information, at('local:LOC:sakmant'), 'entities-old-id'],
      ]);
      assert.match(diagnostics[0]?.message ?? '', /names `local:LOC:otradno` .*which no mention in the corpus has now; merging it does nothing\. It may be an id of an older version: merge again in the Entities view, or remove it/u);
      assert.match(diagnostics[1]?.message ?? '', /it is read as `local:LOC:skmnt`, the id its mentions have now/u);
      assert.equal(await readDecisions(), decisions, 'the file is left as it is');
    });
  });

  it('an unsaved edit of .corpus/entities.yaml keeps the stale warning, moved with its id, while the corpus is checked again', async () => {
    const decisions = 'merges:\n  - into: Q232\n    from: [local:LOC:otradno]\n';
    await withDecisionsFile(decisions, async () => {
      const staleAt = (diagnostics: readonly vscode.Diagnostic[]): number[] => diagnostics.filter((diagnostic) => diagnostic.code === 'entities-stale-id').map((diagnostic) => diagnostic.range.start.line);
      await waitFor(() => (staleAt(vscode.languages.getDiagnostics(decisionsFile())).length === 1 ? true : undefined), 'the stale id in the Problems panel');
      const editor = await vscode.window.showTextDocument(decisionsFile());
      const shown: number[][] = [];
      const listening = vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => uri.toString() === decisionsFile().toString())) shown.push(staleAt(vscode.languages.getDiagnostics(decisionsFile())));
      });
      try {
        assert.ok(await editor.edit((edit) => { edit.insert(new vscode.Position(0, 0), '# checked\n'); }));
        // The parse problems of the edited text are shown at once, and the check against the corpus ends later
        // (a check of the text before the edit may still end first, with the warning at its old line).
        const ofEditedText = (): number[][] => shown.filter((lines) => lines[0] !== 2);
        await waitFor(() => (ofEditedText().length >= 2 ? true : undefined), 'the problems of the edited text, then the check against the corpus');
        assert.deepEqual(ofEditedText(), ofEditedText().map(() => [3]), 'the warning never leaves the panel, and follows its id to the next line');
      } finally {
        listening.dispose();
        assert.ok(await editor.edit((edit) => { edit.delete(new vscode.Range(0, 0, 1, 0)); }));
        await editor.document.save();
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      }
    });
  });

  it('a malformed .corpus/entities.yaml shows in the Problems panel at its line, and a merge leaves it untouched', async () => {
    const broken = 'merges:\n  - into: Q232\n    from: [kb:x\n';
    await withDecisionsFile(broken, async () => {
      const diagnostics = await waitFor(() => {
        const found = vscode.languages.getDiagnostics(decisionsFile());
        return found.length > 0 ? found : undefined;
      }, 'a diagnostic for the malformed file');
      assert.equal(diagnostics[0]?.severity, vscode.DiagnosticSeverity.Error);
      assert.ok((diagnostics[0]?.range.start.line ?? 0) >= 1, 'located in the file');
      const merged = await vscode.commands.executeCommand<boolean>('corpusCurator.mergeEntities', undefined, undefined, { ids: ['kb:elvira-azimova', 'kb:zhemis-turmagambetova'], into: 'kb:elvira-azimova' });
      assert.equal(merged, false);
      assert.equal(await readDecisions(), broken, 'the file is not rewritten from a half-parsed state');
    });
  });
});
