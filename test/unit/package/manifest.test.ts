import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../paths';

interface Manifest {
  engines: { vscode: string };
  capabilities?: { untrustedWorkspaces?: { supported: boolean | string; restrictedConfigurations?: string[] } };
  activationEvents: string[];
  main: string;
  bin: Record<string, string>;
  devDependencies: Record<string, string>;
  contributes: {
    commands: { command: string; title: string; category: string }[];
    configuration: { properties: Record<string, { default: unknown }> };
    grammars: { language: string; path: string; scopeName: string }[];
    languages: { id: string }[];
  };
}

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
const nls = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;

describe('package.json manifest', () => {
  it('activates on what it needs and never on "*"', () => {
    assert.ok(manifest.activationEvents.length > 0);
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(!manifest.activationEvents.includes('onStartupFinished'));
  });

  it('targets a VS Code no newer than the 1.100 test host, with matching API types', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.100.0');
  });

  it('declares limited support of untrusted workspaces, where the workspace cannot move the corpus', () => {
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['corpusCurator.corpusPath']);
    const properties = manifest.contributes.configuration.properties as Record<string, { scope?: string; default: unknown }>;
    assert.equal(properties['corpusCurator.allowCorpusOutsideWorkspace']?.scope, 'application', 'only the user can let the corpus out');
    assert.equal(properties['corpusCurator.maxArticleSize']?.default, 10);
  });

  it('defaults the corpus location to seeds', () => {
    assert.equal(manifest.contributes.configuration.properties['corpusCurator.corpusPath']?.default, 'seeds');
  });

  it('has every manifest string translated in package.nls.json', () => {
    const placeholders = JSON.stringify(manifest.contributes).match(/%[\w.]+%/gu) ?? [];
    assert.ok(placeholders.length > 0);
    for (const placeholder of placeholders) assert.ok(placeholder.slice(1, -1) in nls, `${placeholder} is translated`);
    assert.equal(nls['command.category'], 'Corpus Curator');
  });

  it('registers a grammar whose file parses and names the article scope', () => {
    const [grammar] = manifest.contributes.grammars;
    assert.ok(grammar);
    assert.equal(grammar.language, 'corpus-article');
    const parsed = JSON.parse(readFileSync(path.join(REPO_ROOT, grammar.path), 'utf8')) as { scopeName: string };
    assert.equal(parsed.scopeName, grammar.scopeName);
  });

  it('ships the CLI as a bin pointing into dist/', () => {
    assert.equal(manifest.bin['corpus-curator'], 'dist/cli.js');
    assert.equal(manifest.main, './dist/extension.js');
  });
});
