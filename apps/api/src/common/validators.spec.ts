import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { BudgetLineDto, CreateProposalDto } from '../proposals/proposal.dto';
import { languageFrom } from './problem';
import { isE164 } from './validators';
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
    expect(errors.sort()).toEqual(['budgetLines[1].extra:UNKNOWN_FIELD', 'budgetLines[1].unitCost:NOT_INTEGER', 'status:UNKNOWN_FIELD']);
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
});
