import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { AppConfig } from '@csf/config';
import { AuthUserCache, CachedUser } from './auth-user-cache';

const user = (name: string): CachedUser =>
  ({
    id: 'u1',
    email: null,
    phone: null,
    displayName: name,
    roles: [],
    organizationId: null,
    language: 'fr',
    active: true,
    tokenVersion: 0,
    totpEnabledAt: null,
  }) as CachedUser;

function cache(size = 10): AuthUserCache {
  const c = new AuthUserCache(
    { AUTH_USER_CACHE_TTL: '5s', AUTH_USER_CACHE_SIZE: size } as AppConfig,
    { subscribers: [] } as unknown as DataSource,
  );
  c.onModuleInit();
  return c;
}

describe('AuthUserCache', () => {
  it('loads once within the TTL', async () => {
    const c = cache();
    const load = jest.fn(async () => user('A'));
    await c.get('u1', load);
    await c.get('u1', load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not keep what a load read when the user changed while it ran', async () => {
    const c = cache();
    let finish!: (u: CachedUser) => void;
    const racing = c.get('u1', () => new Promise<CachedUser>((resolve) => (finish = resolve)));
    c.changed('u1');
    finish(user('old'));
    expect((await racing)?.displayName).toBe('old');
    expect((await c.get('u1', async () => user('new')))?.displayName).toBe('new');
  });

  it('evicts again when the transaction that changed the user commits, not only when it wrote', async () => {
    const c = cache();
    const runner = { isTransactionActive: true } as QueryRunner;
    c.changed('u1', { queryRunner: runner } as EntityManager);
    // Read between the write and the commit: the old row, cached.
    await c.get('u1', async () => user('old'));
    // A savepoint released is not the end of the transaction.
    c.afterTransactionCommit({ queryRunner: runner } as never);
    expect((await c.get('u1', async () => user('new')))?.displayName).toBe('old');
    (runner as { isTransactionActive: boolean }).isTransactionActive = false;
    c.afterTransactionCommit({ queryRunner: runner } as never);
    expect((await c.get('u1', async () => user('new')))?.displayName).toBe('new');
  });

  it('keeps at most AUTH_USER_CACHE_SIZE users, dropping the oldest', async () => {
    const c = cache(2);
    const load = jest.fn(async () => user('A'));
    await c.get('a', load);
    await c.get('b', load);
    await c.get('c', load);
    await c.get('a', load);
    expect(load).toHaveBeenCalledTimes(4);
    await c.get('c', load);
    expect(load).toHaveBeenCalledTimes(4);
  });
});
