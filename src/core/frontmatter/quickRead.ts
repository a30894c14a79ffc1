import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { toSafeObject } from '../yaml/values';
import type { Problem } from '../problems';
import { type FrontMatterValue, readFrontMatter } from './read';

// The corpus index reads thousands of front matters and needs only their values, not the
// comment- and position-keeping Document that the editor and the writer work on. js-yaml builds
// plain values several times faster than the yaml library builds a Document, so the index reads
// ordinary front matter with it, and hands anything unusual to the full reader (readFrontMatter).
// Both must give the same value: the schema below resolves plain scalars exactly as the yaml
// library's YAML 1.2 core schema does, and a property test holds the two readers to agreement.

const plainScalar = (tag: string, matches: (source: string) => boolean, construct: (source: string) => unknown): Type =>
  new Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (source: string | null) => source !== null && matches(source), construct });

const INT = /^[-+]?[0-9]+$/u;
const INT_OCTAL = /^0o[0-7]+$/u;
const INT_HEX = /^0x[0-9a-fA-F]+$/u;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/u;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/u;
const NAN = /^\.(?:nan|NaN|NAN)$/u;

const CORE_AS_THE_YAML_LIBRARY_READS_IT = FAILSAFE_SCHEMA.extend({
  implicit: [
    plainScalar('null', (source) => /^(?:~|[Nn]ull|NULL)?$/u.test(source), () => null),
    plainScalar('bool', (source) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/u.test(source), (source) => source.toLowerCase() === 'true'),
    plainScalar('int', (source) => INT.test(source) || INT_OCTAL.test(source) || INT_HEX.test(source),
      (source) => (INT_OCTAL.test(source) ? parseInt(source.slice(2), 8) : INT_HEX.test(source) ? parseInt(source.slice(2), 16) : Number(source))),
    plainScalar('float', (source) => FLOAT.test(source) || INFINITY.test(source) || NAN.test(source),
      (source) => (NAN.test(source) ? NaN : INFINITY.test(source) ? (source.startsWith('-') ? -Infinity : Infinity) : Number(source))),
  ],
});

/**
 * What is left to the full reader: YAML whose reading the two libraries might not agree on, or
 * that the yaml library rejects and js-yaml tolerates. Each was found by the property test.
 */
const UNUSUAL: readonly RegExp[] = [
  /(?:^|[\s[{,])[&*!]/mu, // anchors, aliases and tags
  /<<|^%/mu, // merge keys, directives
  /^[ \t-]*\?(?:[ \t\r]|$)/mu, // complex keys
  /^[ \t-]*(?:~|null|Null|NULL)?[ \t]*:(?:[ \t\r]|$)|[{,[][ \t]*(?:(?:~|null|Null|NULL)[ \t]*)?:/mu, // null or empty keys, named differently
  /[}\]][ \t]*:|[{,][ \t]*[[{]/mu, // collections as keys, stringified differently
  /^[ \t]*-[ \t]+-(?:[ \t\r]|$)/mu, // a sequence opened inside a sequence entry ("- - a")
  /[}\]"']#/mu, // a comment not separated from the token before it
  /\r(?!\n)/u, // a carriage return alone, a line break to js-yaml only
  /^(?![\s#-]|$)(?![^\n]*?:(?:[ \t\r]|$))/mu, // a line at the left margin that is not a key (a scalar continued there)
];

/**
 * The longest line left to the quick reader: a longer one could hold a key over 1,024 UTF-16 code
 * units, which the yaml library rejects (it counts a key's length so) and js-yaml reads.
 */
const MAX_LINE_LENGTH = 1024;

function count(line: string, character: string): number {
  let found = 0;
  for (let at = line.indexOf(character); at !== -1; at = line.indexOf(character, at + 1)) found++;
  return found;
}

/**
 * Whether every line closes the quotes and flow collections it opens (where one spans lines, YAML
 * has indentation rules that js-yaml applies more loosely than the yaml library) and is no longer
 * than MAX_LINE_LENGTH. Other YAML is left to the yaml library.
 */
function linesSelfContained(yaml: string): boolean {
  for (const line of yaml.split('\n')) {
    if (line.length > MAX_LINE_LENGTH) return false;
    const unescaped = line.replace(/\\./gu, '');
    if (count(unescaped, '"') % 2 !== 0 || count(unescaped, "'") % 2 !== 0) return false;
    if (count(line, '[') !== count(line, ']') || count(line, '{') !== count(line, '}')) return false;
  }
  return true;
}

/**
 * The plain value of an ordinary front matter, or undefined when the full reader must decide
 * (unusual YAML, a syntax error, a front matter that is not a mapping). Never throws.
 */
export function quickFrontMatterValue(yaml: string): FrontMatterValue | undefined {
  if (UNUSUAL.some((pattern) => pattern.test(yaml)) || !linesSelfContained(yaml)) return undefined;
  let value: unknown;
  try {
    value = load(yaml, { schema: CORE_AS_THE_YAML_LIBRARY_READS_IT });
  } catch {
    return undefined;
  }
  if (value === null || value === undefined) return Object.create(null) as FrontMatterValue;
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  return toSafeObject(value) as FrontMatterValue;
}

/**
 * A front matter's plain value, for what reads only values (the index, tagging, export, the
 * review): the quick way where the YAML is ordinary, else the full reader's value, with its
 * problems saying why when there is none.
 */
export function readFrontMatterValue(yaml: string, yamlStart: number): { value: FrontMatterValue | undefined; problems: readonly Problem[] } {
  const quick = quickFrontMatterValue(yaml);
  if (quick) return { value: quick, problems: [] };
  const { value, problems } = readFrontMatter(yaml, yamlStart);
  return { value, problems };
}
