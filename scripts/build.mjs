// Bundles the extension and the CLI into dist/, and the tests and launchers into out/.
// remark/unified are ESM-only; esbuild turns them into the CommonJS that VS Code and Node load.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

function filesUnder(folder, suffix) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

rmSync('dist', { recursive: true, force: true });
await build({ ...common, entryPoints: { extension: 'src/extension.ts', summaryWorker: 'src/core/corpus/summaryWorker.ts', learnWorker: 'src/core/learning/learnWorker.ts' }, outdir: 'dist', external: ['vscode'] });
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  banner: { js: '#!/usr/bin/env node' },
});

// The metadata schema ships beside the bundles for editors and tools that validate front matter.
copyFileSync('src/core/schema/article.schema.json', 'dist/article.schema.json');
// The entity model ships beside the bundles, which load it lazily (src/core/tagging/model/shippedModel.ts).
const model = 'src/core/tagging/model/weights/entities.model';
if (existsSync(model)) copyFileSync(model, 'dist/entities.model');
// So do the lexicons its features look words up in (src/core/tagging/model/lexicon.ts).
for (const lexicon of filesUnder('data/lexicons', '.lexicon')) copyFileSync(lexicon, path.join('dist', path.basename(lexicon)));
// With the licence texts and copyright files of the dictionaries they are made from (THIRD_PARTY_NOTICES.md).
mkdirSync('dist/licenses', { recursive: true });
for (const file of ['MPL-1.1.txt', 'kk_KZ.copyright', 'ru_RU.copyright']) copyFileSync(path.join('data/lexicons', file), path.join('dist/licenses', file));

if (!production) {
  rmSync('out', { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: [...filesUnder('test', '.ts'), ...filesUnder('bench', '.ts'), 'scripts/train.ts', 'scripts/lexicons/generate.ts'],
    outbase: '.',
    outdir: 'out',
    external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron', 'esbuild', 'chrono-node', 'typescript'],
  });
}
