import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { validateConfig } from '@csf/config';
import { PASSWORD_RESET_TTL_MS, Role } from '@csf/domain';
import { audit, dataSourceOptions, runMigrations, UserEntity } from '@csf/persistence';
import { OneTimeTokens, tokenLink } from './auth/one-time-tokens';
import { AppError } from './common/app-error';
import { identifierOf } from './common/identifier';
import { createInvitation, reissueInvitation } from './users/invitations';

const USAGE = `Usage: npm run admin -- <command> [options]

  create-user --email <e> | --phone <+224…>  --role <role> [--role <role> …] [--name <name>] [--language fr|en]
      Creates the account and prints its one-time invitation link (valid 7 days): the person sets a password there.
  list-users
      Every account: email or phone, name, roles, status.
  reset-link --email <e> | --phone <+224…>
      For someone who lost access: a new invitation link (account never activated) or a password reset link (1 hour).
  reset-2fa --email <e> | --phone <+224…>
      For someone who lost their authenticator and recovery codes: removes the second factor and ends their sessions;
      they enrol again at the next sign-in (when their role requires it).

Runs against DATABASE_URL (inside the compose api container: node dist/apps/api/src/admin-cli.js <command> …).`;

/** The operator's way in when nobody can sign in yet (the first administrator) or an administrator lost access. */
async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      phone: { type: 'string' },
      role: { type: 'string', multiple: true },
      name: { type: 'string' },
      language: { type: 'string', default: 'fr' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || !command || !['create-user', 'list-users', 'reset-link', 'reset-2fa'].includes(command)) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  // Only DATABASE_URL and PUBLIC_URL matter here; the other required settings are the services'.
  const config = validateConfig({
    JWT_SECRET: 'x'.repeat(32),
    PAYOUT_ENCRYPTION_KEYS: `unused:${Buffer.alloc(32).toString('base64')}`,
    ...process.env,
  });
  const dataSource = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  const actor = { userId: null, role: 'operator', requestId: null };
  try {
    // A fresh database (the admin created before the API ever started) gets its schema first.
    await runMigrations(dataSource);
    if (command === 'list-users') {
      const users = await dataSource.manager
        .createQueryBuilder(UserEntity, 'u')
        .addSelect('u.passwordHash')
        .orderBy('u.createdAt')
        .getMany();
      for (const u of users) {
        const status = !u.active ? 'inactive' : !u.passwordHash ? 'invited' : 'active';
        process.stdout.write(`${u.email ?? u.phone}\t${u.displayName}\t${u.roles.join(',')}\t${status}\n`);
      }
      return 0;
    }
    const identifier = identifierOf({ email: values.email, phone: values.phone });
    if (command === 'create-user') {
      const language = values.language === 'en' ? 'en' : values.language === 'fr' ? 'fr' : null;
      if (!language) throw new UsageError('--language must be fr or en');
      if (!values.role?.length) throw new UsageError('--role is required (admin, program_manager, …)');
      const roles = values.role.flatMap((r) => r.split(',')).map((r) => r.trim()) as Role[];
      const { issued } = await dataSource.transaction((manager) =>
        createInvitation(
          manager,
          {
            email: identifier.kind === 'email' ? identifier.value : null,
            phone: identifier.kind === 'phone' ? identifier.value : null,
            displayName:
              values.name?.trim() || (identifier.kind === 'email' ? identifier.value.split('@')[0] : identifier.value),
            roles,
            language,
          },
          actor,
        ),
      );
      process.stdout.write(
        `Invitation for ${identifier.value} (${roles.join(', ')}), valid until ${issued.expiresAt.toISOString()}:\n`,
      );
      process.stdout.write(`${tokenLink(config.PUBLIC_URL, 'invitation', issued.token)}\n`);
      return 0;
    }
    if (command === 'reset-2fa') {
      await dataSource.transaction(async (manager) => {
        const [rows] = await manager.query(
          `UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL, recovery_codes = '{}',
                  token_version = token_version + 1
            WHERE ${identifier.kind === 'email' ? 'lower(email)' : 'phone'} = $1 RETURNING id`,
          [identifier.value],
        );
        if (!rows?.length) throw new UsageError(`no account for ${identifier.value}`);
        await audit.record(manager, { role: 'operator' }, [
          {
            action: 'user.second_factor_reset',
            entityType: 'user',
            entityId: rows[0].id,
            reason: 'admin command',
          },
        ]);
      });
      process.stdout.write(`Second factor removed for ${identifier.value}; their sessions are ended.\n`);
      return 0;
    }
    // reset-link
    const link = await dataSource.transaction(async (manager) => {
      const user = await manager
        .createQueryBuilder(UserEntity, 'u')
        .addSelect('u.passwordHash')
        .where(identifier.kind === 'email' ? 'lower(u.email) = :v' : 'u.phone = :v', { v: identifier.value })
        .setLock('pessimistic_write')
        .getOne();
      if (!user) throw new UsageError(`no account for ${identifier.value}`);
      if (!user.active)
        throw new UsageError(
          `${identifier.value} is deactivated: reactivate it first (PATCH /users/:id {"active": true})`,
        );
      if (!user.passwordHash) {
        const issued = await reissueInvitation(manager, user, actor);
        return tokenLink(config.PUBLIC_URL, 'invitation', issued.token);
      }
      const issued = await OneTimeTokens.issue(manager, {
        kind: 'password_reset',
        userId: user.id,
        createdBy: null,
        ttlMs: PASSWORD_RESET_TTL_MS,
      });
      await audit.record(manager, { role: 'operator' }, [
        {
          action: 'user.reset_link_issued',
          entityType: 'user',
          entityId: user.id,
          reason: 'admin command',
        },
      ]);
      return tokenLink(config.PUBLIC_URL, 'reset-password', issued.token);
    });
    process.stdout.write(`${link}\n`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

class UsageError extends Error {}

/** Refusals in words an operator reads (the API's stable codes, with the fields at fault). */
function describe(error: unknown): string {
  if (error instanceof AppError) {
    const fields = error.errors.map((e) => `${e.field}: ${e.code}`).join(', ');
    return `${error.code}${fields ? ` (${fields})` : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`admin: ${describe(error)}\n`);
    process.exit(1);
  },
);
