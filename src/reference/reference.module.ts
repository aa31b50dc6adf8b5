import { Module } from '@nestjs/common';
import { RiskModule } from '../risk/risk.module';
import { ReferenceRepository } from './reference.repository';
import { ReferenceService } from './reference.service';

/**
 * Reference registries that are not lists (ROR, the Crossref Open Funder Registry): versioned
 * imports and identity links. Screening indexes the bodies like other graph entities.
 */
@Module({
  imports: [RiskModule],
  providers: [ReferenceRepository, ReferenceService],
  exports: [ReferenceService],
})
export class ReferenceModule {}
