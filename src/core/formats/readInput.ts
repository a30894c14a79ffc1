import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { decodeArticle, decodeFailureReason, isDecodeFailure } from '../article/decode';
import { compareCodePoints } from '../text/compare';
import { readBrat } from './brat';
import { ConllReader, parseSidecar, sidecarLookup, type SidecarLookup } from './conllRead';
import type { FormatProblem, ReadDocument } from './document';
import { conllSidecarPath } from './exportCorpus';
import { parseJsonlLine } from './jsonl';

export const IMPORT_FORMATS = ['jsonl', 'conll', 'brat'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type ReadItem = { document: ReadDocument; problems?: undefined } | { document?: undefined; problems: FormatProblem[] };

const EXTENSIONS: Record<ImportFormat, string> = { jsonl: '.jsonl', conll: '.conll', brat: '.ann' };

/** The input files: the file itself, or the format's files in a folder (not recursive), in code-point order. */
async function inputFiles(input: string, format: ImportFormat): Promise<string[]> {
  const info = await stat(input);
  if (!info.isDirectory()) return [input];
  const names = (await readdir(input)).filter((name) => name.endsWith(EXTENSIONS[format]) && !name.endsWith('.offsets.jsonl'));
  return names.sort(compareCodePoints).map((name) => path.join(input, name));
}

async function readUtf8(file: string): Promise<{ text: string } | { problem: FormatProblem }> {
  const decoded = decodeArticle(new Uint8Array(await readFile(file)));
  if (isDecodeFailure(decoded)) return { problem: { file, line: 1, message: decoded.code === 'utf16' ? decodeFailureReason(decoded) : `${decoded.code === 'binary' ? 'a binary file (NUL byte' : 'not valid UTF-8 (byte'} ${decoded.offset})` } };
  return { text: decoded.text };
}

/** Thrown by readLines at the first byte sequence that is not UTF-8. */
class NotUtf8 extends Error {
  constructor(readonly line: number, readonly reason = 'not valid UTF-8; the rest of the file is not read') { super(reason); }
}

/** The file's lines, decoded strictly as UTF-8 while streaming (a BOM is dropped); never the whole file at once. */
async function* readLines(file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let line = 1;
  const clean = (text: string): string => (line === 1 ? text.replace(/^\uFEFF/u, '') : text).replace(/\r$/u, '');
  for await (const chunk of createReadStream(file)) {
    const bytes = chunk as Buffer;
    let badByte: number | undefined;
    try {
      pending += decoder.decode(bytes, { stream: true });
    } catch {
      // The lines before the first bad byte are still read; the file stops there.
      const failure = decodeArticle(new Uint8Array(bytes));
      if (line === 1 && pending === '' && isDecodeFailure(failure) && failure.code === 'utf16') throw new NotUtf8(1, decodeFailureReason(failure));
      badByte = isDecodeFailure(failure) ? failure.offset : 0;
      pending += new TextDecoder('utf-8').decode(bytes.subarray(0, badByte));
    }
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const text of lines) {
      yield clean(text);
      line++;
    }
    if (badByte !== undefined) throw new NotUtf8(line);
  }
  try {
    pending += decoder.decode();
  } catch {
    throw new NotUtf8(line); // the file ends inside a character
  }
  if (pending !== '') yield clean(pending);
}

/** Lines of a file; a file that turns out not to be UTF-8 ends with a problem at its line. */
async function* linesOrProblem(file: string, onLine: (line: string, lineNumber: number) => ReadItem[]): AsyncGenerator<ReadItem> {
  let lineNumber = 0;
  try {
    for await (const line of readLines(file)) {
      yield* onLine(line, ++lineNumber);
    }
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    yield { problems: [{ file, line: error.line, message: error.reason }] };
  }
}

async function* readJsonl(file: string): AsyncGenerator<ReadItem> {
  yield* linesOrProblem(file, (line, lineNumber) => {
    if (line.trim() === '') return [];
    const result = parseJsonlLine(line, file, lineNumber);
    return [result.document ? { document: { document: result.document, file, line: lineNumber } } : { problems: result.problems }];
  });
}

async function* readConll(file: string): AsyncGenerator<ReadItem> {
  let lookup: SidecarLookup | undefined;
  const sidecarFile = conllSidecarPath(file);
  const sidecar = await readFile(sidecarFile, 'utf8').catch(() => undefined);
  if (sidecar !== undefined) {
    const parsed = parseSidecar(sidecar, sidecarFile);
    if (parsed.problems.length > 0) yield { problems: parsed.problems };
    lookup = sidecarLookup(parsed.lines);
  }
  const ready: ReadItem[] = [];
  const reader = new ConllReader(file, lookup, (result) => { ready.push(result.document ? { document: result.document } : { problems: result.problems }); });
  // Documents are handed on as soon as the reader finishes them, so a large file is never held whole.
  yield* linesOrProblem(file, (line, lineNumber) => { reader.line(line, lineNumber); return ready.splice(0); });
  reader.end();
  yield* ready;
}

async function* readBratPair(annFile: string): AsyncGenerator<ReadItem> {
  const id = path.basename(annFile, '.ann');
  const textFile = path.join(path.dirname(annFile), `${id}.txt`);
  const ann = await readUtf8(annFile);
  if ('problem' in ann) { yield { problems: [ann.problem] }; return; }
  const text = await readUtf8(textFile).catch(() => ({ problem: { file: annFile, line: 1, message: `its text ${path.basename(textFile)} cannot be read` } }));
  if ('problem' in text) { yield { problems: [text.problem] }; return; }
  const result = readBrat(text.text, ann.text, annFile, id);
  if (result.document) yield { document: { document: result.document, file: annFile, line: 1 } };
  else yield { problems: result.problems };
}

/** Every document of the input (a file, or a folder of the format's files), one at a time. */
export async function* readDocuments(input: string, format: ImportFormat): AsyncGenerator<ReadItem> {
  for (const file of await inputFiles(input, format)) {
    if (format === 'jsonl') yield* readJsonl(file);
    else if (format === 'conll') yield* readConll(file);
    else yield* readBratPair(file.endsWith('.txt') ? `${file.slice(0, -4)}.ann` : file);
  }
}
