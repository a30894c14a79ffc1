import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { decodeArticle, isDecodeFailure } from '../article/decode';
import { compareCodePoints } from '../corpus/articleFiles';
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
  if (isDecodeFailure(decoded)) return { problem: { file, line: 1, message: `${decoded.code === 'binary' ? 'a binary file (NUL byte' : 'not valid UTF-8 (byte'} ${decoded.offset})` } };
  return { text: decoded.text };
}

async function* readLines(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    yield first ? line.replace(/^\uFEFF/u, '') : line;
    first = false;
  }
}

async function* readJsonl(file: string): AsyncGenerator<ReadItem> {
  let lineNumber = 0;
  for await (const line of readLines(file)) {
    lineNumber++;
    if (line.trim() === '') continue;
    const result = parseJsonlLine(line, file, lineNumber);
    if (result.document) yield { document: { document: result.document, file, line: lineNumber } };
    else yield { problems: result.problems };
  }
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
  let lineNumber = 0;
  for await (const line of readLines(file)) {
    reader.line(line, ++lineNumber);
    while (ready.length > 0) yield ready.shift() as ReadItem;
  }
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
