import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { applyEntityDecisions, mergedId, parseEntityDecisions } from '../../../../src/core/knowledge/entityDecisions';
import { mergeEntities, splitEntity } from '../../../../src/core/knowledge/entityDecisionsEdit';
import { updateEntityDecisionsFile } from '../../../../src/core/knowledge/entityDecisionsFile';
import { tag } from '../../../../src/core/tagging/tag';

describe('core/knowledge entity decisions (.corpus/entities.yaml)', () => {
  it('merges follow chains and apply to the links of an article', () => {
    const { decisions, problems } = parseEntityDecisions('merges:\n  - into: kb:a\n    from: [local:PER:b]\n  - into: local:PER:b\n    from: [local:PER:c]\n');
    assert.deepEqual(problems, []);
    assert.equal(mergedId('local:PER:c', decisions), 'kb:a');
    const spans = tag('Суд над Ерланом Калиевым начался.', { lang: 'ru' }).spans;
    const id = spans[0]?.entityId ?? '';
    const merged = applyEntityDecisions(spans, parseEntityDecisions(`merges:\n  - into: Q232\n    from: [${id}]\n`).decisions, 'a1');
    assert.equal(merged[0]?.entityId, 'Q232');
    assert.equal(merged[0]?.wikidata, 'Q232');
    assert.equal(merged[0]?.linkReason, 'curator');
  });

  it('a split moves the chosen mentions of one article only', () => {
    const text = 'Президент Касым-Жомарт Токаев провёл встречу. Позицию Токаева поддержали.';
    const yaml = 'splits:\n  - from: kb:kassym-jomart-tokayev\n    to: local:PER:other\n    mentions: [{article: a1, text: Токаева}]\n';
    const { decisions } = parseEntityDecisions(yaml);
    const inA1 = tag(text, { lang: 'ru', article: 'a1' }, { entityDecisions: decisions }).spans.map((span) => span.entityId);
    const inA2 = tag(text, { lang: 'ru', article: 'a2' }, { entityDecisions: decisions }).spans.map((span) => span.entityId);
    assert.deepEqual(inA1, ['kb:kassym-jomart-tokayev', 'local:PER:other']);
    assert.deepEqual(inA2, ['kb:kassym-jomart-tokayev', 'kb:kassym-jomart-tokayev']);
  });

  it('a malformed file gives located errors and no decisions; unusable decisions are reported at their line', () => {
    const broken = parseEntityDecisions('merges:\n  - into: Q232\n    from: [kb:x\n');
    assert.equal(broken.decisions.merges.length, 0);
    assert.ok(broken.problems.some((problem) => problem.severity === 'error' && problem.start > 0));
    const self = parseEntityDecisions('merges:\n  - into: Q232\n    from: [Q232]\n');
    assert.equal(self.decisions.merges.length, 0);
    assert.match(self.problems[0]?.message ?? '', /merged into itself/u);
    assert.equal(self.problems[0]?.start, 'merges:\n  - '.length);
    const looped = 'merges:\n  - &m\n    into: Q232\n    from: [kb:x, *m]\n';
    const loop = parseEntityDecisions(looped);
    assert.equal(loop.decisions.merges.length, 0);
    assert.deepEqual(loop.problems.map((problem) => [problem.severity, looped.slice(problem.start, problem.end)]), [['error', '*m']]);
    assert.deepEqual(mergeEntities(looped, 'Q1', ['Q2']), { ok: false, refusal: 'malformed' });
  });

  it('refuses to merge an entity into itself, to split away every mention, or to rewrite a malformed file', () => {
    assert.deepEqual(mergeEntities('', 'Q232', ['Q232']), { ok: false, refusal: 'merge-into-itself', detail: 'Q232' });
    const all = [{ article: 'a1', text: 'Токаев' }, { article: 'a2', text: 'Токаева' }];
    assert.deepEqual(splitEntity('', 'kb:x', 'local:PER:y', all, all), { ok: false, refusal: 'split-every-mention', detail: 'kb:x' });
    assert.deepEqual(mergeEntities('merges: [\n', 'Q1', ['Q2']), { ok: false, refusal: 'malformed' });
  });

  it('edits keep the curator\'s comments and earlier decisions', () => {
    const first = mergeEntities('# reviewed by the team\nmerges:\n  - into: kb:a\n    from: [kb:b]\n', 'kb:a', ['kb:c']);
    assert.ok(first.ok);
    const text = first.ok ? first.text : '';
    assert.match(text, /# reviewed by the team/u);
    assert.deepEqual(parseEntityDecisions(text).decisions.merges, [{ into: 'kb:a', from: ['kb:b', 'kb:c'] }]);
    const split = splitEntity(text, 'kb:a', 'local:PER:z', [{ article: 'a1', text: 'Z' }], [{ article: 'a1', text: 'Z' }, { article: 'a2', text: 'A' }]);
    assert.ok(split.ok);
    assert.equal(parseEntityDecisions(split.ok ? split.text : '').decisions.splits.length, 1);
  });

  it('two writers at once both land (lock and compare-and-swap)', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cc-entities-'));
    const file = path.join(folder, '.corpus', 'entities.yaml');
    try {
      const writes = Array.from({ length: 12 }, (_, i) => updateEntityDecisionsFile(file, (text) => mergeEntities(text, `kb:into-${i}`, [`kb:from-${i}`])));
      const results = await Promise.all(writes);
      assert.ok(results.every((result) => result.ok));
      const merges = parseEntityDecisions(readFileSync(file, 'utf8')).decisions.merges.map((merge) => merge.into).sort();
      assert.deepEqual(merges, Array.from({ length: 12 }, (_, i) => `kb:into-${i}`).sort());
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('a malformed file on disk is left byte for byte as it was', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cc-entities-'));
    const file = path.join(folder, 'entities.yaml');
    const broken = 'merges:\n  - into: Q232\n    from: [kb:x\n# the curator was typing\n';
    try {
      writeFileSync(file, broken);
      const result = await updateEntityDecisionsFile(file, (text) => mergeEntities(text, 'Q1', ['Q2']));
      assert.deepEqual(result, { ok: false, refusal: 'malformed' });
      assert.equal(readFileSync(file, 'utf8'), broken);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
