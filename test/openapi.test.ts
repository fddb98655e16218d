import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOpenApiDocument } from '../apps/api/src/openapi';

describe('openapi.json', () => {
  it('is current: run `npm run openapi` after changing controllers or DTOs', async () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../openapi.json'), 'utf8'));
    const current = JSON.parse(JSON.stringify(await generateOpenApiDocument()));
    expect(current).toEqual(committed);
  });

  it('documents the contract paths of DESIGN §3', async () => {
    const { paths } = await generateOpenApiDocument();
    for (const path of [
      '/api/v1/auth/login',
      '/api/v1/me',
      '/api/v1/organizations',
      '/api/v1/organizations/{id}',
      '/api/v1/rounds',
      '/api/v1/rounds/{id}',
      '/api/v1/rounds/{id}/panel',
      '/api/v1/proposals',
      '/api/v1/proposals/{id}',
      '/api/v1/proposals/{id}/submit',
      '/api/v1/proposals/{id}/withdraw',
      '/api/v1/proposals/{id}/history',
      '/health/live',
      '/health/ready',
      '/api/v1/auth/invitations/accept',
      '/api/v1/auth/password-reset',
      '/api/v1/auth/password-reset/confirm',
      '/api/v1/auth/password',
      '/api/v1/auth/logout',
      '/api/v1/users',
      '/api/v1/users/{id}',
      '/api/v1/users/invitations',
    ]) {
      expect(Object.keys(paths)).toContain(path);
    }
  });
});
