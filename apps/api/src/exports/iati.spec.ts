import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { IATI_FOOTER, iatiActivityXml, type IatiGrantRow, iatiHeader } from './iati';
import { iatiSchemaErrors } from '../../../../test/support/iati-schema';
import { budgetPeriods, toMajorUnits } from './iati-money';

const row = (overrides: Partial<IatiGrantRow> = {}): IatiGrantRow => ({
  id: '0b6c2f1e-1d2a-4c7b-9a7e-2f1d3c4b5a69',
  status: 'active',
  currency: 'GNF',
  amount: '40000000',
  released_amount: '0',
  unspent_returned_amount: '0',
  last_updated: '2027-03-01T08:00:00Z',
  created_on: '2027-01-10',
  decided_on: '2027-01-10',
  signed_on: '2027-01-20',
  closed_on: null,
  terminated_on: null,
  start_date: '2027-02-01',
  end_date: '2027-12-31',
  region: 'labe',
  commune: 'labe-centre',
  target_total: 100,
  target_women: 60,
  target_youth: 30,
  reached_total: 40,
  reached_women: 25,
  reached_youth: 10,
  reported: true,
  title: 'Comités de quartier',
  summary: null,
  conditions: null,
  organization_name: 'Conseil local',
  organization_type: 'local_security_council',
  round_name_fr: 'Appel 2027',
  round_name_en: 'Call 2027',
  payments: [],
  indicators: [],
  ...overrides,
});

const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    isArray: (name) => ['transaction', 'activity-date', 'indicator', 'budget'].includes(name),
  }).parse(xml)['iati-activity'];

describe('IATI money', () => {
  it('writes minor units as exact major-unit decimals', () => {
    expect(toMajorUnits(45_000_000n, 'GNF')).toBe('45000000');
    expect(toMajorUnits(1234n, 'EUR')).toBe('12.34');
    expect(toMajorUnits(5n, 'USD')).toBe('0.05');
    expect(toMajorUnits(-250n, 'EUR')).toBe('-2.50');
    expect(toMajorUnits(9_007_199_254_740_993n, 'XOF')).toBe('9007199254740993');
  });

  it('keeps a project of a year or less in one budget period', () => {
    expect(budgetPeriods('2027-02-01', '2027-12-31', 40_000_000n)).toEqual([
      { start: '2027-02-01', end: '2027-12-31', amount: 40_000_000n },
    ]);
  });

  it('splits a longer project into periods of at most a year, pro rata to days, summing exactly to the award', () => {
    const periods = budgetPeriods('2027-07-01', '2029-03-31', 1_000_001n);
    expect(periods.map((p) => [p.start, p.end])).toEqual([
      ['2027-07-01', '2028-06-30'],
      ['2028-07-01', '2029-03-31'],
    ]);
    expect(periods.reduce((sum, p) => sum + p.amount, 0n)).toBe(1_000_001n);
    expect(Number(periods[0].amount)).toBeCloseTo((1_000_001 * 366) / 640, -1);
  });
});

describe('IATI activity', () => {
  it('records a terminated grant: cancelled status, actual end, and the released award as a negative commitment', () => {
    const xml = iatiActivityXml(
      row({
        status: 'terminated',
        terminated_on: '2027-06-30',
        released_amount: '24000000',
        payments: [{ amount: '16000000', paidOn: '2027-02-15', reference: 'OM-1', tranche: 1 }],
        conditions: 'Rapport trimestriel à la mairie',
      }),
    );
    const activity = parse(xml);
    expect(activity['activity-status']['@_code']).toBe('5');
    expect(activity['activity-date']).toContainEqual({ '@_type': '4', '@_iso-date': '2027-06-30' });
    const values = activity.transaction.map((t: any) => [t['transaction-type']['@_code'], t.value['#text']]);
    expect(values).toEqual([
      ['2', 40000000],
      ['3', 16000000],
      ['2', -24000000],
    ]);
    expect(activity.conditions).toMatchObject({
      '@_attached': '1',
      condition: { '@_type': '2', narrative: 'Rapport trimestriel à la mairie' },
    });
    expect(activity['participating-org'][1]['@_type']).toBe('10');
  });

  it('records what a closed grant returned as a negative disbursement and the reported actuals', () => {
    const activity = parse(
      iatiActivityXml(
        row({
          status: 'closed',
          closed_on: '2028-01-15',
          unspent_returned_amount: '500000',
          indicators: [{ key: 'lamps', label: 'Lampadaires', target: 20, actual: 18 }],
        }),
      ),
    );
    expect(activity['activity-status']['@_code']).toBe('4');
    expect(activity.transaction.at(-1)).toMatchObject({
      'transaction-type': { '@_code': '3' },
      value: { '#text': -500000 },
    });
    const periods = activity.result.indicator.map((i: any) => [
      i.period.target['@_value'],
      i.period.actual?.['@_value'],
    ]);
    expect(periods).toEqual([
      ['100', '40'],
      ['60', '25'],
      ['30', '10'],
      ['20', '18'],
    ]);
  });

  it('writes what the official IATI 2.03 schema accepts: pipeline, active, terminated, closed with actuals', async () => {
    const grants = [
      row({
        id: '00000000-0000-4000-8000-000000000001',
        status: 'awaiting_agreement',
        signed_on: null,
        reported: false,
        reached_total: 0,
        reached_women: 0,
        reached_youth: 0,
      }),
      row({
        id: '00000000-0000-4000-8000-000000000002',
        payments: [{ amount: '16000000', paidOn: '2027-02-15', reference: 'OM-1', tranche: 1 }],
      }),
      row({
        id: '00000000-0000-4000-8000-000000000003',
        status: 'terminated',
        terminated_on: '2027-06-30',
        released_amount: '40000000',
        conditions: 'Rapport trimestriel',
      }),
      row({
        id: '00000000-0000-4000-8000-000000000004',
        status: 'closed',
        closed_on: '2029-01-15',
        start_date: '2027-02-01',
        end_date: '2028-12-31',
        unspent_returned_amount: '500000',
        payments: [{ amount: '40000000', paidOn: '2027-02-15', reference: 'OM-2', tranche: 1 }],
        indicators: [{ key: 'lamps', label: 'Lampadaires', target: 20, actual: 18 }],
      }),
    ];
    const xml =
      iatiHeader(new Date('2029-02-01T08:00:00Z')) + grants.map((g) => iatiActivityXml(g)).join('') + IATI_FOOTER;
    expect(await iatiSchemaErrors(xml)).toEqual([]);
  });

  it('stays well-formed whatever the text: markup is escaped, characters XML cannot carry are dropped', () => {
    const xml =
      iatiHeader(new Date('2027-03-01T08:00:00.123Z')) +
      iatiActivityXml(row({ title: 'A <b> & "c" \u0001\u001F end', organization_name: "L'équipe ]]> \uD800" })) +
      IATI_FOOTER;
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('generated-datetime="2027-03-01T08:00:00Z"');
    expect(xml).not.toMatch(/[\u0001\u001F\uD800]/);
    expect(xml).toContain('A &lt;b&gt; &amp; &quot;c&quot;  end (Appel 2027)');
  });
});
