import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';
import { LivenessController } from './liveness.controller';

@Module({ controllers: [HealthController, LivenessController], providers: [HealthService] })
export class HealthModule {}
