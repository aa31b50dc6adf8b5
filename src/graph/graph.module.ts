import { Module } from '@nestjs/common';
import { GraphRepository } from './graph.repository';
import { GraphResolver } from './graph.resolver';
import { GraphService } from './graph.service';

@Module({ providers: [GraphRepository, GraphService, GraphResolver], exports: [GraphService] })
export class GraphModule {}
