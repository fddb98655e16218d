import { FakePaymentProvider, type Fault } from '../../../../test/support/payment-provider';
import { HttpGateway, type TransferRequest } from './payment-gateway';

/** What each answer of a real HTTP provider means: only a transfer said `failed` (with a reason) is a failure. */
describe(HttpGateway.name, () => {
  const provider = new FakePaymentProvider();
  let sut: HttpGateway;
  let n = 0;
  const request = (): TransferRequest => ({
    idempotencyKey: `key-${++n}`,
    amount: 16_000_000,
    currency: 'GNF',
    payout: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620000000' },
    description: 'tranche',
  });
  const expected = { amount: 16_000_000, currency: 'GNF' };

  beforeAll(async () => {
    // The timeout only has to cut the `timeout` fault's unanswered request; 1 s leaves a loaded machine room to answer
    // the others (200 ms did not, with other suites running beside this one).
    sut = new HttpGateway(await provider.start(), 'token', 1000);
    provider.slowMs = 20;
  });
  afterAll(() => provider.stop());

  it.each<[Fault, string]>([
    ['in_progress', '409'],
    ['not_found', '404'],
    ['unauthorized', '401'],
    ['forbidden', '403'],
    ['unavailable', '503'],
    ['error_after_commit', '500'],
    ['timeout', 'timed out'],
    ['drop', 'unreachable'],
    ['unknown_status', 'processing_v2'],
    ['wrong_amount', 'not 16000000 GNF'],
  ])('leaves the outcome unknown when the creation is answered with %s', async (fault, said) => {
    const r = request();
    provider.script(r.idempotencyKey, [fault]);
    provider.fate(r.idempotencyKey, { outcome: 'fail', atPoll: 0 });
    const state = await sut.submit(r);
    expect(state).toEqual({ status: 'unknown', answer: expect.stringContaining(said) });
  });

  it.each<[Fault, string]>([
    ['not_found', '404'],
    ['in_progress', '409'],
    ['unauthorized', '401'],
    ['unknown_status', 'processing_v2'],
    ['wrong_amount', 'not 16000000 GNF'],
  ])('leaves the outcome unknown when the status check is answered with %s', async (fault, said) => {
    const r = request();
    provider.fate(r.idempotencyKey, { outcome: 'succeed', atPoll: 1 });
    const created = await sut.submit(r);
    expect(created).toEqual({ status: 'pending', reference: expect.any(String) });
    provider.script(r.idempotencyKey, [fault]);
    const reference = (created as { reference: string }).reference;
    expect(await sut.status(r.idempotencyKey, reference, expected)).toEqual({
      status: 'unknown',
      answer: expect.stringContaining(said),
    });
    // The same key then gets the real answer.
    expect(await sut.status(r.idempotencyKey, reference, expected)).toMatchObject({
      status: 'paid',
      reference,
      amount: 16_000_000,
    });
  });

  it("reports a failure only with the provider's reason, and a payment only with the tranche's amount", async () => {
    const failing = request();
    provider.fate(failing.idempotencyKey, { outcome: 'fail', atPoll: 0 });
    expect(await sut.submit(failing)).toEqual({
      status: 'failed',
      reason: 'insufficient provider float',
      reference: expect.any(String),
    });
    const paying = request();
    provider.fate(paying.idempotencyKey, { outcome: 'succeed', atPoll: 0 });
    provider.script(paying.idempotencyKey, ['slow', 'duplicate']);
    const first = await sut.submit(paying);
    expect(first).toMatchObject({ status: 'paid', amount: 16_000_000 });
    // Delivered twice, answered twice: still one transfer for the key.
    expect(await sut.submit(paying)).toEqual(
      first.status === 'paid' ? expect.objectContaining({ reference: first.reference }) : first,
    );
    expect(provider.ledger(paying.idempotencyKey)).toHaveLength(1);
  });
});
