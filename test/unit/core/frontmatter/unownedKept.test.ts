import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { setStatus } from '../../../../src/core/metadata/setStatus';
import { recordDecisions, writeArticle } from '../../../../src/core/metadata/writeArticle';
import { assertLinesKeptInOrder, assertUnownedKept, BODY } from './unownedKeys';

/** Block-mapping front matters a person may write, each with what a re-print used to change. */
const DOCUMENTS: Record<string, string> = {
  'a big integer': 'n: 123456789012345678901234567890\n',
  'a float past the double range': 'f: 1e400\n',
  'octal-looking and signed integers': 'zip: 012\nplus: +12\nhex: 0x1F\noctal: 0o17\n',
  'a folded block, strip': 'summary: >-\n  Бірінші жол\n  екінші жол\n',
  'a folded block with an indentation indicator': 'summary: >2\n   indented\n  text\n',
  'a literal block, keep': 'poem: |+\n  line one\n  line two\n\n',
  'a literal block, clip, then a key': 'poem: |\n  line one\n\n  line three\nnext: 1\n',
  'a multi-line plain scalar': 'note: this is\n  continued on\n  three lines\n',
  'a multi-line double-quoted scalar': 'note: "first\n  second \\\n  third"\n',
  'a multi-line single-quoted scalar': "note: 'first\n\n  second'\n",
  'a comment after key:': 'reviewers: # who read it\n  - Айгүл\n  - Марат\n',
  'comments everywhere': '# about this article\nproject: HR # the project\n\n# the reviewers\nreviewers:\n  # first\n  - Айгүл\n\n# end\n',
  'an explicit key': '? project\n: HR\n',
  'an explicit block key': '? |\n  block key\n: value\n',
  'a complex key': '? [a, b]\n: pair\n',
  'tags': 'count: !!str 12\nplace: !local Алматы\nset: !!set {a, b}\n',
  'a binary value': 'image: !!binary |\n  R0lGODlhDAAMAIQAAP//9/X17unp5WZmZgAAAOfn515eXvPz7Y6OjuDg4J+fn5\n  OTk6enp56enmlpaWNjY6Ojo4SEhP/++f/++f/++f/++f/++f/++f/++f/++f/+\n',
  'a one-line binary value': 'image: !!binary R0lGODlhDAAMAIQAAP//9/X17unp5WZmZgAAAOfn515eXvPz7Y6OjuDg4J+fn5\n',
  'anchors and aliases': 'base: &b {a: 1}\ncopy: *b\nmerged:\n  <<: *b\n  c: 2\n',
  'a flow mapping over lines': 'meta: {a: 1,\n  b: [x,\n    y]}\n',
  'a sequence at the key column': 'list:\n- a\n- b\n',
  'four-space indentation': 'meta:\n    inner:\n        deep: 1\n',
  'empty and null values': 'empty:\nnull1: ~\nnull2: null\n',
  'quoted keys': '"quoted key": v\n\'single\': w\n',
  'trailing spaces': 'a: 1   \nb: two  \n',
  'a timestamp': 'when: 2001-12-14t21:59:43.10-05:00\n',
  'a value on the next line': 'k:\n  value on the next line\n',
  'a long line': `long: ${'сөз '.repeat(200).trim()}\n`,
  'hash inside quotes': 'a: "x # not a comment"\nb: \'y # nor this\'\n',
  'a key with no value last': 'z: 1\nlast:\n',
  'a tab in a comment': 'a: 1\t# tab before\n',
};

describe('core/frontmatter: keys the writer does not own keep their bytes', () => {
  for (const [name, yaml] of Object.entries(DOCUMENTS)) {
    it(name, () => {
      assert.equal(assertUnownedKept(yaml), 'written');
    });
  }

  it('CRLF front matter keeps its bytes and gains CRLF lines', () => {
    const yaml = 'n: 123456789012345678901234567890\r\nsummary: >-\r\n  a\r\n  b\r\n';
    assert.equal(assertUnownedKept(yaml, '\r\n'), 'written');
    const out = (writeArticle(`---\r\n${yaml}---\r\n${BODY}`, 'a.txt') as { newText: string }).newText;
    assert.ok(!/[^\r]\n/u.test(splitArticle(out).frontMatter?.yaml ?? ''), 'every added line ends in CRLF');
  });

  it('values the writer does not own keep their values (not only their text)', () => {
    const out = (writeArticle(`---\n${DOCUMENTS['octal-looking and signed integers']}n: 123456789012345678901234567890\nf: 1e400\n---\n${BODY}`, 'a.txt') as { newText: string }).newText;
    const value = parse(splitArticle(out).frontMatter?.yaml ?? '', { intAsBigInt: true }) as Record<string, unknown>;
    assert.equal(value.n, 123456789012345678901234567890n);
    assert.equal(value.f, Infinity);
    assert.match(out, /^zip: 012$/mu);
    assert.match(out, /^plus: \+12$/mu);
    assert.match(out, /^f: 1e400$/mu);
  });

  it('owned keys between hand-written ones: only their lines change, in place', () => {
    const yaml = '# header\nproject: HR # mine\ntitle: Менің тақырыбым # hand-written, kept\nnote: >-\n  folded\n  text\nstatus: draft\nextra: +12\n';
    const out = (writeArticle(`---\n${yaml}---\nЖаңа заңның жобасы\n\n${BODY}`, 'a.txt') as { newText: string }).newText;
    const written = splitArticle(out).frontMatter?.yaml ?? '';
    assertLinesKeptInOrder(yaml, written);
    assert.match(written, /^# header\nproject: HR # mine\nid: 'a'\ntitle: Менің тақырыбым # hand-written, kept\nlanguage: kk\n/u);
    assert.equal(writeArticle(out, 'a.txt').status, 'unchanged');
  });

  it('a machine-owned value that changes is rewritten on its own lines; the others stay', () => {
    const first = (writeArticle(`---\nkeep: 012\n---\nЖаңа заңның жобасы\n\n${BODY}`, 'a.txt') as { newText: string }).newText;
    const edited = first.replace(BODY, 'Алматы қаласында адам құқықтары жөнінде форум өтті.\n');
    const second = writeArticle(edited, 'a.txt');
    assert.equal(second.status, 'changed');
    const written = splitArticle((second as { newText: string }).newText).frontMatter?.yaml ?? '';
    assert.ok(written.startsWith('keep: 012\n'), written);
    assert.match(written, /name: Алматы/u);
    assert.doesNotMatch(written, /name: Астана/u);
  });

  it('a comment a curator added on the line of a generated key stays when the value is rewritten', () => {
    const first = (writeArticle(`---\nkeep: 012\n---\nЖаңа заңның жобасы\n\n${BODY}`, 'a.txt') as { newText: string }).newText;
    const commented = first.replace(/^title: (.*)$/mu, 'title: $1   # checked').replace(/^places:$/mu, 'places: # checked too');
    const edited = commented.replace('---\nЖаңа заңның жобасы\n', '---\nЕскі заңның жобасы\n').replace(BODY, 'Алматы қаласында адам құқықтары жөнінде форум өтті.\n');
    const second = writeArticle(edited, 'a.txt');
    assert.equal(second.status, 'changed');
    const written = splitArticle((second as { newText: string }).newText).frontMatter?.yaml ?? '';
    assert.match(written, /^title: Ескі заңның жобасы {3}# checked$/mu);
    assert.match(written, /^places: # checked too\n {2}- \{name: Алматы/mu);
    assert.equal(writeArticle((second as { newText: string }).newText, 'a.txt').status, 'unchanged');
  });

  it('a reviewed list gains new tags after its hand-written items, which keep their bytes', () => {
    const yaml = "status: reviewed\nplaces: # checked\n  - {name: Астана,  wikidata: Q1520}   # by hand\n";
    const out = writeArticle(`---\n${yaml}---\nЖаңа заңның жобасы\n\nАстана мен Алматы қалаларында форум өтті.\n`, 'a.txt');
    assert.equal(out.status, 'changed');
    const written = splitArticle((out as { newText: string }).newText).frontMatter?.yaml ?? '';
    assert.ok(written.includes(yaml.slice(yaml.indexOf('places:'))), written);
    assert.match(written, /# by hand\n {2}- \{name: Алматы/u);
  });
});

describe('core/curation: decisions and status keep the bytes of keys the writer does not own', () => {
  const yaml = 'n: 123456789012345678901234567890\nzip: 012\nsummary: >-\n  folded\n  text\nreviewers: # who read it\n  - Айгүл\n? explicit\n: key\nimage: !!binary R0lGODlhDAAMAIQAAP//9/X17unp5WZmZgAAAOfn515eXvPz7Y6OjuDg4J+fn5\n';
  const text = `---\n${yaml}---\nЖаңа заңның жобасы\n\n${BODY}`;

  it('a recorded decision', () => {
    const result = recordDecisions(text, 'a.txt', [{ type: 'reject', kind: 'LOC', name: 'Астана' }]);
    assert.equal(result.status, 'changed');
    const written = splitArticle((result as { newText: string }).newText).frontMatter?.yaml ?? '';
    assert.ok(written.startsWith(yaml), written);
    assert.match(written, /decisions:\n {4}- \{reject: LOC, name: Астана\}/u);
  });

  it('a status set by the curator', () => {
    const result = setStatus(text, 'a.txt', 'reviewed');
    assert.equal(result.status, 'changed');
    const written = splitArticle((result as { newText: string }).newText).frontMatter?.yaml ?? '';
    assert.ok(written.startsWith(yaml), written);
    assert.match(written, /^status: reviewed$/mu);
  });
});
