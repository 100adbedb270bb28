import { useId } from 'react';
import { index as questions } from 'virtual:question-bank';
import { lessonPath, lessons, lessonsOfTrack } from '@/content/lessons';
import { EXAM_DOMAINS, TRACKS, type ExamDomain } from '@/content/taxonomy';
import { db } from '@/db/db';
import { examHistory } from '@/db/exams';
import { useLessonProgressMap } from '@/db/lessonProgress';
import { readSetting, SETTING, writeSetting, type StoredCard, type StoredReview } from '@/db/practice';
import { useLiveQuery } from '@/db/useLiveQuery';
import { accuracyBy, dueForecast, readiness, reviewHeatmap, trueRetention } from '@/engine/srs';
import { useLocale, useT } from '@/ui/i18n';
import { Loading, PageTitle } from '@/ui/Page';
import { ExamAttempts } from '@/ui/ExamAttempts';
import { Link } from '@/ui/router';
import { Bars, Heatmap, Meter } from './charts';
import { useMessages } from './messages';
import './progress.css';

const byId = new Map(questions.map((q) => [q.id, q]));
const pct = (x: number) => `${Math.round(x * 100)} %`;

function AccuracyTable({ caption, rows }: { caption: string; rows: { key: string; label: string; right: number; total: number }[] }) {
  const m = useMessages();
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m('group')}</th>
          <th scope="col">{m('right')}</th>
          <th scope="col">{m('share')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>
              {r.right} / {r.total}
            </td>
            <td>
              <span className="share">
                <Meter value={r.total ? r.right / r.total : 0} /> {r.total ? pct(r.right / r.total) : '—'}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ExamTarget({ cards, now }: { cards: Map<string, StoredCard>; now: number }) {
  const m = useMessages();
  const t = useT();
  const id = useId();
  const target = useLiveQuery(
    async () => ({ date: await readSetting<string>(SETTING.examDate, ''), exam: await readSetting<string>(SETTING.examCode, 'DVA-C02') }),
    [],
    () => ({ date: '', exam: 'DVA-C02' }),
  );
  if (!target) return null;
  const code = target.exam === 'SAA-C03' ? 'SAA-C03' : 'DVA-C02';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(target.date) ? Date.parse(`${target.date}T09:00:00`) : NaN;
  const domains = (Object.entries(EXAM_DOMAINS) as [ExamDomain, { exam: string; weight: number }][])
    .filter(([, d]) => d.exam === code)
    .map(([d, info]) => ({ id: d, weight: info.weight, questionIds: questions.filter((q) => (q.domains as string[]).includes(d)).map((q) => q.id) }));
  const r = Number.isFinite(day) ? readiness(domains, (qid) => cards.get(qid), day) : undefined;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{m('target')}</h2>
      <div className="target-fields">
        <label htmlFor={`${id}-exam`}>{m('targetExam')}</label>
        <select id={`${id}-exam`} value={code} onChange={(e) => void writeSetting(SETTING.examCode, e.target.value)}>
          <option value="DVA-C02">DVA-C02</option>
          <option value="SAA-C03">SAA-C03</option>
        </select>
        <label htmlFor={`${id}-date`}>{m('targetDate')}</label>
        <input id={`${id}-date`} type="date" value={target.date} onChange={(e) => void writeSetting(SETTING.examDate, e.target.value)} />
      </div>
      {r ? (
        <>
          <p className="readiness">
            <strong>{m('readiness', { date: target.date, pct: pct(r.overall) })}</strong>{' '}
            {day > now && m('daysLeft', { n: Math.ceil((day - now) / 86_400_000) })}
          </p>
          <ul className="plain">
            {r.byDomain.map((d) => (
              <li key={d.id}>
                <Meter value={d.recall} /> {t(`domain.${d.id as ExamDomain}`)}: {pct(d.recall)}
              </li>
            ))}
          </ul>
          <p className="muted small">{m('readinessHelp')}</p>
        </>
      ) : (
        <p className="muted">{m('noDate')}</p>
      )}
      <p className="notice small">{m('readinessScope')}</p>
    </section>
  );
}

export function ProgressPage() {
  const m = useMessages();
  const t = useT();
  const locale = useLocale();
  const progress = useLessonProgressMap();
  const data = useLiveQuery(
    async () => {
      const [reviews, cards, exams] = await Promise.all([db.reviews.toArray(), db.cards.toArray(), examHistory()]);
      return { reviews: reviews as unknown as StoredReview[], cards: cards as unknown as StoredCard[], exams, now: Date.now() };
    },
    [],
    () => ({ reviews: [], cards: [], exams: [], now: Date.now() }),
  );
  if (!data || !progress) {
    return (
      <section className="page">
        <PageTitle>{m('title')}</PageTitle>
        <Loading label={m('loading')} />
      </section>
    );
  }
  const offset = -new Date(data.now).getTimezoneOffset();
  const facts = data.reviews.filter((r) => r.rating !== undefined).map((r) => ({ questionId: r.questionId, reviewedAt: r.reviewedAt, rating: r.rating, state: r.state, correct: Boolean(r.correct) }));
  const heat = reviewHeatmap(facts, data.now, 26 * 7, offset);
  const active = heat.filter((d) => d.count > 0);
  const retention = trueRetention(facts);
  const byDomain = accuracyBy(facts, (id) => (byId.get(id)?.domains as string[] | undefined) ?? []);
  const byTrack = accuracyBy(facts, (id) => { const q = byId.get(id); return q ? [q.track] : []; });
  const forecast = dueForecast(data.cards, data.now, 14, offset);
  const cardMap = new Map(data.cards.map((c) => [c.questionId, c]));
  return (
    <section className="page progress">
      <PageTitle>{m('title')}</PageTitle>
      <div className="progress-grid">
        <section aria-labelledby="pg-heat">
          <h2 id="pg-heat">{m('heatmap')}</h2>
          <Heatmap days={heat} label={m('heatmapSummary', { total: facts.length, days: active.length })} />
          <p>{m('heatmapSummary', { total: facts.length, days: active.length })}</p>
          {active.length > 0 && <DayTable summary={m('heatmapTable')} rows={active} />}
        </section>
        <section aria-labelledby="pg-ret">
          <h2 id="pg-ret">{m('retention')}</h2>
          <p>{retention.rate === null ? m('retentionNone') : m('retentionBody', { rate: pct(retention.rate), total: retention.total })}</p>
        </section>
        <section aria-labelledby="pg-fc">
          <h2 id="pg-fc">{m('forecast')}</h2>
          <Bars data={forecast.map((d) => ({ key: d.day, label: d.day.slice(8), value: d.count }))} label={forecast.map((d) => `${d.day}: ${d.count}`).join(', ')} />
          <DayTable summary={m('forecast')} rows={forecast} />
        </section>
        <ExamTarget cards={cardMap} now={data.now} />
      </div>
      {facts.length ? (
        <div className="progress-grid">
          <AccuracyTable caption={m('accuracyDomain')} rows={(Object.keys(EXAM_DOMAINS) as ExamDomain[]).map((d) => ({ key: d, label: t(`domain.${d}`), ...(byDomain.get(d) ?? { right: 0, total: 0 }) }))} />
          <AccuracyTable caption={m('accuracyTrack')} rows={TRACKS.map((tr) => ({ key: tr, label: t(`track.${tr}`), ...(byTrack.get(tr) ?? { right: 0, total: 0 }) }))} />
        </div>
      ) : (
        <p className="muted">{m('none')}</p>
      )}
      <section aria-labelledby="pg-exams">
        <h2 id="pg-exams">{m('exams')}</h2>
        {data.exams.length ? (
          <>
            <p className="muted small">{m('examsScope')}</p>
            <ExamAttempts
              rows={data.exams}
              locale={locale}
              labels={{
                date: m('examDate'),
                exam: m('targetExam'),
                score: m('examScore'),
                result: m('examResult'),
                open: m('examOpen'),
                pass: m('pass'),
                fail: m('fail'),
                openLabel: (exam, date) => m('examOpenLabel', { exam, date }),
              }}
            />
          </>
        ) : (
          <p className="muted">{m('examsNone')}</p>
        )}
      </section>
      <section aria-labelledby="pg-lessons">
        <h2 id="pg-lessons">{m('lessons')}</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('nav.learn')}</th>
              <th scope="col">{t('learn.completed')}</th>
            </tr>
          </thead>
          <tbody>
            {TRACKS.map((track) => {
              const list = lessonsOfTrack(track);
              if (!list.length) return null;
              const done = list.filter((l) => progress.get(l.id)?.status === 'completed').length;
              return (
                <tr key={track}>
                  <th scope="row">
                    <Link to={lessonPath(list[0]!)}>{t(`track.${track}`)}</Link>
                  </th>
                  <td>
                    <Meter value={done / list.length} /> {m('lessonsDone', { done, total: list.length })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="muted">{m('lessonsDone', { done: lessons.filter((l) => progress.get(l.id)?.status === 'completed').length, total: lessons.length })}</p>
      </section>
    </section>
  );
}

export { ProgressPage as Component };

/** Reviews per day as a table, folded behind a summary: the text alternative of a chart. */
function DayTable({ summary, rows }: { summary: string; rows: { day: string; count: number }[] }) {
  const m = useMessages();
  return (
    <details>
      <summary>{summary}</summary>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{m('day')}</th>
            <th scope="col">{m('reviews')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.day}>
              <td>{d.day}</td>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
