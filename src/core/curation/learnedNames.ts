import { isMap, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { compareCodePoints } from '../text/compare';
import type { LanguageCode, SpanKind } from '../tagging/types';

export const WORKSPACE_GAZETTEER_HEADER = `# Corpus Curator workspace gazetteer: entities curators added. It is merged over the gazetteer
# shipped with the extension, so a name added here is found in every article.
`;

/** A name the curator tagged or accepted, with the forms of it found across the corpus. */
export interface LearnedName { kind: Exclude<SpanKind, 'DATE'>; lang: LanguageCode; name: string; forms: readonly string[] }

export type LearnOutcome =
  | { status: 'changed'; text: string; added: string[] }
  | { status: 'unchanged' }
  | { status: 'invalid'; message: string };

/**
 * Records a learned name in a workspace gazetteer's text (.corpus/gazetteer.yaml): the entry of
 * that kind and name in that language gains the forms as aliases, or a new entry is added at
 * the end. Aliases are kept sorted, one per line, so a git diff shows each form learned.
 * Comments and the other entries are kept as they are. A file that is not valid YAML is left alone.
 */
export function learnName(existing: string, learned: LearnedName): LearnOutcome {
  const document = parseDocument(existing.trim() === '' ? `${WORKSPACE_GAZETTEER_HEADER}entities: []\n` : existing);
  if (document.errors.length > 0) return { status: 'invalid', message: document.errors[0]?.message ?? 'not valid YAML' };
  if (document.contents !== null && !isMap(document.contents)) return { status: 'invalid', message: "the gazetteer must be a mapping with an 'entities' list" };
  let entities = document.get('entities', true);
  if (entities === undefined || entities === null) {
    entities = new YAMLSeq();
    document.set('entities', entities);
  }
  if (!isSeq(entities)) return { status: 'invalid', message: "'entities' must be a list" };
  const forms = [...new Set(learned.forms.map((form) => form.normalize('NFC')))].filter((form) => form !== learned.name).sort(compareCodePoints);
  const entry = entities.items.find((item): item is YAMLMap => isMap(item) && item.get('kind') === learned.kind && nameIn(item, learned.lang) === learned.name);
  if (!entry) {
    const created: Record<string, unknown> = { kind: learned.kind, names: { [learned.lang]: learned.name } };
    if (forms.length > 0) created.aliases = { [learned.lang]: forms };
    entities.flow = false;
    entities.items.push(document.createNode(created));
    return { status: 'changed', text: document.toString({ lineWidth: 0 }), added: [learned.name, ...forms] };
  }
  const aliases = entry.get('aliases', true);
  const aliasMap = isMap(aliases) ? aliases : new YAMLMap();
  if (!isMap(aliases)) entry.set('aliases', aliasMap);
  const list = aliasMap.get(learned.lang, true);
  const known = isSeq(list) ? list.items.map((item) => String((item as { value?: unknown }).value ?? item)) : [];
  const added = forms.filter((form) => !known.includes(form));
  if (added.length === 0) return { status: 'unchanged' };
  const seq = document.createNode([...known, ...added].sort(compareCodePoints)) as YAMLSeq;
  aliasMap.set(learned.lang, seq);
  return { status: 'changed', text: document.toString({ lineWidth: 0 }), added };
}

function nameIn(entry: YAMLMap, lang: LanguageCode): unknown {
  const names = entry.get('names', true);
  return isMap(names) ? names.get(lang) : undefined;
}
