import { identifierOf } from './identifier';

describe(identifierOf.name, () => {
  it('normalises an email as it is stored (trimmed, lower case) and keeps an E.164 phone', () => {
    expect(identifierOf({ email: '  Awa.Diallo@Example.ORG ' })).toEqual({
      kind: 'email',
      value: 'awa.diallo@example.org',
    });
    expect(identifierOf({ phone: '+224620001122' })).toEqual({ kind: 'phone', value: '+224620001122' });
  });

  it.each([
    [{}, ['email:REQUIRED', 'phone:REQUIRED']],
    [{ email: 'a@example.org', phone: '+224620001122' }, ['phone:INVALID']],
    [{ email: 'not-an-address' }, ['email:INVALID_EMAIL']],
    [{ email: 'two@at@example.org' }, ['email:INVALID_EMAIL']],
    [{ phone: '620001122' }, ['phone:INVALID_PHONE']],
    // A Guinean number has 9 digits after +224.
    [{ phone: '+22462000112' }, ['phone:INVALID_PHONE']],
  ])('refuses %p with 422', (body, fields) => {
    let error: { status?: number; errors?: { field: string; code: string }[] } = {};
    try {
      identifierOf(body);
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.status).toBe(422);
    expect(error.errors?.map((e) => `${e.field}:${e.code}`)).toEqual(fields);
  });
});
