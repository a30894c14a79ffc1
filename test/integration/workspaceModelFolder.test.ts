import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { extension, seedUri, waitFor, workspaceRoot } from './helpers';

/** An Azerbaijani article, written for this test, in which the curator added a name. */
const TAUGHT = '902_learning_new_folder.txt';
const TAUGHT_TEXT = [
  '---', 'language: az', 'curation:', '  added:', '    - {kind: PER, name: Rauf Mirqədirov, text: Rauf Mirqədirovun}', '---',
  'Jurnalist Rauf Mirqədirovun məqaləsi müzakirə olunub.', '',
].join('\n');

describe('The workspace model in a folder without .corpus yet', function () {
  this.timeout(120000);
  const corpusFolder = path.join(workspaceRoot().fsPath, '.corpus');
  const modelFolder = path.join(corpusFolder, 'model');
  const modelFile = path.join(modelFolder, 'entities.model');
  const saved = path.join(mkdtempSync(path.join(tmpdir(), 'corpus-curator-corpus-')), '.corpus');
  let hadCorpus = false;

  before(async () => {
    await extension().activate();
    hadCorpus = existsSync(corpusFolder);
    if (hadCorpus) cpSync(corpusFolder, saved, { recursive: true });
    rmSync(corpusFolder, { recursive: true, force: true });
    writeFileSync(seedUri(TAUGHT).fsPath, TAUGHT_TEXT);
    await extension().exports.learning.settled();
  });

  after(async () => {
    rmSync(seedUri(TAUGHT).fsPath, { force: true });
    rmSync(corpusFolder, { recursive: true, force: true });
    if (hadCorpus) cpSync(saved, corpusFolder, { recursive: true });
    rmSync(path.dirname(saved), { recursive: true, force: true });
    await vscode.commands.executeCommand('corpusCurator.learnFromDecisions');
    await extension().exports.learning.settled();
  });

  it('follows the model on disk after the first learning created .corpus/model: removed, then written again outside the editor', async () => {
    const api = extension().exports;
    assert.ok(!existsSync(corpusFolder), 'no .corpus before the first learning');
    const learnt = api.learning.generation();
    await vscode.commands.executeCommand('corpusCurator.learnFromDecisions');
    await api.learning.settled();
    assert.ok(api.learning.generation() > learnt, 'the model learnt');
    assert.ok(existsSync(modelFile), 'the first learning created .corpus/model and wrote the model there');
    const files = new Map(readdirSync(modelFolder).map((file) => [file, readFileSync(path.join(modelFolder, file))]));
    const removed = api.learning.generation();
    for (const file of files.keys()) rmSync(path.join(modelFolder, file));
    await waitFor(() => api.learning.generation() > removed, 'the removed model seen', 30000);
    await api.learning.settled();
    // As `corpus-curator learn` writes it: the model comes back, and the editor takes it again.
    const written = api.learning.generation();
    for (const [file, bytes] of files) writeFileSync(path.join(modelFolder, file), bytes);
    await waitFor(() => api.learning.generation() > written, 'the model written outside the editor seen', 30000);
  });
});
