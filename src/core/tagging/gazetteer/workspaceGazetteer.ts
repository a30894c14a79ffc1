import { isMap, isSeq, parseDocument } from 'yaml';
import { aliasCycleProblems, yamlIssueProblem } from '../../yaml/issues';
import { MAX_ALIAS_COUNT, toSafeObject } from '../../yaml/values';
import { ENTITY_KINDS } from '../../kinds';
import type { Problem } from '../../problems';
import { nameLanguages } from '../../languages/registry';
import type { GazetteerEntry, NameLanguage } from './gazetteer';

/** Where curators keep the entities they add, relative to the workspace (or current) folder. */
export const WORKSPACE_GAZETTEER_PATH = '.corpus/gazetteer.yaml';

const KINDS = new Set<string>(ENTITY_KINDS);

function stringsByLanguage(value: unknown): Partial<Record<NameLanguage, string>> {
  const result: Partial<Record<NameLanguage, string>> = {};
  if (value === null || typeof value !== 'object') return result;
  for (const lang of nameLanguages()) {
    const name = (value as Record<string, unknown>)[lang];
    if (typeof name === 'string' && name.trim() !== '') result[lang] = name.trim();
  }
  return result;
}

function listsByLanguage(value: unknown): Partial<Record<NameLanguage, string[]>> {
  const result: Partial<Record<NameLanguage, string[]>> = {};
  if (value === null || typeof value !== 'object') return result;
  for (const lang of nameLanguages()) {
    const list = (value as Record<string, unknown>)[lang];
    if (Array.isArray(list)) result[lang] = list.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  }
  return result;
}

/**
 * Reads a workspace gazetteer:
 *
 *     entities:
 *       - kind: PER
 *         names: {ru: Айдос Сарым, kk: Айдос Сарым}
 *         aliases: {ru: [Сарым]}
 *         wikidata: Q4115189
 *
 * Entries that cannot be used are reported (with their offset in the file) and skipped.
 */
export function parseWorkspaceGazetteer(yaml: string): { entries: GazetteerEntry[]; problems: Problem[] } {
  const document = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = document.errors.map((error) => ({ ...yamlIssueProblem(error, 0), code: 'gazetteer-yaml' }));
  if (problems.length > 0) return { entries: [], problems };
  const list = document.get('entities', true);
  if (list === undefined || list === null) return { entries: [], problems };
  if (!isSeq(list)) {
    const at = (list as { range?: [number, number, number] }).range?.[0] ?? 0;
    return { entries: [], problems: [{ severity: 'error', code: 'gazetteer-shape', message: "'entities' must be a list", start: at, end: lineEnd(yaml, at) }] };
  }
  const entries: GazetteerEntry[] = [];
  const cycles = yaml.includes('*') ? aliasCycleProblems(document, 0) : [];
  list.items.forEach((item, index) => {
    const at = (item as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
    const report = (message: string): void => { problems.push({ severity: 'warning', code: 'gazetteer-entry', message: `entities[${index}]: ${message}`, start: at, end: lineEnd(yaml, at) }); };
    const [itemStart, , itemEnd] = (item as { range?: [number, number, number] } | null)?.range ?? [0, 0, 0];
    const cycle = cycles.find((problem) => problem.start >= itemStart && problem.start < itemEnd);
    if (cycle) {
      problems.push({ ...cycle, code: 'gazetteer-entry', message: `entities[${index}]: ${cycle.message}; skipped` });
      return;
    }
    let value: Record<string, unknown> | undefined;
    try {
      value = toSafeObject(isMap(item) ? item.toJS(document, { maxAliasCount: MAX_ALIAS_COUNT }) : undefined) as Record<string, unknown> | undefined;
    } catch {
      report(`expands too many aliases (more than ${MAX_ALIAS_COUNT}); skipped`);
      return;
    }
    const kind = value?.kind;
    const names = stringsByLanguage(value?.names);
    if (typeof kind !== 'string' || !KINDS.has(kind) || Object.keys(names).length === 0) {
      report(`needs a kind (${ENTITY_KINDS.join(', ')}) and at least one name; skipped`);
      return;
    }
    const given = value?.wikidata;
    const wikidata = typeof given === 'string' && /^Q[1-9]\d*$/u.test(given) ? given : undefined;
    if (given !== undefined && given !== null && wikidata === undefined) report(`wikidata ${JSON.stringify(given)} is not a Wikidata id (Q and digits); the entry is kept without it`);
    entries.push({ kind: kind as GazetteerEntry['kind'], names, aliases: listsByLanguage(value?.aliases), ...(wikidata ? { wikidata } : {}) });
  });
  return { entries, problems };
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}
