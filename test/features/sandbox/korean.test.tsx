import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { challengeSchema } from '@/content/challengeSchema';
import type { Diagram } from '@/content/diagramSchema';
import { ChallengePanel } from '@/features/sandbox/ChallengePanel';
import { Editor } from '@/features/sandbox/Editor';
import { loadChallenge } from '@/features/sandbox/challenges';
import { SandboxEditor } from '@/features/sandbox/editor';
import { SandboxContext } from '@/features/sandbox/store';
import { preferencesStore } from '@/ui/preferences';
import { installReactFlowEnv } from './reactFlowEnv';

const challenge = challengeSchema.parse(JSON.parse(readFileSync('content/challenges/s3-upload-runs-task.json', 'utf8')));

/** The upload challenge built correctly except that the task role cannot write to DynamoDB. */
function almostSolved(): Diagram {
  const d = structuredClone(challenge.referenceSolution);
  for (const n of d.nodes) if (n.id === 'task-role' && n.kind === 'iam-role') n.props.actions = ['s3:GetObject'];
  return d;
}

/** Renders and waits for the editor: in Korean it first loads the rules' Korean sentences. */
async function renderWith(store: SandboxEditor, ui: React.ReactNode) {
  const result = render(<SandboxContext.Provider value={store}>{ui}</SandboxContext.Provider>);
  await screen.findAllByRole('tab');
  return result;
}

beforeAll(async () => {
  installReactFlowEnv();
  await loadChallenge(challenge.id);
});
beforeEach(() => preferencesStore.setState({ language: 'ko', theme: 'light' }));

describe('the sandbox in Korean', () => {
  it('lists the engine findings in Korean, keeping the action name, and switches with the language', async () => {
    await renderWith(new SandboxEditor({ diagram: almostSolved() }), <Editor />);
    await userEvent.click(screen.getByRole('tab', { name: /^문제/ }));
    const problems = screen.getByRole('region', { name: '문제' });
    expect(await within(problems).findByRole('button', { name: /thumbnailer-task-role에 dynamodb:PutItem 권한이 없습니다/ })).toBeInTheDocument();
    expect(within(problems).queryByText(/lacks dynamodb:PutItem/)).toBeNull();

    act(() => preferencesStore.setState({ language: 'en' }));
    const english = screen.getByRole('region', { name: 'Problems' });
    // The English findings come from the engine worker; the Korean ones stay until they are in.
    expect(await within(english).findByRole('button', { name: /lacks dynamodb:PutItem/ })).toBeInTheDocument();
  });

  it('explains a selected connection in Korean, with policy titles in Korean', async () => {
    await renderWith(new SandboxEditor({ diagram: challenge.referenceSolution, selection: { nodes: [], edges: ['e3'] } }), <Editor />);
    const panel = screen.getByRole('region', { name: '연결' });
    expect(await within(panel).findByText(/EventBridge가 ecs:RunTask를 호출해 태스크 정의로 독립 실행형 태스크를 시작합니다/)).toBeInTheDocument();
    expect(within(panel).getByRole('figure', { name: /ecsEventsRole의 권한 정책/ })).toBeInTheDocument();
  });

  it('narrates the flow in Korean and names the AWS error where it stops', async () => {
    await renderWith(new SandboxEditor({ diagram: almostSolved() }), <Editor />);
    await userEvent.click(screen.getByRole('tab', { name: '실행' }));
    const next = screen.getByRole('button', { name: '다음 단계' });
    await userEvent.click(next);
    expect(await screen.findByRole('listitem', { current: 'step' })).toHaveTextContent('인터넷의 클라이언트가 흐름을 시작합니다');
    for (let i = 0; i < 20 && !next.hasAttribute('disabled'); i++) await userEvent.click(next);
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toMatch(/AccessDenied: 태스크 역할에 dynamodb:PutItem 권한이 없습니다/);
    // Switching the language re-narrates the flow on screen.
    act(() => preferencesStore.setState({ language: 'en' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toMatch(/AccessDenied: the task role lacks dynamodb:PutItem/));
  });

  it('shows the challenge in Korean with no "not translated" note, and grades it in Korean', async () => {
    await renderWith(new SandboxEditor({ diagram: { schemaVersion: 1, nodes: structuredClone(challenge.startingNodes), edges: [] }, challengeId: challenge.id }), <Editor challenge={<ChallengePanel challenge={challenge} />} />);
    expect(screen.getByRole('heading', { name: '도전 과제: S3 업로드가 Fargate 태스크를 실행' })).toBeInTheDocument();
    expect(screen.queryByText('이 도전 과제는 아직 번역되지 않아 영어로 표시합니다.')).toBeNull();
    expect(screen.getByText(/사용자가 버킷에 사진을 업로드하면 Fargate 태스크를 시작해/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '힌트 보기' }));
    expect(within(screen.getByRole('region', { name: /^도전 과제:/ })).getByRole('listitem')).toHaveTextContent('버킷 속성에서 켜기만 하면 S3가 버킷의 모든 이벤트를 EventBridge로 보냅니다.');
    await userEvent.click(screen.getByRole('button', { name: '채점' }));
    // Four connections and four properties of the goal are missing on the starting canvas.
    expect(screen.getAllByText('아직입니다: 고칠 문제가 8개 있습니다.').length).toBeGreaterThan(0);
  });

  it('falls back to English with a visible note for a challenge that has no Korean', async () => {
    const { ko: _ko, ...english } = challenge;
    await renderWith(new SandboxEditor({ challengeId: challenge.id }), <Editor challenge={<ChallengePanel challenge={english} />} />);
    expect(screen.getByRole('note')).toHaveTextContent('이 도전 과제는 아직 번역되지 않아 영어로 표시합니다.');
    expect(screen.getByRole('heading', { name: '도전 과제: An upload to S3 runs a Fargate task' })).toBeInTheDocument();
    expect(screen.getByText(/When a user uploads a photo/)).toHaveAttribute('lang', 'en');
  });
});
