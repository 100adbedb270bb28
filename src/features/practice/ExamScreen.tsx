import { useEffect, useId, useState } from 'react';
import { EXAM_DOMAINS, type ExamDomain } from '@/content/taxonomy';
import { createExam, currentExam, EXAM_FEEDS_REVIEWS, getExam, type StoredExam } from '@/db/exams';
import { readSetting, SETTING, writeSetting } from '@/db/practice';
import { useLiveQuery } from '@/db/useLiveQuery';
import { drawExam, type ExamCode, type ExamSpec } from '@/engine/exam';
import { createRng } from '@/engine/srs';
import { Loading } from '@/ui/Page';
import { Link, navigate, useLocation } from '@/ui/router';
import { coreIndex } from './bank';
import { useExamMessages } from './examMessages';
import { attemptPath } from '@/ui/ExamAttempts';
import { ExamHistory } from './ExamHistory';
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
export async function startExam(code: ExamCode, now: number, feedsReviews = true): Promise<StoredExam> {
  const spec = examSpec(code);
  const id = `exam-${now.toString(36)}`;
  const items = drawExam(spec, coreIndex, createRng(id));
  const durationMs = spec.durationMinutes * 60_000;
  const exam: StoredExam = { id, exam: code, status: 'in-progress', startedAt: now, deadline: now + durationMs, durationMs, items, answers: {}, flagged: [], current: 0, feedsReviews };
  await createExam(exam);
  return exam;
}

/** One past attempt, reopened from its address (the history here or on the progress screen). */
function Attempt({ id }: { id: string }) {
  const m = useMessages();
  const em = useExamMessages();
  const exam = useLiveQuery(async () => (await getExam(id)) ?? null, [id]);
  if (exam === undefined) return <Loading label={m('loading')} />;
  if (exam?.status !== 'submitted') {
    return (
      <div className="notice" role="alert">
        <p>{em('attemptMissing')}</p>
        <Link to="/practice?mode=exam">{em('historyAll')}</Link>
      </div>
    );
  }
  return <ExamResults exam={exam} />;
}

function StartExam() {
  const em = useExamMessages();
  const id = useId();
  const [code, setCode] = useState<ExamCode>('DVA-C02');
  const [feeds, setFeeds] = useState(true);
  useEffect(() => {
    void readSetting<ExamCode>(SETTING.examCode, 'DVA-C02').then((c) => setCode(c === 'SAA-C03' ? 'SAA-C03' : 'DVA-C02'));
    void readSetting<boolean>(EXAM_FEEDS_REVIEWS, true).then((f) => setFeeds(f !== false));
  }, []);
  return (
    <div className="exam-start">
      <p>{em('examBody')}</p>
      <p className="notice scope-note">{em('examScope')}</p>
      <fieldset className="exam-choice">
        <legend>{em('examWhich')}</legend>
        {(['DVA-C02', 'SAA-C03'] as const).map((c) => (
          <label key={c} className="inline-field">
            <input type="radio" name={`${id}-exam`} value={c} checked={code === c} onChange={() => setCode(c)} /> {c}
          </label>
        ))}
      </fieldset>
      <p className="check-field">
        <label>
          <input type="checkbox" checked={feeds} aria-describedby={`${id}-feeds`} onChange={(e) => setFeeds(e.target.checked)} /> {em('examFeeds')}
        </label>
        <span className="muted small" id={`${id}-feeds`}>
          {em('examFeedsHelp')}
        </span>
      </p>
      <button
        type="button"
        className="button primary"
        onClick={() =>
          void (async () => {
            await writeSetting(SETTING.examCode, code);
            await writeSetting(EXAM_FEEDS_REVIEWS, feeds);
            await startExam(code, Date.now(), feeds);
          })()
        }
      >
        {em('examStart')} ({code})
      </button>
    </div>
  );
}

/**
 * The mock exam: a past attempt when the address names one, else the exam in progress (resumed with the
 * time left from its stored deadline), else the start screen with the history of attempts.
 */
export function ExamScreen() {
  const m = useMessages();
  const attempt = new URLSearchParams(useLocation().search).get('attempt');
  const running = useLiveQuery(async () => (await currentExam()) ?? null, []);
  if (attempt) return <Attempt id={attempt} />;
  if (running === undefined) return <Loading label={m('loading')} />;
  // Once submitted, the result gets its own address, so a reload or a later visit reopens it.
  if (running) return <ExamRunner key={running.id} exam={running} onSubmitted={(id) => navigate(attemptPath(id), { replace: true })} />;
  return (
    <>
      <StartExam />
      <ExamHistory />
    </>
  );
}
