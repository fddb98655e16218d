import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { BudgetLineDto, CreateProposalDto } from '../proposals/proposal.dto';
import { languageFrom } from './problem';
import { decodeCursor, encodeCursor } from './pagination';
import { jsonBodyProblems } from './json-body-guard';
import { isCalendarDate, isE164, isTimestamp } from './validators';
import { toFieldErrors } from './validation.pipe';

async function errorsOf<T extends object>(cls: new () => T, body: object) {
  const errors = await validate(plainToInstance(cls, body) as object, {
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
  });
  return toFieldErrors(errors).map((e) => `${e.field}:${e.code}`);
}

const line = { category: 'equipment', description: 'Lampes', quantity: 2, unitCost: 100, total: 200 };

describe('validators', () => {
  it('accepts a valid budget line', async () => {
    expect(await errorsOf(BudgetLineDto, line)).toEqual([]);
  });

  it.each([
    [1.5, 'NOT_INTEGER'],
    ['200', 'NOT_INTEGER'],
    [-1, 'NEGATIVE'],
    [2 ** 53, 'TOO_LARGE'],
  ])('refuses money %p with %s', async (total, code) => {
    expect(await errorsOf(BudgetLineDto, { ...line, total })).toEqual([`total:${code}`]);
  });

  it('reports nested paths and unknown fields', async () => {
    const errors = await errorsOf(CreateProposalDto, {
      roundId: '7d2b7f0e-1c1a-4e8e-9a51-1f9f3c3b2a10',
      title: 'x',
      status: 'approved',
      budgetLines: [line, { ...line, unitCost: 0.5, extra: true }],
    });
    expect(errors.sort()).toEqual([
      'budgetLines[1].extra:UNKNOWN_FIELD',
      'budgetLines[1].unitCost:NOT_INTEGER',
      'status:UNKNOWN_FIELD',
    ]);
  });

  it.each([
    ['+224620000000', true],
    ['+22462000000', false],
    ['+2246200000000', false],
    ['+33612345678', true],
    ['0620000000', false],
    ['+224 620 00 00 00', false],
  ])('E.164 %s → %s', (phone, ok) => expect(isE164(phone)).toBe(ok));

  it.each([
    [undefined, 'fr'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,en;q=0.5', 'fr'],
    ['de,en;q=0.3', 'en'],
    ['de', 'fr'],
  ])('Accept-Language %p → %s', (header, lang) => expect(languageFrom(header)).toBe(lang));

  it.each([
    ['2027-02-28', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-02-30', false],
    ['0000-01-01', false],
    ['1899-12-31', false],
    ['10000-01-01', false],
    ['+275760-09-13', false],
    ['2027-1-01', false],
  ])('calendar date %s → %s', (date, ok) => expect(isCalendarDate(date)).toBe(ok));

  it.each([
    ['2027-01-31T23:59:59Z', true],
    ['2027-01-31T23:59:59.123456+01:00', true],
    ['2027-01-31T23:59Z', true],
    ['2027-02-30T00:00:00Z', false],
    ['2027-01-31T24:00:00Z', false],
    ['2027-01-31T23:60:00Z', false],
    ['2027-01-31T23:59:59+25:00', false],
    ['0000-01-01T00:00:00Z', false],
    ['+275760-09-13T00:00:00Z', false],
    ['2027-01-31T23:59:59', false],
  ])('timestamp %s → %s', (value, ok) => expect(isTimestamp(value)).toBe(ok));

  it('reads back the cursors it writes and nothing else', () => {
    const cursor = { createdAt: '2026-01-01T10:00:00.123Z', id: '3f1c9a52-5b7e-4c1d-9a3e-2b6f8d4e7a10' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    const forged = (tuple: unknown) => Buffer.from(JSON.stringify(tuple)).toString('base64url');
    expect(decodeCursor(forged([cursor.createdAt, 'not-a-uuid']))).toBeNull();
    expect(decodeCursor(forged(['2026-01-01', cursor.id]))).toBeNull();
    expect(decodeCursor(forged(['1', cursor.id]))).toBeNull();
    expect(decodeCursor(forged([cursor.createdAt, cursor.id, 1]))).toBeNull();
  });

  it('finds unstorable text in strings and keys, and nesting too deep, without recursion', () => {
    const problems = (value: unknown) => jsonBodyProblems(value).map((e) => `${e.field}:${e.code}`);
    expect(problems({ a: 'ok 💡', b: ['x', 'y\ud800'], c: { d: '\udc00', e: 'nul\u0000' }, ['k\ud800']: 1 })).toEqual([
      'b[1]:INVALID_UNICODE',
      'c.d:INVALID_UNICODE',
      'c.e:INVALID_UNICODE',
      'k\uFFFD:INVALID_UNICODE',
    ]);
    let deep: unknown = 'fine';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(problems(deep)).toEqual([`${'[0]'.repeat(32)}:TOO_DEEP`]);
    expect(problems({ rubric: [{ label: { fr: 'Pertinence 💡' } }], fine: ['é', 1, null, true] })).toEqual([]);
  });
});
