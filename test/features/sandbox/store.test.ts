import { describe, expect, it } from 'vitest';
import { addNode, commit, connect, createSandboxStore, redo, removeElements, replaceNode, undo } from '@/features/sandbox/store';

describe('sandbox editor state', () => {
  it('undoes and redoes additions, connections and deletions one step at a time', () => {
    const store = createSandboxStore();
    const bucket = addNode(store, 's3');
    const rule = addNode(store, 'eventbridge-rule');
    connect(store, bucket.id, rule.id);
    removeElements(store, [bucket.id], []);
    // Deleting a node takes its connections with it.
    expect(store.getState().diagram.nodes.map((n) => n.id)).toEqual([rule.id]);
    expect(store.getState().diagram.edges).toEqual([]);
    expect(undo(store)).toBe(true);
    expect(store.getState().diagram.edges).toHaveLength(1);
    expect(undo(store)).toBe(true);
    expect(store.getState().diagram.edges).toHaveLength(0);
    expect(store.getState().diagram.nodes).toHaveLength(2);
    expect(redo(store)).toBe(true);
    expect(store.getState().diagram.edges).toHaveLength(1);
    undo(store);
    undo(store);
    undo(store);
    expect(store.getState().diagram.nodes).toHaveLength(0);
    expect(undo(store)).toBe(false);
  });

  it('makes typing in one field a single undo step', () => {
    const store = createSandboxStore();
    const bucket = addNode(store, 's3');
    for (const name of ['p', 'ph', 'pho']) replaceNode(store, { ...bucket, label: name }, `${bucket.id}:label`);
    expect(store.getState().diagram.nodes[0]?.label).toBe('pho');
    undo(store);
    expect(store.getState().diagram.nodes[0]?.label).toBe(bucket.label);
  });

  it('gives new nodes unique ids and a new edit clears the redo list', () => {
    const store = createSandboxStore();
    const a = addNode(store, 'sqs');
    const b = addNode(store, 'sqs');
    expect(a.id).not.toBe(b.id);
    undo(store);
    commit(store, { ...store.getState().diagram, nodes: [] });
    expect(redo(store)).toBe(false);
  });
});
