import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DecryptionError, Keyring } from '@csf/config';
import { Role } from '@csf/domain';
import { openPayout, rotatePayoutKeys } from '@csf/persistence';
import { PayoutAccountEncryption1764610000000 } from '../../libs/persistence/src/migrations/1764610000000-payout-account-encryption';
import { encryptedDataConverter, EncryptionCodec, grantWorkflowId, proposalWorkflowId } from '@csf/temporal';
import { TestApp } from '../support/app';
import { TEST_PAYOUT_ENCRYPTION_KEYS, testKeyring } from '../support/encryption';
import { eventually } from '../support/eventually';
import { ReviewFlow } from '../support/review-flow';

const MSISDN = '+224620987654';
const DIGITS = '620987654';
const mobileMoney = { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: MSISDN } };
const bank = {
  payoutAccount: {
    method: 'bank_transfer',
    bankName: 'Banque Islamique de Guinée',
    accountNumber: 'GN82 0123 4567 8901',
    accountName: 'Association des femmes de Matoto',
  },
};

/**
 * Every Payload message in a decoded protobuf tree (update arguments, activity inputs and results …) but those
 * the SDK writes itself without the codec: patch markers and search attributes (ids like `grant-lifecycle-v1`).
 */
const WRITTEN_BY_THE_SDK = new Set([
  'markerRecordedEventAttributes',
  'searchAttributes',
  'upsertWorkflowSearchAttributesEventAttributes',
]);
function payloadsIn(node: unknown, found: Payload[] = []): Payload[] {
  if (!node || typeof node !== 'object' || ArrayBuffer.isView(node)) return found;
  const record = node as Record<string, unknown>;
  if (record.metadata && typeof record.metadata === 'object' && ArrayBuffer.isView(record.data)) {
    found.push(record as Payload);
    return found;
  }
  for (const [key, value] of Object.entries(record)) {
    if (WRITTEN_BY_THE_SDK.has(key)) continue;
    if (Array.isArray(value)) value.forEach((v) => payloadsIn(v, found));
    else payloadsIn(value, found);
  }
  return found;
}

describe('payout accounts: encrypted at rest and in Temporal, in full for finance only (e2e)', () => {
  let app: TestApp;
  let flow: ReviewFlow;
  let g: Awaited<ReturnType<ReviewFlow['approvedGrant']>>;
  let pm: string;

  beforeAll(async () => {
    app = await TestApp.start({ PAYMENT_GATEWAY: 'manual' });
    flow = await ReviewFlow.create(app);
    pm = flow.pm;
    g = await flow.approvedGrant();
    const signed = await app.request('POST', `/grants/${g.grantId}/agreement/sign`, {
      token: g.applicant.token,
      body: mobileMoney,
    });
    expect(signed.status).toBe(200);
  });
  afterAll(() => app?.stop());

  it('keeps the number out of the real workflow history, which the codec decodes back', async () => {
    const history = await app.temporal.workflow.getHandle(grantWorkflowId(g.grantId)).fetchHistory();
    const raw = Buffer.from(temporal.api.history.v1.History.encode(history).finish());
    expect(raw.length).toBeGreaterThan(1000);
    expect(raw.includes(DIGITS)).toBe(false);
    expect(raw.includes('binary/encrypted')).toBe(true);

    const payloads = payloadsIn(history);
    expect(payloads.length).toBeGreaterThan(5);
    const encodings = new Set(payloads.map((p) => Buffer.from(p.metadata!.encoding ?? []).toString()));
    expect([...encodings]).toEqual(['binary/encrypted']);
    const decoded = await new EncryptionCodec(testKeyring()).decode(payloads);
    const clear = decoded.map((p) => JSON.stringify(defaultPayloadConverter.fromPayload(p)));
    expect(clear.some((json) => json.includes(MSISDN))).toBe(true);
    // An encrypted history replays against today's workflow code through the same codec.
    const replay = {
      workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! },
      dataConverter: encryptedDataConverter(testKeyring()),
    };
    await Worker.runReplayHistory(replay, history, grantWorkflowId(g.grantId));

    // Names and reasons too: the proposal's title never appears in its workflow's history either.
    const proposalHistory = await app.temporal.workflow.getHandle(proposalWorkflowId(g.proposalId)).fetchHistory();
    const proposalRaw = Buffer.from(temporal.api.history.v1.History.encode(proposalHistory).finish());
    expect(proposalRaw.includes('clairage solaire')).toBe(false);
    // Search attributes are not encrypted: they hold only status, round and region.
    const described = await app.temporal.workflow.getHandle(proposalWorkflowId(g.proposalId)).describe();
    expect(JSON.stringify(described.typedSearchAttributes)).not.toMatch(/clairage|\+224/);
  });

  it('stores the row sealed: no clear number, a masked form and the key id', async () => {
    const [row] = await app.dataSource.query(
      'SELECT to_jsonb(g)::text AS json, payout_ciphertext, payout_key_id, payout_masked, payout_method, payout_provider FROM grants g WHERE id = $1',
      [g.grantId],
    );
    expect(row.json).not.toContain(DIGITS);
    expect(row.payout_ciphertext.includes(DIGITS)).toBe(false);
    expect(row).toMatchObject({
      payout_key_id: 'test-k1',
      payout_masked: '***654',
      payout_method: 'mobile_money',
      payout_provider: 'orange_money',
    });
    expect(openPayout(testKeyring(), g.grantId, row.payout_ciphertext, row.payout_key_id)).toEqual(
      mobileMoney.payoutAccount,
    );
    // Bound to its grant: the same ciphertext on another grant's row does not open.
    expect(() => openPayout(testKeyring(), g.proposalId, row.payout_ciphertext, row.payout_key_id)).toThrow(
      DecryptionError,
    );
  });

  it('shows the account masked on the grant to every role, finance included', async () => {
    const auditor = await app.actor([Role.AUDITOR]);
    for (const token of [g.applicant.token, pm, g.officer.token, auditor.token]) {
      const res = await app.request('GET', `/grants/${g.grantId}`, { token });
      expect(res.status).toBe(200);
      expect(res.body.payout).toEqual({ method: 'mobile_money', provider: 'orange_money', accountMasked: '***654' });
      expect(JSON.stringify(res.body)).not.toContain(DIGITS);
    }
  });

  it('gives finance the payment order with the payee in full; others are refused', async () => {
    const path = `/grants/${g.grantId}/tranches/1/payment-order`;
    const order = await app.request('GET', path, { token: g.officer.token });
    expect(order.status).toBe(200);
    expect(order.body).toMatchObject({
      grantId: g.grantId,
      trancheNumber: 1,
      amount: 16_000_000,
      currency: 'GNF',
      payee: {
        method: 'mobile_money',
        provider: 'orange_money',
        msisdn: MSISDN,
        bankName: null,
        accountNumber: null,
        accountName: null,
      },
      attempt: 1,
      trancheStatus: 'eligible',
      payment: null,
    });
    expect(order.body.organizationName).toEqual(expect.any(String));
    expect(order.body.reference).toMatch(/^CSF-[0-9A-F]{8}-T1-A1$/);
    expect((await app.request('GET', path, { token: g.approver.token })).body.payee.msisdn).toBe(MSISDN);

    const auditor = await app.actor([Role.AUDITOR]);
    const admin = await app.actor([Role.ADMIN]);
    for (const token of [g.applicant.token, pm, auditor.token, admin.token]) {
      const refused = await app.request('GET', path, { token });
      expect(refused.status).toBe(403);
      expect(JSON.stringify(refused.body)).not.toContain(DIGITS);
    }
    expect(
      (await app.request('GET', `/grants/${g.grantId}/tranches/9/payment-order`, { token: g.officer.token })).status,
    ).toBe(404);
    const unsigned = await flow.approvedGrant();
    const notYet = await app.request('GET', `/grants/${unsigned.grantId}/tranches/1/payment-order`, {
      token: g.officer.token,
    });
    expect([notYet.status, notYet.body.code]).toEqual([409, 'INVALID_STATE']);

    // Once released the order follows the live payment, with the same reference.
    await app.request('POST', `/grants/${g.grantId}/tranches/1/request-release`, { token: g.officer.token, body: {} });
    expect(
      (
        await app.request('POST', `/grants/${g.grantId}/tranches/1/approve-release`, {
          token: g.approver.token,
          body: {},
        })
      ).status,
    ).toBe(200);
    const ordered = await eventually(async () => {
      const res = await app.request('GET', path, { token: g.officer.token });
      return res.body.payment ? res : undefined;
    });
    expect(ordered.body).toMatchObject({
      trancheStatus: 'disbursing',
      attempt: 1,
      reference: order.body.reference,
      payment: { status: 'ordered', gateway: 'manual' },
    });
  });

  it('puts the payee in disbursements.csv: in full for finance, masked for programme managers', async () => {
    const line = async (token: string) => {
      const csv = await app.request('GET', '/exports/disbursements.csv', { token });
      expect(csv.status).toBe(200);
      const [header, ...rows] = (csv.body as string).trim().split('\n');
      return { header: header.split(','), row: rows.find((l) => l.startsWith(g.grantId))! };
    };
    const finance = await line(g.officer.token);
    expect(finance.header).toEqual(
      expect.arrayContaining(['order_reference', 'payee_method', 'payee_provider', 'payee_account', 'payee_name']),
    );
    expect(finance.row).toContain(MSISDN);
    expect(finance.row).toMatch(/CSF-[0-9A-F]{8}-T1-A1/);
    const manager = await line(pm);
    expect(manager.row).toContain('***654');
    expect(manager.row).not.toContain(DIGITS);
  });

  it('shows a bank account the same way: masked on the grant, in full with its name on the order', async () => {
    const b = await flow.approvedGrant();
    expect(
      (await app.request('POST', `/grants/${b.grantId}/agreement/sign`, { token: b.applicant.token, body: bank }))
        .status,
    ).toBe(200);
    expect((await app.request('GET', `/grants/${b.grantId}`, { token: b.applicant.token })).body.payout).toEqual({
      method: 'bank_transfer',
      provider: 'Banque Islamique de Guinée',
      accountMasked: '***901',
    });
    const order = await app.request('GET', `/grants/${b.grantId}/tranches/1/payment-order`, { token: b.officer.token });
    expect(order.body.payee).toEqual({ provider: null, msisdn: null, ...bank.payoutAccount });
  });

  it('migration: seals clear rows with the configured key, and refuses (changing nothing) without one', async () => {
    const sut = new PayoutAccountEncryption1764610000000();
    const runner = app.dataSource.createQueryRunner();
    const inTransaction = async (step: () => Promise<void>) => {
      await runner.startTransaction();
      try {
        await step();
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
    };
    const saved = process.env.PAYOUT_ENCRYPTION_KEYS;
    try {
      // Back to the clear column, as a database from before this change holds it.
      await inTransaction(() => sut.down(runner));
      const [clear] = await runner.query('SELECT payout_account FROM grants WHERE id = $1', [g.grantId]);
      expect(clear.payout_account).toEqual(mobileMoney.payoutAccount);

      delete process.env.PAYOUT_ENCRYPTION_KEYS;
      await expect(inTransaction(() => sut.up(runner))).rejects.toThrow(
        /grant\(s\) hold a payout account: set PAYOUT_ENCRYPTION_KEYS/,
      );
      const [untouched] = await runner.query('SELECT payout_account FROM grants WHERE id = $1', [g.grantId]);
      expect(untouched.payout_account).toEqual(mobileMoney.payoutAccount);

      process.env.PAYOUT_ENCRYPTION_KEYS = TEST_PAYOUT_ENCRYPTION_KEYS;
      await inTransaction(() => sut.up(runner));
      const [row] = await runner.query(
        'SELECT to_jsonb(g)::text AS json, payout_ciphertext, payout_key_id, payout_masked FROM grants g WHERE id = $1',
        [g.grantId],
      );
      expect(row.json).not.toContain(DIGITS);
      expect(row.payout_masked).toBe('***654');
      expect(openPayout(testKeyring(), g.grantId, row.payout_ciphertext, row.payout_key_id)).toEqual(
        mobileMoney.payoutAccount,
      );
    } finally {
      process.env.PAYOUT_ENCRYPTION_KEYS = saved;
      await runner.release();
    }
    expect(
      (await app.request('GET', `/grants/${g.grantId}/tranches/1/payment-order`, { token: g.officer.token })).body.payee
        .msisdn,
    ).toBe(MSISDN);
  });

  it('rotation re-encrypts every row with the newest key; a keyring without it then fails loudly', async () => {
    const rotated = Keyring.parse(`k2:${randomBytes(32).toString('base64')},${TEST_PAYOUT_ENCRYPTION_KEYS}`);
    const [{ n }] = await app.dataSource.query(
      'SELECT count(*)::int AS n FROM grants WHERE payout_ciphertext IS NOT NULL',
    );
    expect(n).toBeGreaterThanOrEqual(2);
    expect(await rotatePayoutKeys(app.dataSource, rotated, 1)).toBe(n);
    expect(await rotatePayoutKeys(app.dataSource, rotated)).toBe(0);
    const rows: { id: string; payout_ciphertext: Buffer; payout_key_id: string }[] = await app.dataSource.query(
      'SELECT id, payout_ciphertext, payout_key_id FROM grants WHERE payout_ciphertext IS NOT NULL',
    );
    expect(new Set(rows.map((r) => r.payout_key_id))).toEqual(new Set(['k2']));
    const newOnly = Keyring.parse(
      rotated.keys
        .slice(0, 1)
        .map((k) => `${k.id}:${k.key.toString('base64')}`)
        .join(','),
    );
    const mine = rows.find((r) => r.id === g.grantId)!;
    expect(openPayout(newOnly, mine.id, mine.payout_ciphertext, mine.payout_key_id)).toEqual(mobileMoney.payoutAccount);
    // The API still runs with the old keys only: it refuses to show a payee it cannot open, never a wrong one.
    expect(() => openPayout(testKeyring(), mine.id, mine.payout_ciphertext, mine.payout_key_id)).toThrow(
      /no encryption key with id "k2"/,
    );
    const wrongBytes = Keyring.parse(`k2:${randomBytes(32).toString('base64')}`);
    expect(() => openPayout(wrongBytes, mine.id, mine.payout_ciphertext, mine.payout_key_id)).toThrow(DecryptionError);
    const stale = await app.request('GET', `/grants/${g.grantId}/tranches/1/payment-order`, { token: g.officer.token });
    expect(stale.status).toBe(500);
    expect(JSON.stringify(stale.body)).not.toContain(DIGITS);
  });
});

describe('payout accounts: the HTTP payment provider receives the account the worker opened (e2e)', () => {
  const recipients: unknown[] = [];
  let provider: Server;
  let app: TestApp;

  beforeAll(async () => {
    // A provider that records what it was asked to pay and pays at once.
    provider = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const request = body ? JSON.parse(body) : {};
        if (req.method === 'POST') recipients.push(request.recipient);
        const answer = {
          id: 'tr_payout_1',
          status: 'succeeded',
          amount: request.amount ?? 16_000_000,
          currency: request.currency ?? 'GNF',
          completedAt: new Date().toISOString(),
        };
        res
          .writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' })
          .end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    app = await TestApp.start({
      PAYMENT_GATEWAY: 'http',
      PAYMENT_API_URL: `http://127.0.0.1:${(provider.address() as AddressInfo).port}`,
    });
  });
  afterAll(async () => {
    await app?.stop();
    await new Promise((resolve) => provider?.close(resolve));
  });

  it('pays the number the grantee gave, decrypted only inside the worker', async () => {
    const flow = await ReviewFlow.create(app);
    const g = await flow.approvedGrant();
    const path = `/grants/${g.grantId}`;
    expect(
      (await app.request('POST', `${path}/agreement/sign`, { token: g.applicant.token, body: mobileMoney })).status,
    ).toBe(200);
    await app.request('POST', `${path}/tranches/1/request-release`, { token: g.officer.token, body: {} });
    expect(
      (await app.request('POST', `${path}/tranches/1/approve-release`, { token: g.approver.token, body: {} })).status,
    ).toBe(200);
    await eventually(
      async () =>
        (await app.request('GET', `${path}/tranches`, { token: g.officer.token })).body[0].status === 'disbursed',
      30_000,
    );
    expect(recipients.length).toBeGreaterThanOrEqual(1);
    for (const recipient of recipients)
      expect(recipient).toEqual({ type: 'mobile_money', provider: 'orange_money', msisdn: MSISDN });
    const history = await app.temporal.workflow.getHandle(grantWorkflowId(g.grantId)).fetchHistory();
    expect(Buffer.from(temporal.api.history.v1.History.encode(history).finish()).includes(DIGITS)).toBe(false);
  });
});
