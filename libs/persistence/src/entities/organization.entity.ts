import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrganizationStatus, OrganizationType } from '@csf/domain';

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') type: OrganizationType;
  @Column('text') region: string;
  @Column('text') commune: string;
  @Column('text') phone: string;
  @Column('text', { nullable: true }) email: string | null;
  @Column('text', { name: 'registration_number', nullable: true }) registrationNumber: string | null;
  @Column('text') status: OrganizationStatus;
  @Column('text', { name: 'verification_note', nullable: true }) verificationNote: string | null;
  @Column('text', { name: 'refusal_reason', nullable: true }) refusalReason: string | null;
  @Column('uuid', { name: 'verified_by', nullable: true }) verifiedBy: string | null;
  @Column('timestamptz', { name: 'verified_at', nullable: true }) verifiedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
