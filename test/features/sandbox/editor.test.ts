import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChallenge, type Challenge } from '@/content/challengeSchema';
import type { Diagram } from '@/content/diagramSchema';
import { gradeDiagram, passes } from '@/engine/architecture';
import { ACTIONS, actionForKey, actionsForKey, action, run } from '@/features/sandbox/actions';
import { loadChallenge, startingDiagram } from '@/features/sandbox/challenges';
import { SandboxEditor } from '@/features/sandbox/editor';
import type { FocusZone, KeyLike } from '@/features/sandbox/keys';

/** Synthetic keyboard input, as a browser would send it to the editor. */
const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, repeat: false, ...mods });

/** Presses a key where focus is on the canvas: the registry picks the action, as the page's listener does. */
async function press(editor: SandboxEditor, e: KeyLike, zone: FocusZone = 'canvas'): Promise<boolean> {
  const found = actionForKey(e, zone, editor);
  if (!found) return false;
  await run(found, { editor, locale: 'en', event: e });
  return true;
}

const at = (editor: SandboxEditor, id: string) => editor.diagram.nodes.find((n) => n.id === id)?.position;

function twoNodes(): SandboxEditor {
  const editor = new SandboxEditor();
  editor.load({
    schemaVersion: 1,
    nodes: [
      { id: 'bucket', kind: 's3', label: 'uploads', position: { x: 0, y: 0 }, props: { eventBridgeNotifications: false, s3FilesFileSystem: false } },
      { id: 'table', kind: 'dynamodb', label: 'photos', position: { x: 400, y: 0 }, props: {} },
    ],
    edges: [],
  });
  return editor;
}

describe('history cut by marks', () => {
  it('makes a held arrow key one undo step', async () => {
    const editor = twoNodes();
    editor.select({ nodes: ['bucket'], edges: [] });
    await press(editor, key('ArrowRight'));
    for (let i = 0; i < 5; i++) await press(editor, key('ArrowRight', { repeat: true }));
    expect(at(editor, 'bucket')).toEqual({ x: 48, y: 0 });
    // A separate press is a step of its own; with Shift the step is larger.
    await press(editor, key('ArrowDown', { shiftKey: true }));
    expect(at(editor, 'bucket')).toEqual({ x: 48, y: 48 });
    await press(editor, key('z', { ctrlKey: true }));
    expect(at(editor, 'bucket')).toEqual({ x: 48, y: 0 });
    await press(editor, key('z', { metaKey: true }));
    expect(at(editor, 'bucket')).toEqual({ x: 0, y: 0 });
    expect(editor.canUndo).toBe(false);
    await press(editor, key('Z', { ctrlKey: true, shiftKey: true }));
    expect(at(editor, 'bucket')).toEqual({ x: 48, y: 0 });
    await press(editor, key('y', { ctrlKey: true }));
    expect(at(editor, 'bucket')).toEqual({ x: 48, y: 48 });
  });

  it('refuses undo during a drag, makes the drag one step, and leaves no redo entry when it is cancelled', async () => {
    const editor = twoNodes();
    editor.select({ nodes: ['table'], edges: [] });
    await press(editor, key('ArrowLeft'));
    editor.beginDrag();
    for (const x of [10, 20, 30]) editor.dragTo(new Map([['bucket', { x, y: 5 }]]));
    expect(editor.undo()).toBe(false);
    expect(await press(editor, key('z', { ctrlKey: true }))).toBe(false);
    expect(at(editor, 'bucket')).toEqual({ x: 30, y: 5 });
    editor.endDrag();
    expect(editor.undo()).toBe(true);
    expect(at(editor, 'bucket')).toEqual({ x: 0, y: 0 });
    expect(at(editor, 'table')).toEqual({ x: 392, y: 0 });
    editor.redo();

    editor.beginDrag();
    editor.dragTo(new Map([['bucket', { x: 200, y: 200 }]]));
    expect(await press(editor, key('Escape'))).toBe(true);
    expect(at(editor, 'bucket')).toEqual({ x: 30, y: 5 });
    expect(editor.canRedo).toBe(false);
    // Undo now takes back the last real step (the finished drag), not the cancelled one.
    editor.undo();
    expect(at(editor, 'bucket')).toEqual({ x: 0, y: 0 });
  });

  it('makes typing in one field one step, a new step after the field loses focus, and undoes deletes', async () => {
    const editor = twoNodes();
    const bucket = () => editor.diagram.nodes[0]!;
    for (const label of ['p', 'ph', 'pho']) editor.updateNode({ ...bucket(), label }, 'label');
    editor.settle();
    editor.updateNode({ ...bucket(), label: 'photo' }, 'label');
    editor.undo();
    expect(bucket().label).toBe('pho');
    editor.undo();
    expect(bucket().label).toBe('uploads');

    const task = editor.addNode('ecs-task');
    expect(editor.connect(task.id, 'table').ok).toBe(true);
    editor.select({ nodes: [task.id], edges: [] });
    await press(editor, key('Delete'));
    // The node goes with its connections, in one step.
    expect(editor.diagram.nodes.map((n) => n.id)).toEqual(['bucket', 'table']);
    expect(editor.diagram.edges).toEqual([]);
    await press(editor, key('z', { ctrlKey: true }));
    expect(editor.diagram.nodes.map((n) => n.id)).toEqual(['bucket', 'table', task.id]);
    expect(editor.diagram.edges).toHaveLength(1);
  });

  it('restarts a challenge through the registry as one undo step', async () => {
    const challenge = load('s3-upload-runs-task');
    await loadChallenge(challenge.id);
    const editor = new SandboxEditor();
    editor.load(startingDiagram(challenge), challenge.id);
    editor.addNode('eventbridge-rule');
    editor.store.setState({ checked: true });
    const result = await run(action('restart-challenge'), { editor, locale: 'en' });
    expect(result?.notice).toBe('challenge.restarted');
    expect(editor.diagram.nodes).toHaveLength(3);
    expect(editor.state.checked).toBe(false);
    editor.undo();
    expect(editor.diagram.nodes).toHaveLength(4);
  });
});

describe('the action registry', () => {
  const keys = [
    ...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''),
    ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ!'.split(''),
    'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Delete', 'Backspace', 'Escape', 'Enter', ' ', 'Tab', 'Home', 'End', 'F2',
  ];
  const mods = Array.from({ length: 16 }, (_, i) => ({ ctrlKey: !!(i & 1), metaKey: !!(i & 2), shiftKey: !!(i & 4), altKey: !!(i & 8) }));

  it('never lets two actions answer the same key, anywhere focus can be', () => {
    for (const zone of ['canvas', 'panel', 'typing'] as const) {
      for (const k of keys) {
        for (const m of mods) {
          const found = actionsForKey(key(k, m), zone).map((a) => a.id);
          expect(found.length, `${JSON.stringify({ k, ...m, zone })} → ${found.join(', ')}`).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('leaves every key to a field while the user is typing, and canvas keys to a focused panel control', () => {
    const editor = twoNodes();
    editor.select({ nodes: ['bucket'], edges: [] });
    expect(actionForKey(key('z', { ctrlKey: true }), 'typing', twoNodes())).toBeUndefined();
    expect(actionForKey(key('ArrowLeft'), 'typing', editor)).toBeUndefined();
    expect(actionForKey(key('ArrowLeft'), 'panel', editor)).toBeUndefined();
    expect(actionForKey(key('ArrowLeft'), 'canvas', editor)?.id).toBe('nudge');
  });

  it('gives every action a label and every shortcut its aria-keyshortcuts form', () => {
    for (const a of ACTIONS) {
      expect(a.label).toBeTruthy();
      if (a.keyTest) expect(a.kbd, a.id).toMatch(/^[A-Za-z0-9+! ]+$/);
    }
  });
});

describe('tap to connect', () => {
  it('connects the first tapped node to the second, and refuses a pair with no integration with the reason', () => {
    const editor = twoNodes();
    expect(editor.tap('bucket')).toBeUndefined();
    editor.setConnecting(true);
    expect(editor.tap('table')).toEqual({ phase: 'source' });
    const refused = editor.tap('bucket');
    expect(refused && 'ok' in refused && !refused.ok && refused.reason).toMatch(/No AWS integration connects a DynamoDB table to an S3 bucket/);
    editor.addNode('ecs-task');
    editor.setConnecting(true);
    editor.tap('task-1');
    const made = editor.tap('table');
    expect(made && 'ok' in made && made.ok).toBe(true);
    expect(editor.diagram.edges).toEqual([{ id: 'e1', source: 'task-1', target: 'table' }]);
  });
});

function load(id: string): Challenge {
  const r = parseChallenge(id, readFileSync(path.resolve('content/challenges', `${id}.json`), 'utf8'));
  if (!r.challenge) throw new Error(id);
  return r.challenge;
}

/**
 * Builds a challenge's reference solution from its starting canvas with the editor's own commands, as a
 * learner would: add each missing resource, set its properties, draw each connection.
 */
function replay(c: Challenge): SandboxEditor {
  const editor = new SandboxEditor();
  editor.load(startingDiagram(c), c.id);
  const ids = new Map(c.startingNodes.map((n) => [n.id, n.id]));
  const ref: Diagram = c.referenceSolution;
  for (const n of ref.nodes) {
    if (!ids.has(n.id)) ids.set(n.id, editor.addNode(n.kind).id);
    const id = ids.get(n.id) ?? '';
    const node = editor.diagram.nodes.find((x) => x.id === id);
    if (!node) throw new Error(id);
    editor.updateNode({ ...node, ...(n.label ? { label: n.label } : {}), props: n.props } as typeof node, 'props');
    editor.settle();
  }
  for (const e of ref.edges) {
    const outcome = editor.connect(ids.get(e.source) ?? '', ids.get(e.target) ?? '');
    if (!outcome.ok) throw new Error(`${c.id}: ${e.source} → ${e.target}: ${outcome.reason}`);
    if (e.actions) editor.updateEdge({ ...outcome.edge, actions: e.actions });
  }
  return editor;
}

describe('every challenge, replayed through the editor', () => {
  const dir = path.resolve('content/challenges');
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => load(f.replace(/\.json$/, '')));

  it.each(all.map((c) => [c.id, c] as const))('%s: the reference solution built with editor commands passes, and undo takes it all back', (_id, c) => {
    const editor = replay(c);
    const findings = gradeDiagram(editor.diagram, c);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(passes(findings)).toBe(true);
    const built = editor.diagram;
    while (editor.undo());
    expect(editor.diagram.nodes.map((n) => n.id)).toEqual(c.startingNodes.map((n) => n.id));
    expect(editor.diagram.edges).toEqual([]);
    while (editor.redo());
    expect(editor.diagram).toEqual(built);
  });
});
