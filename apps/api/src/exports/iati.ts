import { XMLBuilder } from 'fast-xml-parser';
import { type GrantStatus, isRegion, type OrganizationType, REGIONS } from '@csf/domain';
import {
  ACTIVITY_DATE,
  ACTIVITY_STATUS,
  BUDGET,
  CONDITION_TYPE_PERFORMANCE,
  DEFAULT_AID_TYPE,
  DEFAULT_FINANCE_TYPE,
  DESCRIPTION_TYPE,
  IATI_REPORTING_ORG,
  IATI_SECTOR,
  IATI_VERSION,
  LOCATION,
  MEASURE_UNIT,
  ORGANISATION_ROLE,
  ORGANISATION_TYPE,
  RESULT_TYPE_OUTPUT,
  TRANSACTION_TYPE,
} from './iati-codes';
import { budgetPeriods, toMajorUnits } from './iati-money';

/** One grant as the IATI query returns it: dates are already `YYYY-MM-DD` in UTC, amounts exact decimal strings. */
export interface IatiGrantRow {
  id: string;
  status: GrantStatus;
  currency: string;
  amount: string;
  released_amount: string;
  unspent_returned_amount: string;
  last_updated: string;
  created_on: string;
  decided_on: string | null;
  signed_on: string | null;
  closed_on: string | null;
  terminated_on: string | null;
  start_date: string | null;
  end_date: string | null;
  region: string | null;
  commune: string | null;
  target_total: number;
  target_women: number;
  target_youth: number;
  reached_total: number;
  reached_women: number;
  reached_youth: number;
  reported: boolean;
  title: string;
  summary: string | null;
  conditions: string | null;
  organization_name: string;
  organization_type: OrganizationType;
  round_name_fr: string;
  round_name_en: string;
  payments: { amount: string; paidOn: string; reference: string | null; tranche: number }[];
  indicators: { key: string; label: string; target: number; actual: number | null }[];
}

type Node = Record<string, unknown>;
type Bilingual = { fr: string; en: string };

// Characters XML 1.0 cannot carry at all, even escaped; applicants paste text from anywhere.
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const clean = (text: string) => text.replace(NOT_XML_CHAR, '');

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

export function iatiIdentifier(grantId: string, publisherRef: string = IATI_REPORTING_ORG.ref): string {
  return `${publisherRef}-${grantId}`;
}

export function iatiHeader(generatedAt: Date): string {
  const generated = generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="${IATI_VERSION}" generated-datetime="${generated}">\n`;
}

export const IATI_FOOTER = '</iati-activities>\n';

/** One `<iati-activity>`, escaped by the builder; elements follow the order of the 2.03 schema's sequence. */
export function iatiActivityXml(row: IatiGrantRow, publisherRef: string = IATI_REPORTING_ORG.ref): string {
  return builder.build({ 'iati-activity': iatiActivity(row, publisherRef) });
}

function narratives(text: Bilingual | string): Node {
  const items =
    typeof text === 'string'
      ? [{ '#text': clean(text) }]
      : (['fr', 'en'] as const).map((lang) => ({ '@_xml:lang': lang, '#text': clean(text[lang]) }));
  return { narrative: items };
}

function value(amount: bigint, row: IatiGrantRow, valueDate: string): Node {
  return { '@_currency': row.currency, '@_value-date': valueDate, '#text': toMajorUnits(amount, row.currency) };
}

function iatiActivity(row: IatiGrantRow, publisherRef: string): Node {
  const region = row.region && isRegion(row.region) ? REGIONS[row.region] : null;
  const plannedStart = row.start_date ?? row.decided_on ?? row.created_on;
  const plannedEnd = row.end_date && row.end_date >= plannedStart ? row.end_date : plannedStart;
  const place = [row.commune, region?.fr].filter(Boolean).join(', ');
  const placeEn = [row.commune, region?.en].filter(Boolean).join(', ');
  return {
    '@_last-updated-datetime': row.last_updated,
    '@_xml:lang': 'fr',
    '@_default-currency': row.currency,
    '@_hierarchy': '1',
    'iati-identifier': iatiIdentifier(row.id, publisherRef),
    'reporting-org': {
      '@_ref': publisherRef,
      '@_type': IATI_REPORTING_ORG.type,
      ...narratives(IATI_REPORTING_ORG.name),
    },
    // The project title is the grantee's own words; the round names are the bilingual part.
    title: narratives({ fr: `${row.title} (${row.round_name_fr})`, en: `${row.title} (${row.round_name_en})` }),
    description: [
      {
        '@_type': DESCRIPTION_TYPE.general,
        ...narratives({
          fr: [
            `Projet de sécurité communautaire financé par « ${row.round_name_fr} » et mis en œuvre par ${row.organization_name}${place ? ` (${place})` : ''}.`,
            row.summary,
          ]
            .filter(Boolean)
            .join(' '),
          en: `Community safety project funded by "${row.round_name_en}" and implemented by ${row.organization_name}${placeEn ? ` (${placeEn})` : ''}.`,
        }),
      },
      {
        '@_type': DESCRIPTION_TYPE.targetGroups,
        ...narratives({
          fr: `Bénéficiaires visés : ${row.target_total} personnes, dont ${row.target_women} femmes et ${row.target_youth} jeunes.`,
          en: `Intended beneficiaries: ${row.target_total} people, including ${row.target_women} women and ${row.target_youth} young people.`,
        }),
      },
    ],
    'participating-org': [
      {
        '@_ref': publisherRef,
        '@_type': IATI_REPORTING_ORG.type,
        '@_role': ORGANISATION_ROLE.funding,
        ...narratives(IATI_REPORTING_ORG.name),
      },
      {
        '@_type': ORGANISATION_TYPE[row.organization_type],
        '@_role': ORGANISATION_ROLE.implementing,
        ...narratives(row.organization_name),
      },
    ],
    'activity-status': { '@_code': ACTIVITY_STATUS[row.status] },
    'activity-date': activityDates(row, plannedStart, plannedEnd),
    // Every region the fund works in names its country; Guinea is where it started.
    'recipient-country': { '@_code': region?.country ?? 'GN', '@_percentage': '100' },
    ...(region && row.region ? { location: location(row.region, row.commune, region) } : {}),
    sector: { '@_vocabulary': IATI_SECTOR.vocabulary, '@_code': IATI_SECTOR.code, '@_percentage': '100' },
    'default-finance-type': { '@_code': DEFAULT_FINANCE_TYPE },
    'default-aid-type': { '@_code': DEFAULT_AID_TYPE.code, '@_vocabulary': DEFAULT_AID_TYPE.vocabulary },
    budget: budgetPeriods(plannedStart, plannedEnd, BigInt(row.amount)).map((period) => ({
      '@_type': BUDGET.type,
      '@_status': BUDGET.status,
      'period-start': { '@_iso-date': period.start },
      'period-end': { '@_iso-date': period.end },
      value: value(period.amount, row, period.start),
    })),
    transaction: transactions(row),
    conditions: row.conditions?.trim()
      ? { '@_attached': '1', condition: { '@_type': CONDITION_TYPE_PERFORMANCE, ...narratives(row.conditions) } }
      : { '@_attached': '0' },
    result: result(row, plannedStart, plannedEnd),
  };
}

function activityDates(row: IatiGrantRow, plannedStart: string, plannedEnd: string): Node[] {
  const ended = row.closed_on ?? row.terminated_on;
  return [
    { '@_type': ACTIVITY_DATE.plannedStart, '@_iso-date': plannedStart },
    ...(row.signed_on ? [{ '@_type': ACTIVITY_DATE.actualStart, '@_iso-date': row.signed_on }] : []),
    { '@_type': ACTIVITY_DATE.plannedEnd, '@_iso-date': plannedEnd },
    ...(ended ? [{ '@_type': ACTIVITY_DATE.actualEnd, '@_iso-date': ended }] : []),
  ];
}

function location(regionKey: string, commune: string | null, region: (typeof REGIONS)[keyof typeof REGIONS]): Node {
  return {
    '@_ref': commune ? `${regionKey}/${commune}` : regionKey,
    'location-reach': { '@_code': LOCATION.reach },
    name: narratives({ fr: region.fr, en: region.en }),
    ...(commune ? { description: narratives({ fr: `Commune : ${commune}`, en: `Commune: ${commune}` }) } : {}),
    exactness: { '@_code': LOCATION.exactness },
    'location-class': { '@_code': LOCATION.locationClass },
  };
}

/**
 * The award is the commitment; each paid tranche a disbursement. What a termination released from the award is a
 * negative commitment, and unspent funds the grantee returned at closeout a negative disbursement, so that the
 * sums per type stay what the fund actually committed and paid.
 */
function transactions(row: IatiGrantRow): Node[] {
  const receiver = { 'receiver-org': narratives(row.organization_name) };
  const committedOn = row.decided_on ?? row.created_on;
  const out: Node[] = [
    {
      'transaction-type': { '@_code': TRANSACTION_TYPE.commitment },
      'transaction-date': { '@_iso-date': committedOn },
      value: value(BigInt(row.amount), row, committedOn),
      description: narratives({ fr: 'Subvention accordée', en: 'Grant awarded' }),
      ...receiver,
    },
  ];
  for (const payment of row.payments) {
    out.push({
      ...(payment.reference ? { '@_ref': clean(payment.reference) } : {}),
      'transaction-type': { '@_code': TRANSACTION_TYPE.disbursement },
      'transaction-date': { '@_iso-date': payment.paidOn },
      value: value(BigInt(payment.amount), row, payment.paidOn),
      description: narratives({ fr: `Tranche ${payment.tranche}`, en: `Tranche ${payment.tranche}` }),
      ...receiver,
    });
  }
  // Money that came back: a negative transaction of the type it reverses, dated when it came back.
  const reversal = (type: string, amount: bigint, on: string | null, text: Bilingual) => {
    if (amount > 0n && on) {
      out.push({
        'transaction-type': { '@_code': type },
        'transaction-date': { '@_iso-date': on },
        value: value(-amount, row, on),
        description: narratives(text),
        ...receiver,
      });
    }
  };
  reversal(TRANSACTION_TYPE.commitment, BigInt(row.released_amount), row.terminated_on, {
    fr: 'Montant non versé libéré à la résiliation',
    en: 'Unpaid amount released on termination',
  });
  reversal(TRANSACTION_TYPE.disbursement, BigInt(row.unspent_returned_amount), row.closed_on, {
    fr: 'Fonds non dépensés restitués à la clôture',
    en: 'Unspent funds returned at closeout',
  });
  return out;
}

/** People reached (total, women, youth) from the grant's targets and latest accepted report, then the custom indicators. */
function result(row: IatiGrantRow, start: string, end: string): Node {
  const indicator = (title: Bilingual | string, target: number, actual: number | null): Node => ({
    '@_measure': MEASURE_UNIT,
    '@_ascending': '1',
    title: narratives(title),
    period: {
      'period-start': { '@_iso-date': start },
      'period-end': { '@_iso-date': end },
      target: { '@_value': String(target) },
      ...(actual === null ? {} : { actual: { '@_value': String(actual) } }),
    },
  });
  const reached = (n: number) => (row.reported ? n : null);
  return {
    '@_type': RESULT_TYPE_OUTPUT,
    title: narratives({
      fr: 'Personnes touchées et indicateurs du projet',
      en: 'People reached and project indicators',
    }),
    indicator: [
      indicator({ fr: 'Personnes touchées', en: 'People reached' }, row.target_total, reached(row.reached_total)),
      indicator({ fr: 'Femmes touchées', en: 'Women reached' }, row.target_women, reached(row.reached_women)),
      indicator({ fr: 'Jeunes touchés', en: 'Young people reached' }, row.target_youth, reached(row.reached_youth)),
      ...row.indicators.map((i) => indicator(i.label, i.target, i.actual)),
    ],
  };
}
