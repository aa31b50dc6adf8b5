import { Module } from '@nestjs/common';
import { loadResearchSensitivity, ResearchSensitivity } from './research-sensitivity';

/** The research-area sensitivity vocabulary, loaded and checked once at start. */
@Module({
  providers: [{ provide: ResearchSensitivity, useFactory: loadResearchSensitivity }],
  exports: [ResearchSensitivity],
})
export class ResearchAreasModule {}
