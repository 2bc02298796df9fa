import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ObjectiveEntity } from './objective.entity';
import { ObjectiveReader } from './objective-reader';

@Module({
  imports: [TypeOrmModule.forFeature([ObjectiveEntity])],
  providers: [ObjectiveReader],
  exports: [ObjectiveReader],
})
export class ObjectivesModule {}
