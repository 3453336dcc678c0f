/** User topics (label + query from the URL) as topic definitions for the worker, with stable `u-<slug>` ids. */
import type { TopicDefinition } from '../corpus/types.ts';
import type { UserTopicSpec } from './urlCodec.ts';

/** `Künstliche Intelligenz` → `kuenstliche-intelligenz`; URL-safe and matching the codec's topic id pattern. */
export function slugify(label: string): string {
  const folded = label
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'thema';
}

/** Ids are unique: a second label with the same slug gets `-2`, and so on. */
export function userTopicDefinitions(specs: readonly UserTopicSpec[]): TopicDefinition[] {
  const used = new Set<string>();
  return specs.map((s) => {
    const base = `u-${slugify(s.label)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { id, label: s.label, query: s.query };
  });
}
