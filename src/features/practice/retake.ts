import { getExam } from '@/db/exams';
import { isCorrect } from '@/engine/exam';
import { coreIndexById, resolveQuestion } from './bank';

/**
 * The questions of a submitted exam answered wrong or left unanswered, in exam order, among those the
 * bank still holds: stored with the result since it is kept, worked out from the answers for an older one.
 */
export async function retakeQueue(examId: string): Promise<string[]> {
  const exam = await getExam(examId);
  if (exam?.status !== 'submitted') return [];
  if (exam.missed) return exam.missed.filter((id) => coreIndexById.has(id));
  const questions = await Promise.all(exam.items.map((item) => resolveQuestion(item.questionId, 'en', [])));
  return exam.items.filter((item, i) => {
    const q = questions[i]?.question;
    return q !== undefined && !isCorrect(q.answer, exam.answers[item.questionId]);
  }).map((item) => item.questionId);
}
