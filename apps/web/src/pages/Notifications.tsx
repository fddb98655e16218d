import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import { LoadError, Loading } from '../components/status';
import { formatDate } from '../format';

/** The person's messages (reminders, outcomes), newest first, as they were sent by SMS or e-mail. */
export default function Notifications() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const pages = useInfiniteQuery({
    queryKey: ['notifications'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/notifications', {
          params: { query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <h1>{t('messages.title')}</h1>
      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <LoadError error={pages.error} retry={() => void pages.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty">{t('messages.empty')}</p>
      ) : (
        <>
          <ul className="cards" aria-label={t('messages.count', { count: items.length })}>
            {items.map((n) => (
              <li key={n.id} className="card" data-kind={n.kind}>
                <h2>
                  {n.entityType === 'proposal' && n.entityId ? (
                    <Link to={`/proposals/${n.entityId}/follow`}>{n.subject}</Link>
                  ) : (
                    n.subject
                  )}
                </h2>
                <p className="muted">{t('messages.received', { date: formatDate(n.createdAt, lang) })}</p>
                <p className="message-body">{n.body}</p>
              </li>
            ))}
          </ul>
          {pages.hasNextPage && (
            <button
              type="button"
              className="secondary"
              disabled={pages.isFetchingNextPage}
              onClick={() => void pages.fetchNextPage()}
            >
              {t('messages.more')}
            </button>
          )}
        </>
      )}
    </>
  );
}
