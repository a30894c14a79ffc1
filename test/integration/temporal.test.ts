import * as assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { seedUri, waitFor } from './helpers';

const SEED = '003_c55b704b24c84185.txt';
const WEEKDAY_ARTICLE = 'zz_temporal_weekday.txt';
const WEEKDAY_TEXT = 'Суд продлил арест журналиста\n\nАстана, 31 мая 2024 — Задержание произошло в среду, сообщили правозащитники.\n';

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : (content as vscode.MarkdownString).value))).join('\n');
}

describe('Temporal expressions in VS Code', () => {
  const seed = seedUri(SEED);
  const weekday = seedUri(WEEKDAY_ARTICLE);
  let original = '';

  before(async () => {
    original = readFileSync(seed.fsPath, 'utf8');
    writeFileSync(weekday.fsPath, WEEKDAY_TEXT);
    await vscode.workspace.getConfiguration('corpusCurator').update('frontMatter.preview', 'never', vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    writeFileSync(seed.fsPath, original);
    rmSync(weekday.fsPath, { force: true });
  });

  it('hovers a week day with the day it resolves to and the dateline it was resolved against', async () => {
    const document = await vscode.workspace.openTextDocument(weekday);
    await vscode.window.showTextDocument(document);
    const position = document.positionAt(document.getText().indexOf('среду') + 2);
    const text = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', weekday, position);
      const shown = hoverText(hovers);
      return shown.includes('DATE') ? shown : undefined;
    }, 'the hover of the week day');
    assert.match(text, /^\*\*Date\*\* .+ · `DATE`$/mu, text);
    assert.match(text, /^value: `2024-05-29` · precision: day$/mu, text);
    assert.match(text, /relative · anchor: `2024-05-31` \(dateline\)/u, text);
  });

  it('hovers a duration with its kind in words and its TIMEX3 type as the code', async () => {
    const document = await vscode.workspace.openTextDocument(seed);
    await vscode.window.showTextDocument(document);
    const position = document.positionAt(document.getText().indexOf(' 20 жыл') + 2);
    const text = await waitFor(async () => {
      const shown = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', seed, position));
      return shown.includes('P20Y') ? shown : undefined;
    }, 'the hover of the duration');
    assert.match(text, /^\*\*Duration\*\* P20Y · `DURATION`$/mu, text);
  });

  it('writes published, its source and the dates of a seed article to disk', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(seed));
    await vscode.commands.executeCommand('corpusCurator.writeFrontMatter', seed);
    const written = await waitFor(() => {
      const text = readFileSync(seed.fsPath, 'utf8');
      return text.startsWith('---\n') ? text : undefined;
    }, 'the front matter on disk');
    assert.match(written, /^published: '2026-02-27'$/mu);
    assert.match(written, /^published_from: dateline$/mu);
    assert.match(written, /^dates:\n {2}- \{value: '2025', kind: DATE, mentions: 1\}\n {2}- \{value: '2026', kind: DATE, mentions: 1\}\n {2}- \{value: 'P20Y', kind: DURATION, mentions: 1\}/mu);
    const body = original.startsWith('---\n') ? original.slice(original.indexOf('\n---\n', 3) + 5) : original;
    assert.ok(written.endsWith(body), 'the body is the seed, byte for byte');
  });
});
