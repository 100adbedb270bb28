import { Link } from '@/ui/router';
import { lessonPath, lessonsOfTrack } from '@/content/lessons';
import { TRACKS } from '@/content/taxonomy';
import { useLessonProgressMap } from '@/db/lessonProgress';
import { useT } from '@/ui/i18n';
import { Loading } from '@/ui/Page';
import { NotBuilt } from '@/ui/NotBuilt';

export function ProgressPage() {
  const t = useT();
  const progress = useLessonProgressMap();
  return (
    <NotBuilt title={t('nav.progress')} body={t('notBuilt.progress')}>
      {!progress ? (
        <Loading label={t('home.loading')} />
      ) : (
        <table className="progress-table">
          <caption className="visually-hidden">{t('nav.progress')}</caption>
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
              const done = list.filter((l) => progress.get(l.id)?.status === 'completed');
              return (
                <tr key={track}>
                  <th scope="row">
                    <Link to={lessonPath(list[0]!)}>{t(`track.${track}`)}</Link>
                  </th>
                  <td>{t('learn.trackProgress', { done: done.length, total: list.length })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </NotBuilt>
  );
}

export { ProgressPage as Component };
