import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';
import { LivenessController } from './liveness.controller';
import { WarmUpService } from './warm-up.service';

@Module({ controllers: [HealthController, LivenessController], providers: [HealthService, WarmUpService] })
export class HealthModule {}
