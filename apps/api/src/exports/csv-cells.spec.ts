import { stringify } from 'csv-stringify/sync';
import { neutraliseCell, safeCsvOptions } from './csv-cells';

describe(neutraliseCell.name, () => {
  it.each([
    ['=HYPERLINK("http://evil.example","clic")', `'=HYPERLINK("http://evil.example","clic")`],
    ['+33 1 23 45', `'+33 1 23 45`],
    ["-2+3+cmd|' /C calc'!A0", `'-2+3+cmd|' /C calc'!A0`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['-', `'-`],
  ])('neutralises %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each(['Éclairage = sécurité', 'a=b', ' =1+1', '', 'OM-2027-0001', '16000000', '-16000000', '85.50', '-0.25'])(
    'leaves %j as it is: text that is no formula, and plain numbers (bigint and numeric columns arrive as strings)',
    (input) => {
      expect(neutraliseCell(input)).toBe(input);
    },
  );
});

describe(safeCsvOptions.name, () => {
  it('neutralises string cells only, keeps numbers, and keeps the other casts', () => {
    const options = safeCsvOptions({ header: false, cast: { date: (d) => d.toISOString() } });
    const out = stringify([['=1+1', -5, '-7', new Date('2027-01-01T00:00:00Z'), '@x']], options);
    expect(out).toBe(`'=1+1,-5,-7,2027-01-01T00:00:00.000Z,'@x\n`);
  });
});
