import { KINDS, type KindField } from '../kinds';

/** The fields the kinds' tags are listed in (people … dates), in the order of the table of kinds. */
const KIND_FIELDS: readonly KindField[] = KINDS.fields;

/** The keys of an article's front matter, in the order a new front matter lists them. */
export const FIELD_ORDER = [
  'id', 'title', 'language', 'script', 'published', 'published_from', 'source', 'authors', 'status',
  ...KIND_FIELDS, 'boilerplate', 'curation',
] as const;

/** Fields the writer proposes values for (status and curation are the curator's). */
export const GENERATED_FIELDS = ['id', 'title', 'language', 'script', 'published', 'published_from', 'source', 'authors', ...KIND_FIELDS, 'boilerplate'] as const;
export type GeneratedField = (typeof GENERATED_FIELDS)[number];

/** The keys of `curation`, in the order they are written. The lists before `generated` are read for old files only. */
export const CURATION_ORDER = ['decisions', 'accepted', 'rejected', 'corrected', 'added', 'suggested', 'generated'] as const;
