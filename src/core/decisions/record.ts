import { type Document, isMap, type Node, type YAMLMap, YAMLSeq } from 'yaml';
import { compareCodePoints } from '../text/compare';
import { childMap, setKey } from '../frontmatter/apply';
import { CURATION_ORDER, FIELD_ORDER } from '../frontmatter/fields';
import { MAX_ALIAS_COUNT, toSafeObject } from '../yaml/values';
import { anchorOf, locateMention, printMention } from './anchor';
import { LEGACY_LISTS, readDecisions } from './read';
import { DECISION_VERBS, type Decision, type RecordedDecision, type TextRange } from './types';

interface Working { decision: RecordedDecision; range?: TextRange }

const overlaps = (a: TextRange, b: TextRange): boolean => a.start < b.end && b.start < a.end;
const sameEntity = (kind: string, name: string) => ({ decision }: Working): boolean => decision.kind === kind && decision.name === name;

/** A decision as one line of the front matter: `{accept: PER, name: …, mention: 'words [[the words]] words', at: 2}`. */
export function decisionEntry(decision: RecordedDecision): Record<string, unknown> {
  return {
    [decision.verb]: decision.kind,
    name: decision.name,
    ...(decision.to !== undefined ? { to: decision.to } : {}),
    ...(decision.toKind !== undefined ? { toKind: decision.toKind } : {}),
    ...(decision.text !== undefined ? { text: decision.text } : {}),
    ...(decision.wikidata !== undefined ? { wikidata: decision.wikidata } : {}),
    ...(decision.mention ? { mention: printMention(decision.mention), ...(decision.mention.at !== 1 ? { at: decision.mention.at } : {}) } : {}),
  };
}

/** Decisions in a stable order: by name, kind, what they do, then the mention's place. */
function compareDecisions(a: Working, b: Working): number {
  return compareCodePoints(a.decision.name, b.decision.name) || compareCodePoints(a.decision.kind, b.decision.kind)
    || DECISION_VERBS.indexOf(a.decision.verb) - DECISION_VERBS.indexOf(b.decision.verb)
    || (a.range?.start ?? -1) - (b.range?.start ?? -1)
    || compareCodePoints(a.decision.text ?? '', b.decision.text ?? '');
}

/** Takes in one decision: the decisions it replaces go (the same entity's, or those on the same words), then it joins. */
function takeIn(working: Working[], decision: Decision, text: string, bodyStart: number): Working[] {
  const body = text.slice(bodyStart);
  const mention = 'mention' in decision ? decision.mention : undefined;
  const anchored = mention ? anchorOf(body, { start: mention.start - bodyStart, end: mention.end - bodyStart }) : undefined;
  let kept = working;
  let next: RecordedDecision;
  if (decision.type === 'correct') {
    next = { verb: 'correct', kind: decision.kind, name: decision.from, ...(decision.to !== decision.from ? { to: decision.to } : {}), ...(decision.toKind && decision.toKind !== decision.kind ? { toKind: decision.toKind } : {}) };
    if (next.to === undefined && next.toKind === undefined) return working;
    if (!mention) kept = kept.filter((item) => item.decision.mention || item.decision.verb !== 'correct' || !sameEntity(decision.kind, decision.from)(item));
  } else if (decision.type === 'suggest') {
    next = { verb: 'suggest', kind: decision.kind, name: decision.name, text: decision.text, ...(decision.wikidata ? { wikidata: decision.wikidata } : {}) };
    kept = kept.filter(({ decision: other }) => !(other.verb === 'suggest' && other.kind === decision.kind && other.text === decision.text));
  } else if (decision.type === 'add') {
    next = { verb: 'add', kind: decision.kind, name: decision.name, ...(mention ? {} : { text: decision.text }), ...(decision.wikidata ? { wikidata: decision.wikidata } : {}) };
    if (!mention) {
      kept = kept.filter(({ decision: other }) => !(other.verb === 'add' && !other.mention && other.kind === decision.kind && other.text === decision.text));
      kept = kept.filter((item) => item.decision.mention || item.decision.verb !== 'reject' || !sameEntity(decision.kind, decision.name)(item));
    }
  } else {
    next = { verb: decision.type, kind: decision.kind, name: decision.name };
    if (!mention) {
      // A decision on the whole entity replaces the earlier ones on it, and on its mentions.
      const replaced = (item: Working): boolean => sameEntity(decision.kind, decision.name)(item)
        && (item.decision.verb === 'accept' || item.decision.verb === 'reject' || (decision.type === 'reject' && (item.decision.verb === 'add' || item.decision.verb === 'suggest')));
      kept = kept.filter((item) => !replaced(item));
    }
  }
  if (mention && anchored) {
    next.mention = anchored;
    kept = kept.filter((item) => !(item.range && overlaps(item.range, mention)));
  }
  return [...kept, { decision: next, ...(mention ? { range: mention } : {}) }];
}

/**
 * Records decisions in a front matter Document's `curation.decisions`, one flow mapping per line,
 * in a stable order. The lists of the first format are rewritten as decisions; mention decisions
 * whose words moved get their new anchor; entries that cannot be read are kept as written.
 * `text` is the article's text and `bodyStart` where its body starts (UTF-16 offsets).
 */
export function recordInDocument(document: Document, decisions: readonly Decision[], text: string, bodyStart: number): void {
  if (!isMap(document.contents)) document.contents = document.createNode({});
  const root = document.contents as YAMLMap;
  const curation = childMap(document, root, 'curation', FIELD_ORDER);
  const value = toSafeObject(curation.toJS(document, { maxAliasCount: MAX_ALIAS_COUNT })) as Record<string, unknown>;
  const read = readDecisions({ curation: value });
  const body = text.slice(bodyStart);
  let working: Working[] = read.all.map((placed) => {
    const recorded: RecordedDecision = { ...placed };
    delete (recorded as Partial<typeof placed>).path;
    if (!recorded.mention) return { decision: recorded };
    const located = locateMention(body, recorded.mention);
    if (!located.found) return { decision: recorded };
    const range = { start: located.start + bodyStart, end: located.end + bodyStart };
    return { decision: located.moved ? { ...recorded, mention: anchorOf(body, { start: located.start, end: located.end }) } : recorded, range };
  });
  for (const decision of decisions) working = takeIn(working, decision, text, bodyStart);

  const unreadable = read.malformed.flatMap(({ path }) => {
    const node = path.length === 3 ? document.getIn(path, true) : undefined;
    return node ? [node as Node] : [];
  });
  for (const list of LEGACY_LISTS) curation.delete(list);
  if (working.length === 0 && unreadable.length === 0) {
    curation.delete('decisions');
    return;
  }
  const seq = new YAMLSeq();
  for (const item of [...working].sort(compareDecisions)) {
    const node = document.createNode(decisionEntry(item.decision)) as YAMLMap;
    node.flow = true;
    seq.items.push(node);
  }
  seq.items.push(...unreadable);
  setKey(document, curation, 'decisions', seq, CURATION_ORDER);
}
