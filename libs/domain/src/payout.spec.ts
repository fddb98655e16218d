import { maskAccount, paymentOrderReference, seesPayeeInFull } from './payout';
import { Role } from './roles';

describe('payout rules', () => {
  it('masks to the last 3 digits behind a fixed-width mask', () => {
    expect(maskAccount('+224620000567')).toBe('***567');
    expect(maskAccount('GN01 2345-678')).toBe('***678');
  });

  it('gives the same short reference for the same grant, tranche and attempt', () => {
    const id = '1a2b3c4d-0000-4000-8000-000000000000';
    expect(paymentOrderReference(id, 2, 1)).toBe('CSF-1A2B3C4D-T2-A1');
    expect(paymentOrderReference(id, 2, 2)).not.toBe(paymentOrderReference(id, 2, 1));
  });

  it('shows the payee in full to finance roles only', () => {
    expect(seesPayeeInFull([Role.FINANCE_OFFICER])).toBe(true);
    expect(seesPayeeInFull([Role.FINANCE_APPROVER])).toBe(true);
    for (const role of [
      Role.PROGRAM_MANAGER,
      Role.APPLICANT,
      Role.AUDITOR,
      Role.ADMIN,
      Role.COMMITTEE_CHAIR,
      Role.REVIEWER,
    ]) {
      expect(seesPayeeInFull([role])).toBe(false);
    }
  });
});
