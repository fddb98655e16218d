import { ErrorCode } from './errors';
import { nextPaymentPoll, paymentAmountRefusal, paymentStuck, RELEASE_REQUESTABLE_TRANCHE_STATUSES } from './payments';

describe('payment rules', () => {
  it('asks a silent provider less and less often, never less than every max interval', () => {
    const waits = [2_000];
    while (waits.length < 10) waits.push(nextPaymentPoll(waits.at(-1)!, 300_000));
    expect(waits).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000]);
  });

  it('calls a payment stuck once it has gone without outcome for the alert delay', () => {
    expect(paymentStuck(0, 7_199_999, 7_200_000)).toBe(false);
    expect(paymentStuck(0, 7_200_000, 7_200_000)).toBe(true);
  });

  it('accepts as paid only the tranche amount, to the unit', () => {
    expect(paymentAmountRefusal(16_000_000, 16_000_000)).toBeNull();
    expect(paymentAmountRefusal(15_999_999, 16_000_000)).toEqual({
      code: ErrorCode.PAYMENT_AMOUNT_MISMATCH,
      params: { expected: 16_000_000, recorded: 15_999_999 },
    });
  });

  it('lets a failed tranche be requested again (maker), never approved straight away', () => {
    expect(RELEASE_REQUESTABLE_TRANCHE_STATUSES).toEqual(['eligible', 'failed']);
  });
});
