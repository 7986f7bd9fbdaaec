// The draft dialog's tag order.
import { describe, expect, it } from 'vitest';
import type { Tag, TagId } from '../../../../src/shared/domain';
import { tagsInTreeOrder } from '../../../../src/renderer/src/features/briefings/pickerData';

function tag(id: number, name: string, parentId: number | null = null): Tag {
  return {
    id: id as TagId,
    uid: `tag-uid-${id}`,
    name,
    parentId: parentId as TagId | null,
    color: '#f6c343',
    quoteCount: 0,
  };
}

describe('tagsInTreeOrder', () => {
  it('puts parents before their children, siblings by name, with depths', () => {
    const ordered = tagsInTreeOrder([
      tag(1, 'Sahel'),
      tag(2, 'Mali', 1),
      tag(3, 'Défense'),
      tag(4, 'Bamako', 2),
      tag(5, 'Algeria', 1),
    ]);
    expect(ordered.map(({ tag: t, depth }) => `${depth}:${t.name}`)).toEqual([
      '0:Défense',
      '0:Sahel',
      '1:Algeria',
      '1:Mali',
      '2:Bamako',
    ]);
  });

  it('lists a tag once even when the data holds a cycle, and drops what hangs off it', () => {
    const ordered = tagsInTreeOrder([tag(1, 'Root'), tag(2, 'A', 3), tag(3, 'B', 2)]);
    expect(ordered.map(({ tag: t }) => t.name)).toEqual(['Root']);
  });
});
