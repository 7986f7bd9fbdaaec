import { describe, expect, it } from 'vitest';
import type { Tag, TagId } from '../../../../src/shared/domain/quotes';
import { exactTag, matchTags, tagPath } from '../../../../src/shared/quotes/tagMatch';

function tag(id: number, name: string, parentId: number | null = null): Tag {
  return {
    id: id as TagId,
    uid: `tag-uid-${id}`,
    name,
    parentId: parentId as TagId | null,
    color: '#336699',
    quoteCount: 0,
  };
}

const tags = [
  tag(1, 'Défense'),
  tag(2, 'Coopération militaire', 1),
  tag(3, 'Formation', 2),
  tag(4, 'تعاون عسكري'),
  tag(5, 'Coop'),
];
const byId = new Map(tags.map((t) => [t.id, t]));

describe('tagPath', () => {
  it('names the tag from the root down', () => {
    expect(tagPath(tags[2]!, byId)).toBe('Défense › Coopération militaire › Formation');
    expect(tagPath(tags[0]!, byId)).toBe('Défense');
  });

  it('stops at a parent cycle instead of looping', () => {
    const a = tag(10, 'A', 11);
    const b = tag(11, 'B', 10);
    const cyclic = new Map([a, b].map((t) => [t.id, t]));
    expect(tagPath(a, cyclic)).toBe('B › A');
  });
});

describe('matchTags', () => {
  const paths = (typed: string, exclude?: Set<TagId>) =>
    matchTags(tags, typed, exclude).map((m) => m.path);

  it('puts an exact name first, then names that start with the text, then paths', () => {
    expect(paths('coop')).toEqual([
      'Coop',
      'Défense › Coopération militaire',
      'Défense › Coopération militaire › Formation',
    ]);
    expect(paths('militaire')).toEqual([
      'Défense › Coopération militaire',
      'Défense › Coopération militaire › Formation',
    ]);
  });

  it('finds Arabic tags typed with harakat', () => {
    expect(paths('تَعَاوُن')).toEqual(['تعاون عسكري']);
  });

  it('leaves out tags already chosen', () => {
    expect(paths('coop', new Set([5 as TagId, 3 as TagId]))).toEqual([
      'Défense › Coopération militaire',
    ]);
  });

  it('lists every tag by path when nothing is typed', () => {
    expect(paths('')).toHaveLength(5);
  });

  it('finds the tag whose name is exactly what was typed', () => {
    expect(exactTag(tags, 'coopération MILITAIRE')?.id).toBe(2);
    expect(exactTag(tags, 'Coopération')).toBeUndefined();
    expect(exactTag(tags, '  ')).toBeUndefined();
  });
});
