import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrganizationType } from '@csf/domain';

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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
