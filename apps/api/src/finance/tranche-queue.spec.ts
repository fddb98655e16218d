import { Role } from '@csf/domain';
import type { AuthUser } from '../auth/auth-user';
import { queueAction } from './tranche-queue.service';

const user = (id: string, ...roles: Role[]) => ({ id, roles }) as unknown as AuthUser;
const row = (status: string, extra: Partial<Parameters<typeof queueAction>[1]> = {}) =>
  ({
    status,
    grant_status: 'active',
    requested_by: null,
    pay_gateway: null,
    pay_status: null,
    pay_stuck_since: null,
    ...extra,
  }) as Parameters<typeof queueAction>[1];

describe('finance queue: what the caller may do', () => {
  const maker = user('maker', Role.FINANCE_OFFICER);
  const checker = user('checker', Role.FINANCE_APPROVER);

  it('gives the maker requests, manual confirmations and retries, on active grants only', () => {
    expect(queueAction(maker, row('eligible'))).toBe('request');
    expect(queueAction(maker, row('eligible', { grant_status: 'suspended' }))).toBeNull();
    expect(queueAction(maker, row('release_requested', { requested_by: 'maker' }))).toBeNull();
    expect(queueAction(maker, row('disbursing', { pay_gateway: 'manual', pay_status: 'ordered' }))).toBe(
      'confirm_payment',
    );
    expect(queueAction(maker, row('disbursing', { pay_gateway: 'http', pay_status: 'submitted' }))).toBeNull();
    expect(queueAction(maker, row('failed'))).toBe('retry');
  });

  it('gives the checker approvals and stuck payments, never on a release they requested', () => {
    expect(queueAction(checker, row('eligible'))).toBeNull();
    expect(queueAction(checker, row('release_requested', { requested_by: 'maker' }))).toBe('approve');
    expect(queueAction(checker, row('release_requested', { requested_by: 'checker' }))).toBeNull();
    expect(queueAction(checker, row('disbursing', { requested_by: 'maker', pay_stuck_since: new Date() }))).toBe(
      'resolve',
    );
    expect(
      queueAction(checker, row('disbursing', { requested_by: 'checker', pay_stuck_since: new Date() })),
    ).toBeNull();
    expect(queueAction(checker, row('disbursing', { requested_by: 'maker' }))).toBeNull();
  });

  it('gives readers who are not finance nothing to do', () => {
    for (const status of ['eligible', 'release_requested', 'failed'])
      expect(queueAction(user('pm', Role.PROGRAM_MANAGER), row(status))).toBeNull();
  });
});
