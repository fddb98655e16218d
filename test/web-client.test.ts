import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('web portal client (apps/web/src/api/schema.d.ts)', () => {
  it('is current with openapi.json: run `npm run web:client` (npm run openapi does it too)', () => {
    const root = join(__dirname, '..');
    const check = spawnSync(process.execPath, [join(root, 'scripts/web-client.mjs'), '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
