// What the knowledge-base load benchmark requires in its fresh process: the classes, not the shipped instance.
export { KnowledgeBase } from '../src/core/knowledge/knowledgeBase';
export { Gazetteer } from '../src/core/tagging/gazetteer/gazetteer';
