import { useId, useState } from 'react';
import { EXAM_DOMAIN_IDS, TRACKS } from '@/content/taxonomy';
import { DEFAULT_NEW_PER_DAY, readSetting, SETTING, writeSetting } from '@/db/practice';
import { useLiveQuery } from '@/db/useLiveQuery';
import { useT } from '@/ui/i18n';
import { Link } from '@/ui/router';
import { coreIndex, type CustomDeck } from './bank';
import { DeckImport } from './DeckImport';
import { ExamHistory } from './ExamHistory';
import { useExamMessages } from './examMessages';
import { useHubMessages } from './hubMessages';
import { useMessages } from './messages';
import { emptyToday, loadToday, missedQueue } from './queue';

const lessonsInBank = [...new Set(coreIndex.map((q) => q.lesson))].sort();

function TopicPicker() {
  const m = useHubMessages();
  const t = useT();
  const id = useId();
  const [track, setTrack] = useState('');
  const [domain, setDomain] = useState('');
  const [lesson, setLesson] = useState('');
  const count = coreIndex.filter((q) => (!track || q.track === track) && (!domain || (q.domains as string[]).includes(domain)) && (!lesson || q.lesson === lesson)).length;
  const query = new URLSearchParams({ mode: 'topic', ...(track && { track }), ...(domain && { domain }), ...(lesson && { lesson }) });
  return (
    <div className="topic-picker">
      <label htmlFor={`${id}-track`}>{m('topicTrack')}</label>
      <select id={`${id}-track`} value={track} onChange={(e) => setTrack(e.target.value)}>
        <option value="">{m('topicAny')}</option>
        {TRACKS.map((tr) => (
          <option key={tr} value={tr}>
            {t(`track.${tr}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-domain`}>{m('topicDomain')}</label>
      <select id={`${id}-domain`} value={domain} onChange={(e) => setDomain(e.target.value)}>
        <option value="">{m('topicAny')}</option>
        {EXAM_DOMAIN_IDS.map((d) => (
          <option key={d} value={d}>
            {t(`domain.${d}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-lesson`}>{m('topicLesson')}</label>
      <select id={`${id}-lesson`} value={lesson} onChange={(e) => setLesson(e.target.value)}>
        <option value="">{m('topicAny')}</option>
        {lessonsInBank.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </select>
      <p className="muted" aria-live="polite">
        {m('topicCount', { count })}
      </p>
      {count > 0 && (
        <Link className="button primary" to={`/practice?${query.toString()}`}>
          {m('topicStart')}
        </Link>
      )}
    </div>
  );
}

function DailyLimit() {
  const m = useHubMessages();
  const id = useId();
  const stored = useLiveQuery(() => readSetting(SETTING.newPerDay, DEFAULT_NEW_PER_DAY), [], () => DEFAULT_NEW_PER_DAY);
  const [saved, setSaved] = useState(false);
  // Drawn at once (disabled until the stored value is read), so the cards below never move.
  return (
    <p className="inline-field">
      <label htmlFor={id}>{m('newPerDay')}</label>{' '}
      <input
        id={id}
        type="number"
        min={0}
        max={500}
        key={stored === undefined ? 'reading' : 'read'}
        disabled={stored === undefined}
        defaultValue={stored ?? ''}
        onChange={(e) => {
          const n = Math.min(500, Math.max(0, Math.round(Number(e.target.value))));
          if (Number.isFinite(n)) void writeSetting(SETTING.newPerDay, n).then(() => setSaved(true));
        }}
      />{' '}
      <span role="status" className="muted small">
        {saved ? m('saved') : ''}
      </span>
    </p>
  );
}

/** The practice hub: today's counts, practice by topic, missed questions, the mock exam and its history. */
export default function Hub({ decks }: { decks: CustomDeck[] | undefined }) {
  const m = useHubMessages();
  const pm = useMessages();
  const em = useExamMessages();
  const counts = useLiveQuery(
    async () => {
      if (!decks) return undefined;
      const [today, missed] = await Promise.all([loadToday(decks), missedQueue(decks)]);
      return { due: today.due.length, fresh: today.fresh.length, missed: missed.length };
    },
    [decks],
    // Nothing stored yet: nothing due or missed, and the first new questions of the curriculum.
    () => (decks ? { due: 0, fresh: emptyToday(decks).fresh.length, missed: 0 } : undefined),
  );
  return (
    <>
      <p className="lead">{m('intro')}</p>
      <div className="cards">
        <section className="card" aria-labelledby="p-daily">
          <h2 id="p-daily">{pm('dailyTitle')}</h2>
          <p>{counts ? m('dailyBody', { due: counts.due, fresh: counts.fresh }) : pm('loading')}</p>
          <Link className="button primary" to="/practice?mode=daily">
            {m('dailyStart')}
          </Link>
          <h3>{m('settingsTitle')}</h3>
          <DailyLimit />
        </section>
        <section className="card" aria-labelledby="p-topic">
          <h2 id="p-topic">{pm('topicTitle')}</h2>
          <p className="muted">{m('topicBody')}</p>
          <TopicPicker />
          <h3>{m('generatedTitle')}</h3>
          <p className="muted">{m('generatedBody')}</p>
          <Link className="button secondary" to="/practice?mode=topic&generated=1">
            {m('generatedStart')}
          </Link>
        </section>
        <section className="card" aria-labelledby="p-missed">
          <h2 id="p-missed">{pm('missedTitle')}</h2>
          <p>{m('missedBody', { count: counts?.missed ?? 0 })}</p>
          {(counts?.missed ?? 0) > 0 && (
            <Link className="button secondary" to="/practice?mode=missed">
              {m('missedStart')}
            </Link>
          )}
        </section>
        <section className="card" aria-labelledby="p-exam">
          <h2 id="p-exam">{pm('examTitle')}</h2>
          <p className="muted">{em('examBody')}</p>
          <p className="small scope-note">{em('examScope')}</p>
          <Link className="button primary" to="/practice?mode=exam">
            {em('examStart')}
          </Link>
          <ExamHistory limit={3} headingLevel={3} />
        </section>
      </div>
      <DeckImport decks={decks ?? []} />
    </>
  );
}
