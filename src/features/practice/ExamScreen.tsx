import { useEffect, useId, useState } from 'react';
import { EXAM_DOMAINS, type ExamDomain } from '@/content/taxonomy';
import { createExam, currentExam, examHistory, type StoredExam } from '@/db/exams';
import { readSetting, SETTING, writeSetting } from '@/db/practice';
import { useLiveQuery } from '@/db/useLiveQuery';
import { drawExam, type ExamCode, type ExamSpec } from '@/engine/exam';
import { createRng } from '@/engine/srs';
import { Loading } from '@/ui/Page';
import { coreIndex } from './bank';
import { ExamResults } from './ExamResults';
import { ExamRunner } from './ExamRunner';
import { useMessages } from './messages';

export const EXAM_MINUTES = 130;
export const EXAM_QUESTIONS = 65;

export function examSpec(code: ExamCode): ExamSpec {
  const domains = Object.fromEntries(
    (Object.entries(EXAM_DOMAINS) as [ExamDomain, { exam: string; weight: number }][]).filter(([, d]) => d.exam === code).map(([id, d]) => [id, d.weight]),
  );
  return { code, questionCount: EXAM_QUESTIONS, durationMinutes: EXAM_MINUTES, domains };
}

/** Draws and stores a new exam; the deadline is stored so the time left survives a reload. */
export async function startExam(code: ExamCode, now: number): Promise<StoredExam> {
  const spec = examSpec(code);
  const id = `exam-${now.toString(36)}`;
  const items = drawExam(spec, coreIndex, createRng(id));
  const durationMs = spec.durationMinutes * 60_000;
  const exam: StoredExam = { id, exam: code, status: 'in-progress', startedAt: now, deadline: now + durationMs, durationMs, items, answers: {}, flagged: [], current: 0 };
  await createExam(exam);
  return exam;
}

export function ExamScreen() {
  const m = useMessages();
  const id = useId();
  const running = useLiveQuery(async () => (await currentExam()) ?? null, []);
  const [code, setCode] = useState<ExamCode>('DVA-C02');
  const [finished, setFinished] = useState<string>();
  const last = useLiveQuery(async () => (finished ? ((await examHistory()).find((e) => e.id === finished) ?? null) : null), [finished]);
  useEffect(() => {
    void readSetting<ExamCode>(SETTING.examCode, 'DVA-C02').then((c) => setCode(c === 'SAA-C03' ? 'SAA-C03' : 'DVA-C02'));
  }, []);
  if (running === undefined) return <Loading label={m('loading')} />;
  if (finished) return last ? <ExamResults exam={last} /> : <Loading label={m('loading')} />;
  // An exam in progress resumes at once, with the time left computed from its stored deadline.
  if (running) return <ExamRunner key={running.id} exam={running} onSubmitted={setFinished} />;
  return (
    <div className="exam-start">
      <p>{m('examBody')}</p>
      <fieldset className="exam-choice">
        <legend>{m('examWhich')}</legend>
        {(['DVA-C02', 'SAA-C03'] as const).map((c) => (
          <label key={c} className="inline-field">
            <input type="radio" name={`${id}-exam`} value={c} checked={code === c} onChange={() => setCode(c)} /> {c}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button primary"
        onClick={() =>
          void (async () => {
            await writeSetting(SETTING.examCode, code);
            await startExam(code, Date.now());
          })()
        }
      >
        {m('examStart')} ({code})
      </button>
    </div>
  );
}
