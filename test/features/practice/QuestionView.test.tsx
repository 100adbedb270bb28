import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { readBank } from '@/content/bankFiles';
import { readReferenceTitles } from '@/content/referenceFiles';
import { QuestionView } from '@/features/practice/QuestionView';
import { preferencesStore } from '@/ui/preferences';

const question = readBank().questions.find((q) => q.id === 'ecs-launch-type-no-servers')!;

beforeEach(() => {
  preferencesStore.setState({ language: 'ko', theme: 'light' });
});

describe('a question in the Korean interface', () => {
  it('shows a visible note, and marks the text as English, when the question has no Korean translation', () => {
    render(<QuestionView question={question} options={question.options} translated={false} selected={[]} onSelect={() => {}} />);
    expect(screen.getByRole('note')).toHaveTextContent('아직 번역되지 않았습니다. 영어로 표시합니다.');
    expect(screen.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en');
  });

  it('shows no note for a translated question', () => {
    render(<QuestionView question={question} options={question.options} translated selected={[]} onSelect={() => {}} />);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).not.toHaveAttribute('lang');
  });
});

describe('references under an answered question', () => {
  const placement = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html';
  const untitled = 'https://example.com/team-notes/placement/';
  const cited = { ...question, references: [placement, untitled] };
  // The titles arrive with the question's text (each question chunk carries those its questions cite).
  const titles = readReferenceTitles().titles;
  const show = (feedback?: { correct: boolean }) =>
    render(<QuestionView question={cited} titles={titles} options={cited.options} translated selected={[cited.answer[0]!]} onSelect={() => {}} feedback={feedback} />);

  it('shows each page by its title, as a link to the page that opens in a new tab', () => {
    preferencesStore.setState({ language: 'en', theme: 'light' });
    show({ correct: true });
    const list = screen.getByRole('list', { name: 'Read more' });
    const link = within(list).getByRole('link', { name: 'Amazon ECS Developer Guide: Use strategies to define Amazon ECS task placement (opens in a new tab)' });
    expect(link).toHaveAttribute('href', placement);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(screen.queryByText('task-placement-strategies.html')).not.toBeInTheDocument();
  });

  it('falls back to the host and path for a page without a title', () => {
    preferencesStore.setState({ language: 'en', theme: 'light' });
    show({ correct: false });
    expect(screen.getByRole('link', { name: 'example.com/team-notes/placement (opens in a new tab)' })).toHaveAttribute('href', untitled);
  });

  it('keeps the English title marked as English in the Korean interface', () => {
    show({ correct: true });
    const link = screen.getByRole('link', { name: /^Amazon ECS Developer Guide: Use strategies to define Amazon ECS task placement \(새 탭에서 열림\)$/ });
    expect(within(link).getByText('Amazon ECS Developer Guide: Use strategies to define Amazon ECS task placement')).toHaveAttribute('lang', 'en');
  });

  it('shows no references before the question is answered', () => {
    show();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
