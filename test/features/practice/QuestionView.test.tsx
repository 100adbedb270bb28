import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { readBank } from '@/content/bankFiles';
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
