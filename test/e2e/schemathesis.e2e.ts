import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp } from '../support/app';
import { ReviewFlow } from '../support/review-flow';

/** Per role: seconds and examples per operation. `npm run fuzz` runs this file with a much larger budget. */
const MAX_TIME = Number(process.env.SCHEMATHESIS_MAX_TIME ?? 40);
const MAX_EXAMPLES = Number(process.env.SCHEMATHESIS_MAX_EXAMPLES ?? 10);
const ROOT = join(__dirname, '../..');

interface Finding {
  role: string;
  operation: string;
  kind: string;
  codes?: string;
  message: string;
}
interface Summary {
  runs: { role: string; generated: number; seed: string | null; failures: Omit<Finding, 'role'>[] }[];
}

/**
 * Schemathesis against the real app (API, worker, PostgreSQL, Temporal) through the document it serves at
 * /api/openapi.json: every phase, as an applicant with a signed grant, a programme manager and a finance officer.
 * Any 5xx, any undocumented status and any response outside its documented schema, content type or headers
 * is a finding.
 */
describe('the API against its own OpenAPI document (schemathesis)', () => {
  let app: TestApp;
  let roles: Record<string, string>;

  beforeAll(async () => {
    app = await TestApp.start();
    const flow = await ReviewFlow.create(app);
    // Real records to reach past 404: a signed grant (tranches, reports, milestones) and a draft of its grantee.
    const grant = await flow.approvedGrant();
    const signed = await app.request('POST', `/grants/${grant.grantId}/agreement/sign`, {
      token: grant.applicant.token,
      body: { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620000000' } },
    });
    if (signed.status !== 200) throw new Error(`sign: ${signed.status} ${JSON.stringify(signed.body)}`);
    roles = { applicant: grant.applicant.token, program_manager: flow.pm, finance_officer: grant.officer.token };
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
  });

  it(
    'finds no server error, no response outside its schema and no undocumented status',
    async () => {
      const reportDir = mkdtempSync(join(tmpdir(), 'csf-schemathesis-'));
      const summaryFile = join(reportDir, 'summary.json');
      const args = [
        join(ROOT, 'scripts/fuzz.mjs'),
        '--url',
        app.baseUrl,
        '--max-time',
        String(MAX_TIME),
        '--max-examples',
        String(MAX_EXAMPLES),
        '--report-dir',
        reportDir,
        '--summary',
        summaryFile,
        '--quiet',
        ...Object.entries(roles).flatMap(([name, token]) => ['--role', `${name}=${token}`]),
      ];
      const log = await new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (c) => (output += c));
        child.stderr.on('data', (c) => (output += c));
        child.once('error', reject);
        child.once('close', () => resolve(output));
      });
      let summary: Summary;
      try {
        summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
      } catch {
        throw new Error(`schemathesis did not run:\n${log.split('\n').slice(-40).join('\n')}`);
      }
      const generated = summary.runs.map((r) => `${r.role}: ${r.generated} cases (seed ${r.seed})`).join('; ');
      process.stderr.write(`[schemathesis] ${generated}\n`);
      for (const run of summary.runs) expect(run.generated).toBeGreaterThan(0);
      const findings = summary.runs.flatMap((r) =>
        r.failures.map((f) => `as ${r.role}: ${f.operation} [${f.codes || f.kind}]\n${f.message}`),
      );
      if (findings.length) throw new Error(`${findings.length} findings (${generated}):\n\n${findings.join('\n\n')}`);
    },
    // Three runs of MAX_TIME, a one-time install of schemathesis into .tools/, and slack for shrinking.
    (3 * MAX_TIME + 600) * 1000,
  );
});
