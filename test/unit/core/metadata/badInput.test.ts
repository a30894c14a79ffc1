import * as assert from 'node:assert/strict';
import { checkArticle } from '../../../../src/core/metadata/checkArticle';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';
import { LineIndex } from '../../../../src/core/text/lineIndex';
import { leastCpuMsOf3 } from '../../cpuTime';
import { frontMatterOf, written } from './helpers';

const BODY = 'Казахстан и ООН провели встречу в Женеве.\n';

function lineOf(text: string, offset: number): number {
  return new LineIndex(text).positionAt(offset).line + 1;
}

describe('core/metadata: bad input gets a clear message and loses nothing', () => {
  it('malformed YAML: skipped, with the line of the error', () => {
    const text = `---\nid: a\ntitle: "unterminated\nlanguage: ru\n---\n${BODY}`;
    const result = writeArticle(text, 'a.txt');
    assert.equal(result.status, 'skipped');
    const [problem] = result.problems;
    assert.ok(problem);
    assert.equal(problem.severity, 'error');
    assert.ok(lineOf(text, problem.start) >= 3 && lineOf(text, problem.start) <= 5, `line ${lineOf(text, problem.start)}`);
  });

  it('duplicate keys are an error, not a silent overwrite', () => {
    const result = writeArticle(`---\ntitle: A\ntitle: B\n---\n${BODY}`, 'a.txt');
    assert.equal(result.status, 'skipped');
    assert.match(result.problems[0]?.message ?? '', /unique|duplicate/iu);
  });

  it('a duplicate key in a nested mapping is an error at the repeated key', () => {
    const text = `---\nmeta:\n  a: 1\n  b: 2\n  a: 3\n---\n${BODY}`;
    const result = writeArticle(text, 'a.txt');
    assert.equal(result.status, 'skipped');
    assert.equal(result.problems[0]?.code, 'yaml-duplicate-key');
    assert.equal(text.slice(result.problems[0]?.start, result.problems[0]?.end), 'a');
    assert.equal(lineOf(text, result.problems[0]?.start ?? 0), 5);
  });

  // About 5 s of CPU alone; on two cores shared at a load of 7 this process gets about a quarter
  // of a core, so the time limit only ends a hang: linearity is the ratio of CPU times.
  it('40,000 keys are written and checked (the duplicate check is linear)', function () {
    this.timeout(60_000);
    const keys = (count: number): string => Array.from({ length: count }, (_, i) => `key${i}: value ${i}\n`).join('');
    const yaml = keys(40_000);
    const out = written(`---\n${yaml}---\n${BODY}`, 'a.txt');
    assert.ok(out.startsWith(`---\n${yaml}`));
    assert.deepEqual(checkArticle(out, 'a.txt'), []);
    assert.equal(writeArticle(out, 'a.txt').status, 'unchanged');
    // Four times the keys take about four times the CPU (a check of each key against the others, sixteen).
    const fewer = `---\n${keys(10_000)}---\n${BODY}`;
    const small = leastCpuMsOf3(() => checkArticle(fewer, 'a.txt'));
    const large = leastCpuMsOf3(() => checkArticle(out, 'a.txt'));
    assert.ok(large < 10 * Math.max(small, 1), `10,000 keys ${small.toFixed(0)} ms, 40,000 keys ${large.toFixed(0)} ms of CPU`);
  });

  it('an alias bomb is refused before it expands', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]'].join('\n');
    const result = writeArticle(`---\n${bomb}\n---\n${BODY}`, 'a.txt');
    assert.equal(result.status, 'skipped');
    assert.equal(result.problems[0]?.code, 'yaml-alias-limit');
  });

  it('an alias inside its own anchor\'s value is refused where the alias is, and the file is kept', () => {
    const text = `---\ntitle: A\nloop: &a [x, *a]\n---\n${BODY}`;
    const result = writeArticle(text, 'a.txt');
    assert.equal(result.status, 'skipped');
    const [problem] = result.problems;
    assert.equal(problem?.code, 'yaml-alias-cycle');
    assert.equal(text.slice(problem.start, problem.end), '*a');
    assert.match(problem.message, /\*a .*&a/u);
    assert.deepEqual(checkArticle(text, 'a.txt').map(({ code }) => code), ['yaml-alias-cycle']);
  });

  it('an alias cycle after 20,000 aliases is found in one pass over the document, and the aliases alone are a bomb', () => {
    const aliases = (count: number): string => `a: &a x\nb: [${Array.from({ length: count }, () => '*a').join(', ')}]`;
    const looping = (count: number): string => `---\n${aliases(count)}\nc: &c [y, *c]\n---\n${BODY}`;
    const looped = writeArticle(looping(20_000), 'a.txt');
    assert.equal(looped.status, 'skipped');
    assert.deepEqual(looped.problems.map(({ code }) => code), ['yaml-alias-cycle']);
    assert.deepEqual(writeArticle(`---\n${aliases(20_000)}\n---\n${BODY}`, 'a.txt').problems.map(({ code }) => code), ['yaml-alias-limit']);
    // One pass: four times the aliases take about four times the CPU (a pass per alias, sixteen).
    const [fewer, more] = [looping(5_000), looping(20_000)];
    const small = leastCpuMsOf3(() => writeArticle(fewer, 'a.txt'));
    const large = leastCpuMsOf3(() => writeArticle(more, 'a.txt'));
    assert.ok(large < 10 * Math.max(small, 1), `5,000 aliases ${small.toFixed(0)} ms, 20,000 aliases ${large.toFixed(0)} ms of CPU`);
  });

  it('merge keys and a few aliases are ordinary YAML and are kept', () => {
    const text = `---\nbase: &base {project: HR}\nextra:\n  <<: *base\n  note: x\n---\n${BODY}`;
    const out = written(text, 'a.txt');
    assert.match(out, /<<: \*base/u);
    assert.deepEqual(frontMatterOf(out).extra, { project: 'HR', note: 'x' });
  });

  it('__proto__ keys stay data: nothing reaches Object.prototype, and the key is kept', () => {
    const text = `---\n__proto__:\n  polluted: yes\nconstructor: {prototype: {polluted: yes}}\n---\n${BODY}`;
    const out = written(text, 'a.txt');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.match(out, /^__proto__:$/mu);
    assert.deepEqual(checkArticle(out, 'a.txt'), []);
  });

  it('an empty file and a blank file are skipped with a message', () => {
    for (const text of ['', ' \n\n']) {
      const result = writeArticle(text, 'a.txt');
      assert.equal(result.status, 'skipped');
      assert.equal(result.problems[0]?.code, 'empty-article');
    }
  });

  it('front matter without a body keeps its values and does not invent a language', () => {
    const text = '---\nid: a\nnote: keep me\n---\n';
    const result = writeArticle(text, 'a.txt');
    assert.ok(result.status === 'changed' || result.status === 'unchanged');
    const out = result.status === 'changed' ? result.newText : text;
    assert.equal(frontMatterOf(out).note, 'keep me');
    assert.equal(frontMatterOf(out).language, undefined);
    assert.ok(result.problems.some((problem) => problem.code === 'language-unknown'));
  });

  it('a front matter that is a list, not a mapping, is refused with its location', () => {
    const result = writeArticle(`---\n- a\n- b\n---\n${BODY}`, 'a.txt');
    assert.equal(result.status, 'skipped');
    assert.equal(result.problems[0]?.code, 'front-matter-not-a-map');
  });

  it('an unclosed front matter fence is refused, not guessed', () => {
    const result = writeArticle(`---\nid: a\n${BODY}`, 'a.txt');
    assert.equal(result.status, 'skipped');
    assert.equal(result.problems[0]?.code, 'unclosed-front-matter');
  });

  it('CRLF files get CRLF front matter, and the body keeps its bytes', () => {
    const text = 'Заголовок статьи о правах\r\n\r\nТекст статьи здесь.\r\n';
    const out = written(text, 'a.txt');
    assert.ok(out.endsWith(text));
    assert.ok(!/[^\r]\n/u.test(out), 'every line ends with CRLF');
  });

  it('a 10 MB article is written with its body intact', function () {
    this.timeout(60000);
    const paragraph = 'Казахстан и Европейский союз обсудили вопросы защиты прав человека в Брюсселе.\n\n';
    const text = `Заголовок большой статьи\n\n${paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))}`;
    const out = written(text, 'big.txt');
    assert.ok(out.length > 10_000_000);
    assert.ok(out.endsWith(text));
  });
});
