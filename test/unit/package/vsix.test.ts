import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from '../paths';

describe('the .vsix package', function () {
  this.timeout(60000);

  it('holds dist/ (with the entity model and its lexicons), syntaxes/, the manifest, README, CHANGELOG, LICENSE and the third-party notices, and nothing of src/ or test/', () => {
    const vsce = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const listed = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(listed.status, 0, listed.stderr);
    const files = listed.stdout.trim().split('\n').map((line) => line.trim()).sort();
    assert.deepEqual(files, [
      'CHANGELOG.md', 'LICENSE', 'README.md', 'THIRD_PARTY_NOTICES.md',
      'dist/article.schema.json', 'dist/cli.js', 'dist/entities.model', 'dist/extension.js', 'dist/kk.lexicon', 'dist/learnWorker.js',
      'dist/licenses/MPL-1.1.txt', 'dist/licenses/kk_KZ.copyright', 'dist/licenses/ru_RU.copyright', 'dist/ru.lexicon', 'dist/summaryWorker.js',
      'language-configuration.json',
      'media/corpus.svg', 'media/icon.png',
      'package.json', 'package.nls.json',
      'syntaxes/corpus-article.tmLanguage.json',
    ]);
    assert.ok(!files.some((file) => file.startsWith('src/') || file.startsWith('test/') || file.startsWith('seeds/')));
  });
});
