import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { BRAT_ANNOTATION_CONF, bratAnn, readBrat } from '../../../../src/core/formats/brat';
import { conllDocument } from '../../../../src/core/formats/conll';
import { ConllReader } from '../../../../src/core/formats/conllRead';
import { csvField, csvHeader, csvRows } from '../../../../src/core/formats/csv';
import type { AnnotatedDocument, FormatProblem } from '../../../../src/core/formats/document';
import { jsonlLine, parseJsonlLine } from '../../../../src/core/formats/jsonl';
import { safeDocumentName } from '../../../../src/core/formats/names';
import type { SpanKind } from '../../../../src/core/tagging/types';
import { tokenizeAll } from '../../../../src/core/text/tokenize';
import { IMPORT_FORMATS, throughFormat } from './helpers';

// 😀 and 𐌰 (Gothic letter ahsa) are astral: two UTF-16 code units, one code point.
const TEXT = 'Эльвира Азимова 😀 выступила в Женеве.\nЖаңа жол 𐌰𐌱 Астана, «БҰҰ».';
const at = (needle: string): number => TEXT.indexOf(needle);
const DOCUMENT: AnnotatedDocument = {
  meta: { id: 'doc-1', lang: 'ru', title: 'A "quoted", title' },
  text: TEXT,
  spans: [
    { start: 0, end: 15, label: 'PER', text: 'Эльвира Азимова', name: 'Эльвира Азимова', wikidata: 'Q4' },
    { start: at('Женеве'), end: at('Женеве') + 6, label: 'LOC', text: 'Женеве', name: 'Женева', wikidata: 'Q71' },
    { start: at('𐌰𐌱'), end: at('𐌰𐌱') + 4, label: 'ORG', text: '𐌰𐌱', name: '𐌰𐌱' },
    { start: at('Астана'), end: at('Астана') + 6, label: 'LOC', text: 'Астана', name: 'Астана' },
  ],
};

describe('core/formats: each format', () => {
  it('jsonl: code-point offsets after an emoji and an astral letter, canonical names and ids', () => {
    const line = JSON.parse(jsonlLine(DOCUMENT)) as { spans: { start: number; end: number; label: string; text: string; name?: string; id?: string }[]; meta: Record<string, string> };
    const codePoints = Array.from(TEXT); // code points, as Python counts them
    for (const span of line.spans) assert.equal(codePoints.slice(span.start, span.end).join(''), span.text);
    assert.deepEqual(line.spans[1], { start: 30, end: 36, label: 'LOC', text: 'Женеве', name: 'Женева', id: 'Q71' });
    assert.deepEqual(line.spans[2], { start: 47, end: 49, label: 'ORG', text: '𐌰𐌱' });
    assert.deepEqual(line.meta, { id: 'doc-1', lang: 'ru', title: 'A "quoted", title' });
  });

  it('conll: IOB2 with a -DOCSTART- line, one tag per token, and tokens that join back to the text', () => {
    const { conll, sidecar } = conllDocument(DOCUMENT, 0);
    const lines = conll.split('\n');
    assert.equal(lines[0], '-DOCSTART-:doc-1 O');
    assert.deepEqual(lines.slice(2, 5), ['Эльвира B-PER', 'Азимова I-PER', '😀 O']);
    const rows = lines.filter((line) => line !== '' && !line.startsWith('-DOCSTART-')).map((line) => line.split(' '));
    assert.ok(rows.every((row) => row.length === 2));
    assert.equal(rows.map((row) => row[0]).join(''), TEXT.replace(/\s+/gu, ''));
    for (const [i, row] of rows.entries()) {
      const tag = row[1] ?? '';
      assert.match(tag, /^(?:O|[BI]-(?:PER|ORG|LOC|EVENT|DATE))$/u);
      if (tag.startsWith('I-')) assert.ok((rows[i - 1]?.[1] ?? '').endsWith(tag.slice(1)), `I- continues at ${i}`);
    }
    assert.ok(lines.includes('𐌰𐌱 B-ORG'));
    const side = JSON.parse(sidecar) as { text: string; tokens: number[][] };
    assert.equal(side.text, TEXT);
    assert.equal(side.tokens.length, rows.length);
  });

  it('conll without its sidecar: tokens joined by spaces, sentences by line breaks', () => {
    const documents: AnnotatedDocument[] = [];
    const reader = new ConllReader('x.conll', undefined, (result) => { if (result.document) documents.push(result.document.document); });
    'Эльвира B-PER\nАзимова I-PER\nвыступила O\n\nВ O\nЖеневе B-LOC\n'.split('\n').forEach((line, i) => { reader.line(line, i + 1); });
    reader.end();
    assert.equal(documents[0]?.text, 'Эльвира Азимова выступила\nВ Женеве');
    assert.deepEqual(documents[0]?.spans.map((span) => [span.label, span.text]), [['PER', 'Эльвира Азимова'], ['LOC', 'Женеве']]);
  });

  it('brat: T lines with code-point offsets, AnnotatorNotes with the canonical name and id, and an annotation.conf', () => {
    const ann = bratAnn(DOCUMENT);
    assert.match(ann, /^T1\tPER 0 15\tЭльвира Азимова\n#1\tAnnotatorNotes T1\tЭльвира Азимова \| Q4\nT2\tLOC 30 36\tЖеневе\n#2\tAnnotatorNotes T2\tЖенева \| Q71\n/u);
    assert.match(ann, /^T3\tORG 47 49\t𐌰𐌱$/mu);
    for (const kind of ['PER', 'ORG', 'LOC', 'EVENT', 'DATE']) assert.match(BRAT_ANNOTATION_CONF, new RegExp(`^${kind}$`, 'mu'));
    assert.deepEqual(readBrat(TEXT, ann, 'doc-1.ann', 'doc-1').document?.spans, DOCUMENT.spans);
  });

  it('csv: a BOM, the documented columns, RFC 4180 quoting and CRLF rows', () => {
    assert.equal(csvHeader(), '\uFEFFarticle_id,language,kind,start,end,text,name,wikidata,status\r\n');
    assert.equal(csvField('a "b", c'), '"a ""b"", c"');
    assert.equal(csvField('line\nbreak'), '"line\nbreak"');
    assert.equal(csvField('plain'), 'plain');
    const rows = csvRows({ ...DOCUMENT, spans: [{ ...DOCUMENT.spans[1] as AnnotatedDocument['spans'][number], text: 'Женеве', name: 'Женева, "город"', status: 'accepted' }] });
    assert.equal(rows, 'doc-1,ru,LOC,30,36,Женеве,"Женева, ""город""",Q71,accepted\r\n');
  });

  for (const format of IMPORT_FORMATS) {
    it(`${format}: a document with astral characters reads back as it was written`, () => {
      const { documents, problems } = throughFormat(format, [DOCUMENT]);
      assert.deepEqual(problems, []);
      assert.equal(documents[0]?.text, TEXT);
      assert.deepEqual(documents[0]?.spans.map(({ start, end, label, text, name, wikidata }) => ({ start, end, label, text, name: name ?? text, ...(wikidata ? { wikidata } : {}) })), DOCUMENT.spans);
    });
  }
});

describe('core/formats: bad input is reported as file:line with a message', () => {
  function conllProblems(text: string): { problems: FormatProblem[]; ids: string[] } {
    const problems: FormatProblem[] = [];
    const ids: string[] = [];
    const reader = new ConllReader('bad.conll', undefined, (result) => { problems.push(...result.problems); if (result.document) ids.push(result.document.document.meta.id ?? ''); });
    text.split('\n').forEach((line, i) => { reader.line(line, i + 1); });
    reader.end();
    return { problems, ids };
  }

  it('conll: I-PER after O is a broken IOB2 sequence; the next document still reads', () => {
    const { problems, ids } = conllProblems('-DOCSTART-:a O\n\nАзимова O\nговорит I-PER\n\n-DOCSTART-:b O\n\nЖенева B-LOC\n');
    assert.deepEqual(problems, [{ file: 'bad.conll', line: 4, message: 'I-PER after O: an entity starts with B-PER in IOB2' }]);
    assert.deepEqual(ids, ['b']);
  });

  it('conll: an unknown kind and a line without a tag', () => {
    const { problems } = conllProblems('Азимова B-PERSON\nжалғыз\n');
    assert.deepEqual(problems.map((problem) => [problem.line, problem.message]), [[1, "unknown kind 'PERSON' (expected PER, ORG, LOC, EVENT or DATE)"], [2, "expected a token and a tag, found 'жалғыз'"]]);
  });

  it('brat: offsets that do not match the .txt', () => {
    const result = readBrat(TEXT, 'T1\tPER 0 15\tЭльвира Азимова\nT2\tLOC 2 8\tЖеневе\n', 'doc.ann', 'doc');
    assert.deepEqual(result.problems, [{ file: 'doc.ann', line: 2, message: "T2 2-8 reads 'ьвира ' in the .txt, not 'Женеве'" }]);
  });

  it('jsonl: a line that is not JSON, and a span beyond the text', () => {
    assert.match(parseJsonlLine('{"text": "abc", ', 'in.jsonl', 7).problems[0]?.message ?? '', /^not JSON: /u);
    assert.equal(parseJsonlLine('{"text": "abc", ', 'in.jsonl', 7).problems[0]?.line, 7);
    assert.deepEqual(parseJsonlLine('{"text": "Женева 😀", "spans": [{"start": 7, "end": 9, "label": "LOC"}]}', 'in.jsonl', 2).problems,
      [{ file: 'in.jsonl', line: 2, message: 'span 1: 7-9 is beyond the text (8 code points)' }]);
  });

  it('ids that would write outside the folder are refused', () => {
    for (const id of ['../x', '..', 'a/../../b', '/etc/passwd', '.hidden', 'a\\b', 'a/b', '']) assert.equal(safeDocumentName(id), undefined, id);
    assert.equal(safeDocumentName('003_c55b704b24c84185'), '003_c55b704b24c84185');
  });
});

describe('core/formats: property: random texts with astral characters survive every format', () => {
  const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('😀', '𐌰𐌱', '𝐀', ' ', '\n', '. ', 'Қазақ', 'İnsan', '«»', '\t'));
  const documents = fc.array(piece, { minLength: 1, maxLength: 25 }).map((parts) => parts.join('')).chain((text) => {
    const tokens = tokenizeAll(text);
    return fc.array(fc.tuple(fc.nat({ max: Math.max(0, tokens.length - 1) }), fc.nat({ max: 2 }), fc.constantFrom<SpanKind>('PER', 'ORG', 'LOC', 'EVENT', 'DATE')), { maxLength: 6 })
      .map((picks): AnnotatedDocument => {
        const spans: AnnotatedDocument['spans'] = [];
        for (const [first, extra, label] of [...picks].sort((a, b) => a[0] - b[0])) {
          const start = tokens[first];
          const end = tokens[Math.min(tokens.length - 1, first + extra)];
          if (!start || !end || spans.some((span) => span.end > start.start)) continue;
          spans.push({ start: start.start, end: end.end, label, text: text.slice(start.start, end.end), name: `n${spans.length}` });
        }
        return { meta: { id: 'p' }, text, spans };
      });
  });

  for (const format of IMPORT_FORMATS) {
    it(`${format}: text and spans read back exactly`, () => {
      fc.assert(fc.property(documents, (document) => {
        const { documents: read, problems } = throughFormat(format, [document]);
        assert.deepEqual(problems, []);
        assert.equal(read[0]?.text, document.text);
        assert.deepEqual(read[0]?.spans.map(({ start, end, label, text, name }) => ({ start, end, label, text, name })), document.spans);
      }), { numRuns: 300 });
    });
  }
});
