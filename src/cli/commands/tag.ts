import { createReadStream } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { type ArticleTag, tagArticleText } from '../../core/decisions/articleTags';
import type { Tagger, TagOptions } from '../../core/tagging/types';
import { isLanguageCode } from '../../core/languages/registry';
import { isLoaded, loadArticle } from '../articleFile';
import { ExitCode } from '../exitCodes';
import { type CliIo, UsageOrIoError } from '../io';
import { terminalSafeJson } from '../displayPath';
import { commandTagger } from '../commandTagger';
import { formatFileLine, formatText, ioMessage, locate } from '../report';
import { collectArticles, reportListing } from '../collect';
import type { FileOptions } from './fileOptions';

export interface TagCommandOptions extends FileOptions { inputJsonl?: string; gazetteer?: string; entities?: string; workspace?: string }

function optionsOf(record: Record<string, unknown>): TagOptions {
  const options: TagOptions = {};
  if (isLanguageCode(record.lang)) options.lang = record.lang;
  if (typeof record.referenceDate === 'string') options.referenceDate = record.referenceDate;
  return options;
}

/** `tag --input-jsonl FILE|-`: one JSON object per line in, one result line out, in the same order. */
async function tagJsonl(source: string, tagger: Tagger, io: CliIo): Promise<ExitCode> {
  const input = source === '-' ? process.stdin : createReadStream(source);
  input.on('error', () => undefined);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let failed = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        record = undefined;
      }
      const text = record !== null && typeof record === 'object' ? (record as Record<string, unknown>).text : undefined;
      if (typeof text !== 'string') {
        failed++;
        io.out(`${JSON.stringify({ error: `line ${lineNumber}: expected a JSON object with a "text" string` })}\n`);
        continue;
      }
      const result = tagger(text, optionsOf(record as Record<string, unknown>));
      io.out(`${JSON.stringify(result)}\n`);
    }
  } catch (error) {
    throw new UsageOrIoError(`cannot read '${source}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return failed > 0 ? ExitCode.problemsFound : ExitCode.ok;
}

/** `tag FILE…`: the spans of each article's body (offsets into the file text, UTF-16), one JSON line per article. */
export async function runTag(inputs: readonly string[], options: TagCommandOptions, io: CliIo): Promise<ExitCode> {
  const { tagger } = await commandTagger(options, io);
  if (options.inputJsonl !== undefined) {
    if (inputs.length > 0) throw new UsageOrIoError('give either --input-jsonl or article files, not both');
    return tagJsonl(options.inputJsonl, tagger, io);
  }
  if (inputs.length === 0) throw new UsageOrIoError('tag needs article files or folders, or --input-jsonl FILE (- for stdin)');
  const { files, problems } = await collectArticles(inputs, options);
  let failed = reportListing(problems, (text) => { io.err(text); }).errors;
  for (const file of files) {
    try {
      const loaded = await loadArticle(file, options);
      if (!isLoaded(loaded)) {
        io.err(formatText(locate(file, '', loaded)));
        failed++;
        continue;
      }
      // As the editor and the index see it: boilerplate left out, the front matter's decisions applied.
      const result = tagArticleText(loaded.text, file, tagger);
      const spans = result.tags.map((found) => {
        const span: Partial<ArticleTag> = { ...found };
        delete span.name;
        return span;
      });
      io.out(`${terminalSafeJson({ file: path.relative(process.cwd(), file), lang: result.lang, script: result.script, spans })}\n`);
    } catch (error) {
      io.err(formatFileLine(file, 'error', ioMessage('cannot tag the file', error)));
      failed++;
    }
  }
  return failed > 0 ? ExitCode.problemsFound : ExitCode.ok;
}
