import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@csf/config';
import { exampleRound, Role } from '@csf/domain';
import { OrganizationEntity, RoundEntity, RoundPanelMemberEntity, UserEntity } from '@csf/persistence';
import { hashPassword } from '../auth/auth.service';

/**
 * Demo data for the embedded `npm start` only (DEMO_SEED=true): one user per role, two organisations in two
 * regions, and an open round with a four-reviewer panel. Runs once: it does nothing when the demo admin exists.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DEMO_SEED) return;
    // Serialise with a concurrently starting worker or second API instance.
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(7240502)');
      if (await manager.exists(UserEntity, { where: { email: 'admin@demo.test' } })) return;
      const passwordHash = await hashPassword(this.config.DEMO_PASSWORD);
      const [womens, youth] = await manager.save([
        manager.create(OrganizationEntity, {
          name: 'Association des femmes de Matoto',
          type: 'womens_association',
          region: 'conakry',
          commune: 'matoto',
          phone: '+224620000001',
          email: 'contact@femmes-matoto.demo.test',
          registrationNumber: null,
          status: 'verified',
        }),
        manager.create(OrganizationEntity, {
          name: 'Jeunesse citoyenne de Kankan',
          type: 'youth_group',
          region: 'kankan',
          commune: 'kankan-centre',
          phone: '+224620000002',
          email: 'contact@jeunesse-kankan.demo.test',
          registrationNumber: null,
          status: 'verified',
        }),
      ]);
      const user = (email: string, displayName: string, roles: Role[], organizationId: string | null = null) =>
        manager.create(UserEntity, {
          email,
          displayName,
          roles,
          organizationId,
          passwordHash,
          language: 'fr',
          active: true,
        });
      const reviewers = [1, 2, 3, 4].map((n) => user(`reviewer${n}@demo.test`, `Évaluateur ${n}`, [Role.REVIEWER]));
      const users = await manager.save([
        user('applicant@demo.test', 'Aïssatou Camara', [Role.APPLICANT], womens.id),
        user('applicant2@demo.test', 'Mamadou Keïta', [Role.APPLICANT], youth.id),
        ...reviewers,
        user('chair@demo.test', 'Présidente du comité', [Role.COMMITTEE_CHAIR]),
        user('pm@demo.test', 'Chargé de programme', [Role.PROGRAM_MANAGER]),
        user('finance.officer@demo.test', 'Agent financier', [Role.FINANCE_OFFICER]),
        user('finance.approver@demo.test', 'Approbateur financier', [Role.FINANCE_APPROVER]),
        user('admin@demo.test', 'Administrateur', [Role.ADMIN]),
        user('auditor@demo.test', 'Auditeur', [Role.AUDITOR]),
      ]);
      const pm = users.find((u) => u.email === 'pm@demo.test')!;
      const now = Date.now();
      const round = await manager.save(
        manager.create(RoundEntity, {
          nameFr: 'Fonds de sécurité communautaire — appel de démonstration',
          nameEn: 'Community Safety Fund — demo call',
          description: {
            fr:
              'Cet appel finance des associations de quartier, de femmes et de jeunes qui rendent leur commune plus sûre : ' +
              'éclairage des rues, médiation des conflits, accompagnement des victimes, patrouilles citoyennes. ' +
              'Une association déjà enregistrée dépose un projet en ligne ; le fonds répond après examen par trois évaluateurs.',
            en:
              'This call funds neighbourhood, women’s and youth associations that make their commune safer: ' +
              'street lighting, conflict mediation, support for victims, citizen patrols. ' +
              'A registered association submits its project online; the fund answers after three reviewers have scored it.',
          },
          ...exampleRound(now),
          createdBy: pm.id,
        }),
      );
      const panel = users.filter((u) => u.roles.includes(Role.REVIEWER));
      await manager.insert(
        RoundPanelMemberEntity,
        panel.map((r) => ({ roundId: round.id, reviewerId: r.id })),
      );
      this.logger.log(`demo data seeded: ${users.length} users, round ${round.id}`);
    });
  }
}
