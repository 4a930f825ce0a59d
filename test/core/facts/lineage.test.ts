import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../server/src/core/model';
import { ancestorsOf, descendantsOf } from '../../../server/src/core/facts/index';
import { bundledFacts } from '../../helpers/facts';

const entity = (id: string, parent?: string) => [id, { id, parent } as unknown as Entity] as const;

describe('ancestorsOf and descendantsOf, worked out once per entities map', () => {
  const entities = new Map([entity('openai'), entity('chatgpt', 'openai'), entity('chatgpt-plus', 'chatgpt'), entity('sora', 'openai'), entity('anthropic')]);

  it('ancestors nearest first; descendants in the entities order, children and their children', () => {
    expect(ancestorsOf(entities, 'chatgpt-plus')).toEqual(['chatgpt', 'openai']);
    expect(descendantsOf(entities, 'openai')).toEqual(['chatgpt', 'chatgpt-plus', 'sora']);
    expect(descendantsOf(entities, 'chatgpt')).toEqual(['chatgpt-plus']);
  });

  it('near miss: an unrelated or unknown entity has none, a loop stops, and a caller changing its copy changes nothing', () => {
    expect(descendantsOf(entities, 'anthropic')).toEqual([]);
    expect(ancestorsOf(entities, 'nobody')).toEqual([]);
    const loop = new Map([entity('a', 'b'), entity('b', 'a')]);
    expect(ancestorsOf(loop, 'a')).toEqual(['b']);
    expect(descendantsOf(loop, 'a')).toEqual(['b']);
    ancestorsOf(entities, 'chatgpt-plus').push('x');
    descendantsOf(entities, 'openai').pop();
    expect(ancestorsOf(entities, 'chatgpt-plus')).toEqual(['chatgpt', 'openai']);
    expect(descendantsOf(entities, 'openai')).toEqual(['chatgpt', 'chatgpt-plus', 'sora']);
  });

  it('agrees with a walk up from every entity, for every entity of the bundled fact base', () => {
    const kb = bundledFacts();
    const ids = [...kb.entities.keys()];
    for (const id of ids) expect(descendantsOf(kb.entities, id), id).toEqual(ids.filter((other) => ancestorsOf(kb.entities, other).includes(id)));
  });
});
