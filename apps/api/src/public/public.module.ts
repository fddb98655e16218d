import { Module } from '@nestjs/common';
import { PublicRoundsController } from './public-rounds.controller';
import { PublicRoundsService } from './public-rounds.service';

@Module({ controllers: [PublicRoundsController], providers: [PublicRoundsService] })
export class PublicModule {}
