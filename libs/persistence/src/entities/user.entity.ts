import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@csf/domain';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { nullable: true }) email: string | null;
  /** Null until an invited person sets a password. */
  @Column('text', { name: 'password_hash', select: false, nullable: true }) passwordHash: string | null;
  @Column('text', { name: 'display_name' }) displayName: string;
  @Column('text', { array: true }) roles: Role[];
  @Column('uuid', { name: 'organization_id', nullable: true }) organizationId: string | null;
  @Column('text') language: 'fr' | 'en';
  @Column('text', { nullable: true }) phone: string | null;
  @Column('boolean') active: boolean;
  /** When the person proved they hold their email or phone; null for a self-registered account not yet confirmed. */
  @Column('timestamptz', { name: 'verified_at', nullable: true }) verifiedAt: Date | null;
  /** Carried in access tokens (`tv`); bumping it ends every session of the person at once. */
  @Column('integer', { name: 'token_version', default: 0 }) tokenVersion: number;
  /** The TOTP secret, sealed with the keyring; never selected unless asked for. */
  @Column('text', { name: 'totp_secret', nullable: true, select: false }) totpSecret: string | null;
  @Column('timestamptz', { name: 'totp_enabled_at', nullable: true }) totpEnabledAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
