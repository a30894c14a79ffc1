import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { cyclesOf, importsOf, type SourceImport, sourceFiles } from './imports';

/**
 * The rooms of src/core, lowest layer first. A room imports from its own layer and the layers
 * below, never from a layer above, and the rooms' imports form no cycle. `.` stands for the files
 * at the root of src/core. A new room gets a place here.
 */
export const CORE_LAYERS: readonly (readonly string[])[] = [
  ['.', 'text', 'yaml'], // shared helpers: problems, kinds, code points, line index, tokenizer, YAML
  ['languages'], // one pack per language (letters, identification cues, date grammar, morphology, name cues) and their registry
  ['tagging'], // the tagger's parts: types, tokens, morphology, date grammars, gazetteer, name shapes, the model, sources
  ['knowledge'], // the entity knowledge base, linking, entity decisions
  ['tagger'], // the pipeline put together: createTagger and the refiners that link and apply decisions
  ['article', 'frontmatter', 'schema'], // one article: its text, its YAML front matter, its schema
  ['curation', 'metadata'], // decisions, and the metadata proposed from tags
  ['corpus', 'formats', 'review', 'evaluation'], // many articles: index, export and import, diffs, scores
  ['learning'], // the workspace model learnt from the decisions across the corpus
];

/** An import that breaks the layering today, kept on purpose until the code it names is rebuilt. */
export interface KnownException { file: string; room: string; why: string }

export const KNOWN_EXCEPTIONS: readonly KnownException[] = [
  // curation ↔ metadata ↔ frontmatter import each other: decisions are getting one home in core (#11).
  { file: 'src/core/frontmatter/apply.ts', room: 'metadata', why: 'writes proposed metadata into the front matter' },
  { file: 'src/core/metadata/propose.ts', room: 'curation', why: 'reads the decisions recorded in front matter' },
  { file: 'src/core/metadata/writeArticle.ts', room: 'curation', why: 'reads the decisions recorded in front matter' },
  // The shipped gazetteer is built with the knowledge base's names, which are typed by the gazetteer's entries.
  { file: 'src/core/tagging/gazetteer/gazetteer.ts', room: 'knowledge', why: 'adds the knowledge base to the gazetteer' },
];

/**
 * Files that form a room of their own inside a folder. The tagger pipeline is put together in
 * tagging/ from tagging's parts and from knowledge/ (linking, entity decisions), which itself
 * builds on tagging's types, tokens and morphology: so the assembly sits above knowledge.
 */
export const ROOMS_OF_FILES: Readonly<Record<string, string>> = {
  'src/core/tagging/createTagger': 'tagger',
  'src/core/tagging/refiners': 'tagger',
  'src/core/tagging/tag': 'tagger',
};

/** The room of a file under src/core (path with or without `.ts`): its own, else its first folder, else `.` at the root. */
export function coreRoom(file: string): string {
  const own = ROOMS_OF_FILES[file.replace(/\.ts$/u, '')];
  if (own !== undefined) return own;
  const parts = file.slice('src/core/'.length).split('/');
  return parts.length === 1 ? '.' : parts[0] ?? '.';
}

const at = (found: SourceImport): string => `${found.file}:${found.line} imports '${found.specifier}'`;

export interface CoreReport {
  /** Rooms that have no layer. */
  unplaced: string[];
  /** Imports to a higher layer, as `file:line imports 'specifier'` (room → room). */
  upward: string[];
  /** Cycles among rooms, as `a → b → a`. */
  cycles: string[];
  /** Imports that leave src/core for the editor, the CLI or the extension. */
  outward: string[];
  /** Known exceptions that no import needs any more. */
  stale: string[];
}

/** Checks the imports of every file under src/core of the repository at `root`. */
export function checkCore(root: string, layers = CORE_LAYERS, exceptions = KNOWN_EXCEPTIONS): CoreReport {
  const layerOf = new Map(layers.flatMap((rooms, layer) => rooms.map((room) => [room, layer] as const)));
  const files = sourceFiles(root, 'src/core');
  const report: CoreReport = { unplaced: [], upward: [], cycles: [], outward: [], stale: [] };
  report.unplaced = [...new Set(files.map(coreRoom))].filter((room) => !layerOf.has(room)).sort();
  const edges = new Map<string, Set<string>>();
  const used = new Set<KnownException>();
  for (const file of files) {
    const from = coreRoom(file);
    for (const found of importsOf(root, file)) {
      if (found.specifier === 'vscode') report.outward.push(at(found));
      if (found.target === undefined) continue;
      if (!found.target.startsWith('src/core/')) {
        report.outward.push(at(found));
        continue;
      }
      const to = coreRoom(found.target);
      if (to === from) continue;
      const exception = exceptions.find((candidate) => candidate.file === file && candidate.room === to);
      if (exception) {
        used.add(exception);
        continue;
      }
      if ((layerOf.get(to) ?? -1) > (layerOf.get(from) ?? Infinity)) report.upward.push(`${at(found)} (${from} → ${to})`);
      edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  report.cycles = cyclesOf(edges).map((cycle) => cycle.join(' → '));
  report.stale = exceptions.filter((exception) => !used.has(exception)).map((exception) => `${exception.file} → ${exception.room}`);
  return report;
}

/**
 * The parts of src/vscode, lowest first: shared helpers, long-lived services, front-matter edits,
 * the features, and what puts them together. Type-only imports carry no code and may go anywhere
 * within src/vscode; a value import goes to its own part or a lower one, and a feature's never to
 * another feature.
 */
export const VSCODE_LAYERS: readonly (readonly string[])[] = [
  ['src/vscode/api', 'src/vscode/common/'],
  ['src/vscode/services/'],
  ['src/vscode/edits/'],
  ['src/vscode/features/'],
  ['src/vscode/feature', 'src/vscode/services', 'src/extension'],
];

function vscodeLayer(file: string): number {
  const name = file.replace(/\.ts$/u, '');
  return VSCODE_LAYERS.findIndex((prefixes) => prefixes.some((prefix) => (prefix.endsWith('/') ? name.startsWith(prefix) : name === prefix)));
}

const featureOf = (file: string): string | undefined => /^src\/vscode\/features\/([^/]+)\//u.exec(file)?.[1];

/** Imports of src/vscode and src/cli that break their layering, as `file:line imports 'specifier'`. */
export function checkEditor(root: string): { unplaced: string[]; violations: string[] } {
  const files = [...sourceFiles(root, 'src/vscode'), 'src/extension.ts'];
  const unplaced = files.filter((file) => vscodeLayer(file) < 0);
  const violations: string[] = [];
  for (const file of files) {
    for (const found of importsOf(root, file)) {
      if (found.target === undefined) continue;
      if (found.target.startsWith('src/cli/')) violations.push(`${at(found)} (the editor never uses the CLI)`);
      if (found.typeOnly || !found.target.startsWith('src/vscode/')) continue;
      const feature = featureOf(file);
      const targetFeature = featureOf(`${found.target}/`);
      if (feature !== undefined && targetFeature !== undefined && feature !== targetFeature) violations.push(`${at(found)} (a feature uses another feature's code)`);
      else if (vscodeLayer(found.target) > vscodeLayer(file)) violations.push(`${at(found)} (upward)`);
    }
  }
  for (const file of sourceFiles(root, 'src/cli')) {
    for (const found of importsOf(root, file)) {
      if (found.target !== undefined && (found.target.startsWith('src/vscode/') || found.target === 'src/extension')) violations.push(`${at(found)} (the CLI never uses the editor)`);
    }
  }
  return { unplaced, violations };
}

/** The feature folders under src/vscode/features that have no index.ts, and those src/extension.ts does not import. */
export function checkFeatureList(root: string): { withoutIndex: string[]; notListed: string[] } {
  const folders = readdirSync(path.join(root, 'src/vscode/features'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const listed = new Set(importsOf(root, 'src/extension.ts').flatMap((found) => (found.target?.startsWith('src/vscode/features/') ? [found.target.slice('src/vscode/features/'.length)] : [])));
  return {
    withoutIndex: folders.filter((folder) => !existsSync(path.join(root, 'src/vscode/features', folder, 'index.ts'))),
    notListed: folders.filter((folder) => !listed.has(folder)),
  };
}
