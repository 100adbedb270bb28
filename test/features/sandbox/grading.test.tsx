import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { challengeSchema } from '@/content/challengeSchema';
import type { Diagram } from '@/content/diagramSchema';
import { ChallengePanel } from '@/features/sandbox/ChallengePanel';
import { loadChallenge, startingDiagram } from '@/features/sandbox/challenges';
import { SandboxEditor } from '@/features/sandbox/editor';
import { gradeDiagram } from '@/engine/architecture';
import { preferencesStore } from '@/ui/preferences';
import { engineApi, type EngineApi } from '@/worker/api';
import { EngineStopped, setEngineBackend, type Backend } from '@/worker/client';
import { openTab, renderEditor } from './editorHarness';
import { installReactFlowEnv } from './reactFlowEnv';

const challenge = challengeSchema.parse(JSON.parse(readFileSync('content/challenges/s3-upload-runs-task.json', 'utf8')));

let made = 0;
/** The upload challenge, solved except that the task role cannot write; a label of its own keeps other tests' answers out. */
function almostSolved(): Diagram {
  const d = structuredClone(challenge.referenceSolution);
  made++;
  for (const n of d.nodes) {
    if (n.id === 'task-role' && n.kind === 'iam-role') n.props.actions = ['s3:GetObject'];
    if (n.id === 'users') n.label = `Users ${made}`;
  }
  return d;
}

/**
 * The real engine behind a gate the test opens and closes, standing for a slow worker: calls made while
 * the gate is closed wait for it; `failNext` makes the next call fail as the worker's time limit would.
 */
function slowEngine() {
  const calls: string[] = [];
  let open = () => undefined as void;
  let gate: Promise<void> = Promise.resolve();
  const state = { failNext: undefined as unknown };
  const api = new Proxy({} as EngineApi, {
    get:
      (_t, method: keyof EngineApi) =>
      async (...args: unknown[]) => {
        calls.push(method);
        if (state.failNext) {
          const error = state.failNext;
          state.failNext = undefined;
          throw error;
        }
        await gate;
        return (engineApi[method] as (...a: unknown[]) => unknown)(...args);
      },
  });
  const restore = setEngineBackend((): Backend => ({ api, end: () => undefined }));
  return {
    calls,
    state,
    restore,
    close: () => {
      gate = new Promise((r) => (open = r));
    },
    open: () => act(() => open()),
  };
}

const wait = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));

let restore = () => undefined as void;
beforeAll(async () => {
  installReactFlowEnv();
  await loadChallenge(challenge.id);
});
beforeEach(() => preferencesStore.setState({ language: 'en', theme: 'light' }));
afterEach(() => restore());

describe('grading in the engine worker', () => {
  it('keeps the last findings on screen while newer ones are worked out, and says Checking… only when they are late', async () => {
    const engine = slowEngine();
    restore = engine.restore;
    const store = new SandboxEditor({ diagram: almostSolved() });
    renderEditor(store);
    await openTab('Problems');
    const problems = screen.getByRole('region', { name: 'Problems' });
    const finding = await within(problems).findByRole('button', { name: /lacks dynamodb:PutItem/ });

    engine.close();
    // The learner grants the missing write (one edit; the engine's answer is held back).
    const fixed = { ...store.diagram, nodes: store.diagram.nodes.map((n) => (n.id === 'task-role' && n.kind === 'iam-role' ? { ...n, props: { ...n.props, actions: ['s3:GetObject', 'dynamodb:PutItem'] } } : n)) };
    act(() => store.store.setState({ diagram: fixed }));
    // The old findings stay, the same elements: nothing flickers while the engine works.
    expect(within(problems).getByRole('button', { name: /lacks dynamodb:PutItem/ })).toBe(finding);
    await wait(100);
    expect(screen.queryByText('Checking…')).toBeNull();
    await wait(350);
    expect(screen.getByText('Checking…')).toBeInTheDocument();
    expect(within(problems).getByRole('button', { name: /lacks dynamodb:PutItem/ })).toBe(finding);

    engine.open();
    await waitFor(() => expect(screen.queryByText('Checking…')).toBeNull());
    expect(await within(problems).findByText(/No problems/)).toBeInTheDocument();
    expect(within(problems).queryByRole('button', { name: /lacks dynamodb:PutItem/ })).toBeNull();
  });

  it('opens an empty canvas and a challenge’s starting diagram with their findings, without waiting for the engine', async () => {
    const engine = slowEngine();
    restore = engine.restore;
    engine.close();
    const empty = renderEditor(new SandboxEditor({}));
    await wait(50);
    empty.unmount();
    const store = new SandboxEditor({ diagram: startingDiagram(challenge), challengeId: challenge.id });
    renderEditor(store, <ChallengePanel challenge={challenge} />);
    await openTab('Problems');
    const problems = screen.getByRole('region', { name: 'Problems' });
    // The starting diagram's findings were worked out when the app was built (none, for this challenge).
    expect(gradeDiagram(startingDiagram(challenge), challenge, 'en', { goal: false, reveal: false })).toEqual([]);
    expect(within(problems).getByText(/No problems found/)).toBeInTheDocument();
    await wait(400);
    expect(screen.queryByText('Checking…')).toBeNull();
    expect(engine.calls).toEqual([]);
    engine.open();
  });

  it('does not grade again when a node is only moved', async () => {
    const engine = slowEngine();
    restore = engine.restore;
    const store = new SandboxEditor({ diagram: almostSolved() });
    renderEditor(store);
    await openTab('Problems');
    await within(screen.getByRole('region', { name: 'Problems' })).findByRole('button', { name: /lacks dynamodb:PutItem/ });
    const graded = engine.calls.filter((c) => c === 'grade').length;
    const [first] = store.diagram.nodes;
    act(() => store.store.setState({ diagram: { ...store.diagram, nodes: store.diagram.nodes.map((n) => (n === first ? { ...n, position: { x: 999, y: 999 } } : n)) } }));
    await wait(50);
    expect(engine.calls.filter((c) => c === 'grade')).toHaveLength(graded);
  });

  it('says when checking stopped at the time limit, in English and Korean, and checks again on request', async () => {
    const engine = slowEngine();
    restore = engine.restore;
    engine.state.failNext = new EngineStopped('timeout', 8000);
    const store = new SandboxEditor({ diagram: almostSolved() });
    renderEditor(store);
    const alert = await screen.findByText(/Checking stopped after 8 s/);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    engine.state.failNext = new EngineStopped('timeout', 8000);
    act(() => preferencesStore.setState({ language: 'ko' }));
    expect(await screen.findByText(/8초가 지나 확인을 멈췄습니다/)).toBeInTheDocument();
    act(() => preferencesStore.setState({ language: 'en' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(screen.queryByText(/Checking stopped/)).toBeNull());
    await openTab('Problems');
    expect(await within(screen.getByRole('region', { name: 'Problems' })).findByRole('button', { name: /lacks dynamodb:PutItem/ })).toBeInTheDocument();
  });

  it('Check waits for the engine before it says pass or fail', async () => {
    const engine = slowEngine();
    restore = engine.restore;
    const store = new SandboxEditor({ diagram: almostSolved(), challengeId: challenge.id });
    renderEditor(store, <ChallengePanel challenge={challenge} />);
    const panel = screen.getByRole('region', { name: /^Challenge:/ });
    await wait(50);
    engine.close();
    await userEvent.click(within(panel).getByRole('button', { name: 'Check' }));
    await wait(50);
    expect(within(panel).getByText('Checking…')).toBeInTheDocument();
    expect(within(panel).queryByText(/Not yet|Passed/)).toBeNull();
    expect(screen.queryAllByRole('alert').map((a) => a.textContent).join(' ')).not.toMatch(/Not yet/);
    engine.open();
    expect(await within(panel).findByText('Not yet: 2 problems to fix.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toMatch(/Not yet: 2 problems to fix/));
  });

  it('lets the learner cancel a long request run', async () => {
    const engine = slowEngine();
    restore = engine.restore;
    const store = new SandboxEditor({ diagram: almostSolved() });
    renderEditor(store);
    await openTab('Run');
    await wait(50);
    engine.close();
    await userEvent.click(screen.getByRole('button', { name: '▶ Run' }));
    const cancel = await screen.findByRole('button', { name: 'Cancel the run' }, { timeout: 2000 });
    expect(screen.getByText('Sending the request…')).toBeInTheDocument();
    await userEvent.click(cancel);
    expect(await screen.findByText('Stopped before it finished; nothing was changed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel the run' })).toBeNull();
    expect(store.state.flow).toBeNull();
    // Run again goes through once the engine answers.
    engine.open();
    await userEvent.click(screen.getByRole('button', { name: '▶ Run' }));
    expect(await screen.findByRole('listitem', { current: 'step' })).toHaveTextContent(/client on the internet/i);
  });
});
