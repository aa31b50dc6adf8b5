import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { ScreeningModule } from '../screening/screening.module';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** `/metrics` for Prometheus: HTTP and GraphQL timings, the screening index, list freshness. */
@Module({
  imports: [ScreeningModule.forApi()],
  controllers: [MetricsController],
  providers: [MetricsService],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('{*path}');
  }
}
