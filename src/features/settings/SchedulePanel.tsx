import { useId, useState } from 'react';
import { TRACKS } from '@/content/taxonomy';
import { readSetting, SETTING, writeSetting } from '@/db/practice';
import { useLiveQuery } from '@/db/useLiveQuery';
import { FOCUS_EXAMS, parseFocus, type FocusExam, type StudyFocus } from '@/engine/srs';
import { useLocale, useT } from '@/ui/i18n';
import { useMessages } from './messages';
import { OptimizerPanel } from './OptimizerPanel';
import { RetentionField } from './RetentionField';
import { freshToday } from './useScheduleData';
import './settings.css';

/** The Schedule section of Settings: exam date, desired retention with its workload, focus, personal parameters. */
export function SchedulePanel() {
  const m = useMessages();
  return (
    <section aria-labelledby="schedule-title" className="settings-group schedule">
      <h2 id="schedule-title">{m('title')}</h2>
      <p>{m('intro')}</p>
      <ExamDateField />
      <RetentionField />
      <FocusField />
      <OptimizerPanel />
    </section>
  );
}

function ExamDateField() {
  const m = useMessages();
  const locale = useLocale();
  const id = useId();
  const stored = useLiveQuery(() => readSetting<string>(SETTING.examDate, ''), []);
  const [status, setStatus] = useState('');
  if (stored === undefined) return null;
  const save = async (date: string) => {
    await writeSetting(SETTING.examDate, date);
    if (!date) return setStatus(m('examDateCleared'));
    const [y, mo, d] = date.split('-').map(Number);
    const shown = new Date(y!, mo! - 1, d!).toLocaleDateString(locale, { dateStyle: 'long' });
    setStatus(new Date(y!, mo! - 1, d!).getTime() <= Date.now() ? m('examDatePast') : m('examDateSaved', { date: shown }));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{m('examDate')}</label>
      <p className="muted small" id={`${id}-help`}>
        {m('examDateHelp')}
      </p>
      <div className="field-row">
        <input id={id} type="date" value={stored} aria-describedby={`${id}-help`} onChange={(e) => void save(e.target.value)} />
        {stored && (
          <button type="button" className="button secondary" onClick={() => void save('')}>
            {m('examDateClear')}
          </button>
        )}
      </div>
      <p role="status" className="muted small">
        {status}
      </p>
    </div>
  );
}

function FocusField() {
  const m = useMessages();
  const t = useT();
  const id = useId();
  const stored = useLiveQuery(async () => parseFocus(await readSetting<unknown>(SETTING.focus, null)), []);
  const [draft, setDraft] = useState<{ kind: StudyFocus['kind']; tracks: string[]; exam: FocusExam }>();
  const [status, setStatus] = useState('');
  if (stored === undefined) return null;
  const shown = draft ?? {
    kind: stored.kind,
    tracks: stored.kind === 'tracks' ? [...stored.tracks] : [],
    exam: stored.kind === 'exam' ? stored.exam : ('DVA-C02' as FocusExam),
  };
  const save = async (next: typeof shown) => {
    setDraft(next);
    const focus: StudyFocus | null =
      next.kind === 'all' ? { kind: 'all' } : next.kind === 'exam' ? { kind: 'exam', exam: next.exam } : next.tracks.length ? { kind: 'tracks', tracks: next.tracks } : null;
    await writeSetting(SETTING.focus, focus ?? { kind: 'all' });
    setStatus(focus ? m('focusSaved', { fresh: await freshToday() }) : m('focusNoTrack'));
  };
  return (
    <fieldset className="field focus">
      <legend>{m('focus')}</legend>
      <p className="muted small">{m('focusHelp')}</p>
      {(['all', 'tracks', 'exam'] as const).map((kind) => (
        <label key={kind} className="choice">
          <input type="radio" name={`${id}-kind`} value={kind} checked={shown.kind === kind} onChange={() => void save({ ...shown, kind })} />{' '}
          {m(kind === 'all' ? 'focusAll' : kind === 'tracks' ? 'focusTracks' : 'focusExam')}
        </label>
      ))}
      {shown.kind === 'tracks' && (
        <fieldset className="sub-choices">
          <legend className="visually-hidden">{m('focusTracksLegend')}</legend>
          {TRACKS.map((tr) => (
            <label key={tr} className="choice">
              <input
                type="checkbox"
                checked={shown.tracks.includes(tr)}
                onChange={(e) => void save({ ...shown, tracks: e.target.checked ? TRACKS.filter((x) => x === tr || shown.tracks.includes(x)) : shown.tracks.filter((x) => x !== tr) })}
              />{' '}
              {t(`track.${tr}`)}
            </label>
          ))}
        </fieldset>
      )}
      {shown.kind === 'exam' && (
        <fieldset className="sub-choices">
          <legend className="visually-hidden">{m('focusExamLegend')}</legend>
          {(Object.keys(FOCUS_EXAMS) as FocusExam[]).map((exam) => (
            <label key={exam} className="choice">
              <input type="radio" name={`${id}-exam`} value={exam} checked={shown.exam === exam} onChange={() => void save({ ...shown, exam })} /> {m(`exam.${exam}`)}
            </label>
          ))}
        </fieldset>
      )}
      <p role="status" className="muted small">
        {status}
      </p>
    </fieldset>
  );
}
