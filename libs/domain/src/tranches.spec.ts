import { makerCheckerRefusal, TRANCHE_STATUSES, trancheChangeAllowed, trancheChangeRefusal } from './tranches';

describe('tranche changes', () => {
  const from = (change: Parameters<typeof trancheChangeAllowed>[0]) =>
    TRANCHE_STATUSES.filter((s) => trancheChangeAllowed(change, s));

  it('start only in the statuses of the release and payment steps', () => {
    expect(from('requestRelease')).toEqual(['eligible', 'failed']);
    expect(from('requestReleaseBeforeOutcomes')).toEqual(['eligible']);
    expect(from('retry')).toEqual(['failed']);
    expect(from('approveRelease')).toEqual(['release_requested']);
    expect(from('disburse')).toEqual(['release_approved']);
    expect(from('confirmPayment')).toEqual(['disbursing']);
    expect(from('resolvePayment')).toEqual(['disbursing']);
    expect(from('cancel')).toEqual(['pending', 'eligible', 'release_requested', 'release_approved', 'failed']);
  });

  it('refuse the wrong status first, then the maker acting as checker', () => {
    const requested = { number: 2, status: 'release_requested', requestedBy: 'maker' };
    expect(trancheChangeRefusal('approveRelease', { ...requested, status: 'eligible' }, 'maker')).toMatchObject({
      code: 'TRANCHE_NOT_ELIGIBLE',
      params: { status: 'eligible' },
      message: 'tranche 2 is eligible',
    });
    expect(trancheChangeRefusal('approveRelease', requested, 'maker')).toMatchObject({ code: 'MAKER_CHECKER' });
    expect(trancheChangeRefusal('approveRelease', requested, 'checker')).toBeNull();
    expect(trancheChangeRefusal('resolvePayment', { ...requested, status: 'disbursing' }, 'maker')).toMatchObject({
      code: 'MAKER_CHECKER',
    });
    // The maker's own steps are not the checker's.
    expect(trancheChangeRefusal('requestRelease', { ...requested, status: 'failed' }, 'maker')).toBeNull();
    expect(makerCheckerRefusal(null, 'anyone', 'approveRelease')).toBeNull();
  });
});
