import { describe, expect, it } from 'vitest';
import { diagramNodeSchema, NODE_KINDS as SCHEMA_KINDS } from '@/content/diagramSchema';
import { EMPTY_DIAGRAM, KIND_ICON, newNode, NODE_KINDS } from '@/features/sandbox/kinds';

describe('node kinds in the sandbox', () => {
  it('offers every kind the diagram format has, each with an AWS icon', () => {
    expect([...NODE_KINDS].sort()).toEqual([...SCHEMA_KINDS].sort());
    for (const kind of NODE_KINDS) expect(KIND_ICON[kind].src, kind).toBeTruthy();
  });

  it('makes new nodes exactly as the schema would read them, so none needs parsing', () => {
    for (const kind of NODE_KINDS) {
      const node = newNode(EMPTY_DIAGRAM, kind, { x: 10, y: 20 });
      expect(diagramNodeSchema.parse(structuredClone(node)), kind).toEqual(node);
    }
  });
});
