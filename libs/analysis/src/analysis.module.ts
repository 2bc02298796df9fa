import { Module } from '@nestjs/common';
import { AnalyseContributionsHandler } from './analyse-contributions.handler';
import { AnalysisRepository } from './analysis.repository';

@Module({
  providers: [AnalysisRepository, AnalyseContributionsHandler],
  exports: [AnalysisRepository],
})
export class AnalysisModule {}
