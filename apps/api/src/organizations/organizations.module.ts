import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

@Module({ imports: [AuthModule], controllers: [OrganizationsController], providers: [OrganizationsService] })
export class OrganizationsModule {}
