import { Document, isMap, isNode, isPair, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

// The writer prints the same few shapes many thousands of times: block mappings of plain values
// and one flow mapping per list item. Building the yaml library's printing context for each is
// most of what writing a front matter costs, so those shapes are printed here directly. The text
// must be exactly what the library prints (the writer's tests and a property test against the
// library hold it to that): anything outside the shapes below, or a string whose printing this
// file does not decide with certainty, makes `printSimpleNode` return undefined or ask the library.

const STRINGIFY_OPTIONS = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

/** Not printed here: a node or value outside the simple shapes. */
class NotSimple extends Error {}

const notSimple = (): never => {
  throw new NotSimple();
};

/** Control characters, unpaired surrogates and line ends: the library quotes or folds these in ways not repeated here. */
const AWKWARD = /[\p{Cc}\u2028\u2029\p{Cs}]/u;
/** A first character that makes a plain scalar mean something else (an indicator, a number's sign, a document marker). */
const AWKWARD_START = /^[\s,[\]{}#&*!|>'"%@`\-?:.~+]/u;
/** `: ` or `:` at the end, ` #`, or a trailing space: a plain scalar would not read back the same. */
const AWKWARD_INSIDE = /: |:$| #| $/u;
const FLOW_INDICATOR = /[[\]{},]/u;

/** The tags of the core schema that a plain scalar could be read as instead of a string (null, bool, int, float). */
const NON_STRING_TAGS = new Document().schema.tags.filter((tag) => tag.default === true && tag.tag !== 'tag:yaml.org,2002:str' && tag.test !== undefined);

/** Every non-string tag's pattern starts with a digit, a sign, `.` or `~`, or is a word of at most five letters (`null`, `False`). */
const MAY_READ_AS_OTHER = /^(?:[\d+\-.~]|[nNtTfF].{0,4}$)|^$/u;

function readsAsString(value: string): boolean {
  return !MAY_READ_AS_OTHER.test(value) || !NON_STRING_TAGS.some((tag) => tag.test?.test(value) === true);
}

/** Whether the library prints `value` (single-line, no awkward characters) as a plain scalar in this context. */
function surelyPlain(value: string, inFlow: boolean): boolean {
  return value !== '' && !AWKWARD_START.test(value) && !AWKWARD_INSIDE.test(value)
    && !(inFlow && FLOW_INDICATOR.test(value)) && readsAsString(value);
}

/** Strings the library quoted, by context: names and titles come back in many articles. */
const quotedCache = new Map<string, string>();
const QUOTED_CACHE_LIMIT = 50_000;

/** How the library prints a single-line string as a block mapping's value or inside a flow collection. */
function libraryString(value: string, inFlow: boolean): string {
  const cacheKey = `${inFlow ? 'f' : 'b'}${value}`;
  const cached = quotedCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const document = new Document();
  let printed: string;
  if (inFlow) {
    const seq = new YAMLSeq();
    seq.flow = true;
    seq.items.push(new Scalar(value));
    document.contents = seq;
    printed = document.toString(STRINGIFY_OPTIONS).slice(1, -2);
  } else {
    const map = new YAMLMap();
    map.items.push(new Pair(new Scalar('k'), new Scalar(value)));
    document.contents = map;
    printed = document.toString(STRINGIFY_OPTIONS).slice(3, -1);
  }
  if (printed.includes('\n')) notSimple();
  if (quotedCache.size >= QUOTED_CACHE_LIMIT) quotedCache.clear();
  quotedCache.set(cacheKey, printed);
  return printed;
}

function stringText(scalar: Scalar, value: string, inFlow: boolean): string {
  if (AWKWARD.test(value) || /^(?:---|\.\.\.)/u.test(value)) notSimple();
  if (scalar.type === Scalar.QUOTE_SINGLE) return `'${value.replaceAll("'", "''")}'`;
  if (scalar.type === Scalar.QUOTE_DOUBLE) {
    const json = JSON.stringify(value);
    return json.includes('\\') ? notSimple() : json;
  }
  if (scalar.type !== undefined && scalar.type !== Scalar.PLAIN) notSimple();
  return surelyPlain(value, inFlow) ? value : libraryString(value, inFlow);
}

function scalarText(node: unknown, inFlow: boolean): string {
  if (!isScalar(node) || node.anchor !== undefined || node.tag !== undefined || node.spaceBefore === true) return notSimple();
  const { value } = node;
  if (typeof value === 'string') return stringText(node, value, inFlow);
  // A parsed null or boolean keeps its source (`~`, `True`), and a number its format: left to the library.
  const source = (node as { source?: unknown }).source;
  if (value === null) return source === undefined || source === 'null' ? 'null' : notSimple();
  if (typeof value === 'boolean') return source === undefined || source === String(value) ? String(value) : notSimple();
  if (node.format !== undefined || node.minFractionDigits !== undefined) return notSimple();
  if (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
  return notSimple();
}

function keyText(pair: unknown, inFlow: boolean): string {
  if (!isPair(pair)) return notSimple();
  const key = pair.key;
  if (!isScalar(key) || typeof key.value !== 'string' || key.value.length > 1000) return notSimple();
  if (key.type !== undefined && key.type !== Scalar.PLAIN) return notSimple();
  if (key.anchor !== undefined || key.tag !== undefined || key.spaceBefore === true) return notSimple();
  if (AWKWARD.test(key.value) || !surelyPlain(key.value, inFlow)) return notSimple();
  return key.value;
}

function isCollection(node: unknown): node is YAMLMap | YAMLSeq {
  return isMap(node) || isSeq(node);
}

function checkCollection(node: YAMLMap | YAMLSeq): void {
  if (node.anchor !== undefined || node.tag !== undefined || node.spaceBefore === true) notSimple();
}

/** A collection printed in flow style (`{a: 1, b: [x]}`), as the library prints anything inside a flow collection. */
function flowText(node: YAMLMap | YAMLSeq): string {
  checkCollection(node);
  if (isMap(node)) {
    const parts = node.items.map((pair) => `${keyText(pair, true)}: ${flowValue(pair.value)}`);
    return `{${parts.join(', ')}}`;
  }
  return `[${node.items.map((item) => (isPair(item) ? notSimple() : flowValue(item))).join(', ')}]`;
}

function flowValue(node: unknown): string {
  return isCollection(node) ? flowText(node) : scalarText(node, true);
}

/** A value after `key:` or `- ` in a block collection: a scalar or a flow collection on the same line. */
function inlineValue(node: unknown): string | undefined {
  if (isCollection(node)) {
    if (node.items.length === 0 && node.flow !== true) notSimple();
    return node.flow === true ? flowText(node) : undefined;
  }
  return scalarText(node, false);
}

function blockMap(map: YAMLMap, margin: string, out: string[]): void {
  checkCollection(map);
  for (const pair of map.items) {
    const key = keyText(pair, false);
    const value = (pair).value;
    if (value !== null && !isNode(value)) notSimple();
    const inline = inlineValue(value);
    if (inline !== undefined) {
      out.push(`${margin}${key}: ${inline}\n`);
      continue;
    }
    out.push(`${margin}${key}:\n`);
    if (isMap(value)) blockMap(value, `${margin}  `, out);
    else blockSeq(value as YAMLSeq, `${margin}  `, out);
  }
}

function blockSeq(seq: YAMLSeq, margin: string, out: string[]): void {
  checkCollection(seq);
  for (const item of seq.items) {
    if (item !== null && !isNode(item)) notSimple();
    const inline = inlineValue(item);
    if (inline === undefined) notSimple();
    out.push(`${margin}- ${inline}\n`);
  }
}

/**
 * The YAML the library prints for `node` as a document of its own (printNode's options, comments
 * left out), when it is a mapping or sequence of the simple shapes; otherwise undefined.
 */
export function printSimpleNode(node: unknown): string | undefined {
  if (!isCollection(node)) return undefined;
  try {
    if (node.flow === true) return `${flowText(node)}\n`;
    if (node.items.length === 0) return undefined;
    const out: string[] = [];
    if (isMap(node)) blockMap(node, '', out);
    else blockSeq(node, '', out);
    return out.join('');
  } catch (error) {
    if (error instanceof NotSimple) return undefined;
    throw error;
  }
}
