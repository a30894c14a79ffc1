import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../paths';
import { cyclesOf, importsOf } from './imports';
import { checkCore, checkEditor, checkFeatureList, CORE_LAYERS, KNOWN_EXCEPTIONS } from './layers';

const list = (lines: readonly string[]): string => `\n  ${lines.join('\n  ')}`;

describe('architecture: layers of src/', () => {
  const core = checkCore(REPO_ROOT);

  it('src/core imports neither vscode nor the editor, the CLI or the extension', () => {
    assert.deepEqual(core.outward, [], `imports leaving src/core:${list(core.outward)}`);
  });

  it('every room of src/core has a layer', () => {
    assert.deepEqual(core.unplaced, [], `rooms without a layer (add them to CORE_LAYERS in test/unit/architecture/layers.ts):${list(core.unplaced)}`);
  });

  it('no import runs from a lower layer of src/core to a higher one', () => {
    assert.deepEqual(core.upward, [], `upward imports:${list(core.upward)}`);
  });

  it('the rooms of src/core import each other in no cycle', () => {
    assert.deepEqual(core.cycles, [], `cycles among rooms:${list(core.cycles)}`);
  });

  it('each known exception is still needed (remove the ones that are not)', () => {
    assert.deepEqual(core.stale, [], `exceptions no import needs any more (remove them from KNOWN_EXCEPTIONS):${list(core.stale)}`);
  });

  it('src/vscode is layered (common < services < edits < features < extension), features share only types, and the CLI and the editor stay apart', () => {
    const editor = checkEditor(REPO_ROOT);
    assert.deepEqual(editor.unplaced, [], `files of src/vscode in no layer:${list(editor.unplaced)}`);
    assert.deepEqual(editor.violations, [], `imports against the layering:${list(editor.violations)}`);
  });

  it('every folder of src/vscode/features has an index.ts and is in the feature list of src/extension.ts', () => {
    assert.deepEqual(checkFeatureList(REPO_ROOT), { withoutIndex: [], notListed: [] });
  });
});

describe('architecture: the checks catch what they are for', () => {
  let root = '';
  const write = (file: string, text: string): void => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  beforeEach(() => { root = mkdtempSync(path.join(tmpdir(), 'layers-')); });
  afterEach(() => { rmSync(root, { recursive: true, force: true }); });

  it('reads static, type-only, re-exported, dynamic and required imports with their lines', () => {
    write('src/core/text/a.ts', [
      "import { b } from './b';",
      "import type { C } from '../corpus/c';",
      "import { type D, type E } from '../yaml/d';",
      "export { f } from '../yaml/f';",
      'const g = import(\'./g\');',
      "const h = require('node:fs');",
      '// import { fake } from "../corpus/fake";',
    ].join('\n'));
    const found = importsOf(root, 'src/core/text/a.ts').map(({ line, specifier, target, typeOnly }) => ({ line, specifier, target, typeOnly }));
    assert.deepEqual(found, [
      { line: 1, specifier: './b', target: 'src/core/text/b', typeOnly: false },
      { line: 2, specifier: '../corpus/c', target: 'src/core/corpus/c', typeOnly: true },
      { line: 3, specifier: '../yaml/d', target: 'src/core/yaml/d', typeOnly: true },
      { line: 4, specifier: '../yaml/f', target: 'src/core/yaml/f', typeOnly: false },
      { line: 5, specifier: './g', target: 'src/core/text/g', typeOnly: false },
      { line: 6, specifier: 'node:fs', target: undefined, typeOnly: false },
    ]);
  });

  it('finds an upward import, a cycle, a room with no layer, vscode in the core and a stale exception', () => {
    write('src/core/text/sort.ts', "import { files } from '../corpus/files';\nexport const sort = files;\n");
    write('src/core/corpus/files.ts', "import { window } from 'vscode';\nimport { sort } from '../text/sort';\nexport const files = [sort, window];\n");
    write('src/core/extra/x.ts', "export const x = 1;\n");
    const report = checkCore(root, CORE_LAYERS, [{ file: 'src/core/text/gone.ts', room: 'corpus', why: 'test' }]);
    assert.deepEqual(report.upward, ["src/core/text/sort.ts:1 imports '../corpus/files' (text → corpus)"]);
    assert.deepEqual(report.cycles, ['corpus → text → corpus']);
    assert.deepEqual(report.unplaced, ['extra']);
    assert.deepEqual(report.outward, ["src/core/corpus/files.ts:1 imports 'vscode'"]);
    assert.deepEqual(report.stale, ['src/core/text/gone.ts → corpus']);
  });

  it('finds a feature using another feature\'s code, an upward import in src/vscode and the CLI using the editor', () => {
    write('src/extension.ts', "import { activate } from './vscode/features/one';\nexport { activate };\n");
    write('src/vscode/common/util.ts', "import { services } from '../services/store';\nexport const util = services;\n");
    write('src/vscode/services/store.ts', 'export const services = 1;\n');
    write('src/vscode/features/one/index.ts', "import { two } from '../two/two';\nimport type { Two } from '../two/two';\nexport const activate = (t: Two) => two(t);\n");
    write('src/vscode/features/two/two.ts', 'export type Two = number;\nexport const two = (t: Two) => t;\n');
    write('src/cli/main.ts', "import { util } from '../vscode/common/util';\nexport const main = util;\n");
    assert.deepEqual(checkEditor(root), {
      unplaced: [],
      violations: [
        "src/vscode/common/util.ts:1 imports '../services/store' (upward)",
        "src/vscode/features/one/index.ts:1 imports '../two/two' (a feature uses another feature's code)",
        "src/cli/main.ts:1 imports '../vscode/common/util' (the CLI never uses the editor)",
      ],
    });
  });

  it('finds a feature folder without an index.ts, and one the extension does not list', () => {
    write('src/extension.ts', "import * as one from './vscode/features/one';\nexport const FEATURES = [one];\n");
    write('src/vscode/features/one/index.ts', 'export const activate = () => undefined;\n');
    write('src/vscode/features/two/index.ts', 'export const activate = () => undefined;\n');
    write('src/vscode/features/three/three.ts', 'export const three = 3;\n');
    assert.deepEqual(checkFeatureList(root), { withoutIndex: ['three'], notListed: ['three', 'two'] });
  });

  it('finds a cycle of a graph, and none in a graph without one', () => {
    assert.deepEqual(cyclesOf(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]])), [['a', 'b', 'c', 'a']]);
    assert.deepEqual(cyclesOf(new Map([['a', new Set(['b', 'c'])], ['b', new Set(['c'])]])), []);
  });

  it('every known exception says why it is there', () => {
    for (const exception of KNOWN_EXCEPTIONS) assert.ok(exception.why.length > 0, exception.file);
  });
});
