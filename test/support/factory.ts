import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { exampleRound, Role } from '@csf/domain';
import { OrganizationEntity, RoundEntity, RoundPanelMemberEntity, UserEntity } from '@csf/persistence';
import { hashPassword } from '../../apps/api/src/auth/auth.service';
import exampleProposal from '../fixtures/example-proposal.json';

export const PASSWORD = 'test-password';
let passwordHash: Promise<string> | undefined;
const unique = () => randomBytes(4).toString('hex');

/** Builders for test data, written straight to the database (the API is tested elsewhere). */
export function factory(ds: DataSource) {
  return {
    async newOrganization(overrides: Partial<OrganizationEntity> = {}): Promise<OrganizationEntity> {
      return ds.manager.save(
        ds.manager.create(OrganizationEntity, {
          name: `Association ${unique()}`,
          type: 'womens_association',
          region: 'conakry',
          commune: 'matoto',
          phone: '+224620000000',
          email: null,
          registrationNumber: null,
          // Verified unless a test says otherwise: only verified organisations submit proposals.
          status: 'verified',
          ...overrides,
        }),
      );
    },

    /** Verified, with an email (the sign-in tests use it), unless overridden. */
    async newUser(roles: Role[], overrides: Partial<UserEntity> = {}): Promise<UserEntity & { email: string }> {
      passwordHash ??= hashPassword(PASSWORD);
      const user = await ds.manager.save(
        ds.manager.create(UserEntity, {
          email: `${roles[0]}-${unique()}@test.example`,
          displayName: `Test ${roles.join('+')}`,
          roles,
          organizationId: null,
          language: 'fr',
          active: true,
          passwordHash: await passwordHash,
          ...overrides,
        }),
      );
      return user as UserEntity & { email: string };
    },

    /** An open round (opened yesterday, closes in 90 days) with the DESIGN §5 rubric and plan. */
    async newRound(overrides: Partial<RoundEntity> = {}, panel: string[] = []): Promise<RoundEntity> {
      const now = Date.now();
      const round = await ds.manager.save(
        ds.manager.create(RoundEntity, {
          nameFr: `Appel ${unique()}`,
          nameEn: `Call ${unique()}`,
          ...exampleRound(now),
          createdBy: null,
          ...overrides,
        }),
      );
      if (panel.length) {
        await ds.manager.insert(RoundPanelMemberEntity, panel.map((reviewerId) => ({ roundId: round.id, reviewerId })));
      }
      return round;
    },
  };
}

/** A complete, eligible proposal body (the DESIGN §5 example) for POST /proposals. */
export function proposalBody(roundId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { roundId, ...structuredClone(exampleProposal), ...overrides };
}
