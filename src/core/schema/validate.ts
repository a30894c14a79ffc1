import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import type { Document } from 'yaml';
import { compareCodePoints } from '../text/compare';
import { languageCodes, registryGeneration } from '../languages/registry';
import { locateKey, locateValue } from '../frontmatter/locate';
import type { FrontMatterValue } from '../frontmatter/read';
import { formatPath, type Problem } from '../problems';
import { isTimexValue } from '../tagging/dates/timex';
import { checkIsoDate } from '../text/isoDate';
import schema from './article.schema.json';

/** The schema file as shipped: its language enum lists the built-in packs (a unit test holds it so). */
export const ARTICLE_SCHEMA = schema;

/** The schema with the language enum of every registered pack, including those registered at run time. */
export function articleSchema(): typeof schema {
  const codes = languageCodes();
  const enumerated = schema.properties.language.enum;
  if (codes.length === enumerated.length && codes.every((code, i) => code === enumerated[i])) return schema;
  return { ...schema, properties: { ...schema.properties, language: { ...schema.properties.language, enum: [...codes] } } };
}

let compiled: { validate: ReturnType<Ajv2020['compile']>; generation: number } | undefined;

function validator(): ReturnType<Ajv2020['compile']> {
  if (compiled?.generation !== registryGeneration()) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, unicodeRegExp: true });
    ajv.addFormat('partial-date', { type: 'string', validate: (value: string) => checkIsoDate(value).ok });
    ajv.addFormat('timex-value', { type: 'string', validate: (value: string) => isTimexValue(value, (calendar) => checkIsoDate(calendar).ok) });
    compiled = { validate: ajv.compile(articleSchema()), generation: registryGeneration() };
  }
  return compiled.validate;
}

function pathOf(error: ErrorObject): (string | number)[] {
  const parts = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/gu, '/').replace(/~0/gu, '~'));
  return parts.map((part) => (/^\d+$/u.test(part) ? Number(part) : part));
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function messageOf(error: ErrorObject, path: (string | number)[], value: unknown): string {
  const where = path.length > 0 ? `${formatPath(path)}: ` : '';
  switch (error.keyword) {
    case 'required':
      return `${where}missing required key '${(error.params as { missingProperty: string }).missingProperty}'`;
    case 'enum':
      return `${where}${show(value)} is not one of ${((error.params as { allowedValues: unknown[] }).allowedValues).map(String).join(', ')}`;
    case 'format': {
      if ((error.params as { format: string }).format === 'timex-value') return `${where}${show(value)} is not a TIMEX3 value (2024-05-29, 2024-W22, 199, P3Y, XXXX-XX-XXT10:00…)`;
      const check = typeof value === 'string' ? checkIsoDate(value) : undefined;
      return `${where}${show(value)} is not a date (${check && !check.ok ? check.reason : 'expected YYYY, YYYY-MM or YYYY-MM-DD'})`;
    }
    case 'type':
      return `${where}expected ${String((error.params as { type: string | string[] }).type)}, found ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}`;
    case 'pattern':
      return `${where}${show(value)} does not match ${(error.params as { pattern: string }).pattern}`;
    default:
      return `${where}${error.message ?? error.keyword}`;
  }
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** The enum value a wrongly cased one stands for ("KK" → "kk", "Reviewed" → "reviewed"). */
function caseFix(error: ErrorObject, value: unknown): string | undefined {
  if (error.keyword !== 'enum' || typeof value !== 'string') return undefined;
  const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
  return allowed.find((candidate): candidate is string => typeof candidate === 'string' && candidate.toLowerCase() === value.toLowerCase());
}

interface SchemaFinding { error: ErrorObject; path: (string | number)[]; at: unknown; message: string }

/** The schema's complaints about a value, one per distinct message. */
function schemaFindings(value: FrontMatterValue): SchemaFinding[] {
  const validate = validator();
  if (validate(value)) return [];
  const findings: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const path = pathOf(error);
    if (error.keyword === 'required') path.push((error.params as { missingProperty: string }).missingProperty);
    const at = valueAt(value, path);
    const message = messageOf(error, error.keyword === 'required' ? path.slice(0, -1) : path, at);
    if (seen.has(message)) continue;
    seen.add(message);
    findings.push({ error, path, at, message });
  }
  return findings;
}

/** How many errors validateFrontMatter would report, for readers that have no Document to locate them in. */
export function countSchemaErrors(value: FrontMatterValue): number {
  return schemaFindings(value).length;
}

/**
 * Validates a parsed front matter against the schema and the article's file, returning problems
 * at the offending key (offsets into the file, given the YAML's offset `yamlStart`).
 */
export function validateFrontMatter(value: FrontMatterValue, document: Document, yamlStart: number, expectedId: string): Problem[] {
  const problems: Problem[] = [];
  for (const { error, path, at, message } of schemaFindings(value)) {
    const range = locateKey(document, error.keyword === 'required' ? path.slice(0, -1) : path);
    const problem: Problem = { severity: 'error', code: `schema-${error.keyword}`, message, start: yamlStart + range.start, end: yamlStart + range.end, path };
    const fixed = caseFix(error, at);
    const valueRange = locateValue(document, path);
    if (fixed !== undefined && valueRange) {
      problem.fix = { title: `Change to '${fixed}'`, start: yamlStart + valueRange.start, end: yamlStart + valueRange.end, newText: fixed };
    }
    problems.push(problem);
  }
  const id = value.id;
  if (typeof id === 'string' && id !== expectedId) {
    const range = locateKey(document, ['id']);
    const valueRange = locateValue(document, ['id']);
    problems.push({
      severity: 'warning',
      code: 'id-mismatch',
      message: `id: '${id}' does not match the file name ('${expectedId}')`,
      start: yamlStart + range.start,
      end: yamlStart + range.end,
      path: ['id'],
      ...(valueRange ? { fix: { title: `Change id to '${expectedId}'`, start: yamlStart + valueRange.start, end: yamlStart + valueRange.end, newText: `'${expectedId}'` } } : {}),
    });
  }
  return problems.sort((a, b) => a.start - b.start || compareCodePoints(a.message, b.message));
}
