// `npm test`: typecheck, lint, build, unit tests (mocha in plain Node), then the integration
// tests inside a real VS Code extension host. Ends with one line `N passed, N failed` that sums
// unit and integration tests, and a non-zero exit when anything failed or no test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const passthrough = args.filter((arg, i) => arg !== '--only' && args[i - 1] !== '--only');

function step(title, command, commandArgs) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

function testFiles(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.js'))
    .map((entry) => path.resolve(entry.parentPath, entry.name))
    .sort();
}

async function unitTests() {
  console.log('\n▶ unit tests (mocha, plain Node)');
  const mocha = new Mocha({ reporter: 'spec', timeout: 20000 });
  for (const file of testFiles('out/test/unit')) mocha.addFile(file);
  await mocha.loadFilesAsync();
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats.passes, failed: runner.stats.failures }));
  });
}

function integrationTests() {
  console.log('\n▶ integration tests (mocha inside a VS Code extension host)');
  const resultsFile = path.resolve('.vscode-test/results/summary.json');
  const run = spawnSync(process.execPath, ['out/test/launch/run.js', '--summary', resultsFile, ...passthrough], { stdio: 'inherit' });
  if (!existsSync(resultsFile)) return { passed: 0, failed: 1, launcherFailed: true };
  const summary = JSON.parse(readFileSync(resultsFile, 'utf8'));
  // A launcher failure (host did not start, zero tests) counts as one failure on top of the tests.
  return { passed: summary.passed, failed: summary.failed + (run.status === 0 ? 0 : summary.failed === 0 ? 1 : 0) };
}

if (only !== 'integration') {
  step('typecheck (tsc --noEmit)', 'npx', ['tsc', '--noEmit', '-p', '.']);
  step('lint (eslint)', 'npx', ['eslint', '.']);
}
step('build (esbuild)', process.execPath, ['scripts/build.mjs']);

const totals = { passed: 0, failed: 0 };
for (const [name, stage] of [['unit', unitTests], ['integration', integrationTests]]) {
  if (only && only !== name) continue;
  const result = await stage();
  console.log(`${name}: ${result.passed} passed, ${result.failed} failed`);
  totals.passed += result.passed;
  totals.failed += result.failed;
}
const ranNothing = totals.passed + totals.failed === 0;
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || ranNothing ? 1 : 0);
