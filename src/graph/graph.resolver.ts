import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/roles.decorator';
import { IdArgument } from '../common/graphql-arguments';
import { NeighbourhoodArgs, PathsArgs, SearchEntitiesArgs } from './dto/graph.args';
import { GraphService } from './graph.service';
import { Entity } from './models/entity.model';
import { EntitySearchHit, Path, Subgraph } from './models/subgraph.model';

@Resolver(() => Entity)
@RequireRole('reader')
export class GraphResolver {
  constructor(private readonly graph: GraphService) {}

  @Query(() => Entity, { description: 'One entity with its relationships, each with evidence.' })
  entity(
    @IdArgument('id', 'The entity id (from searchEntities, a path, or a screening result).')
    id: string,
  ): Promise<Entity> {
    return this.graph.getEntity(id);
  }

  @Query(() => [EntitySearchHit], { description: 'Find entities by name, alias, acronym or name in any script.' })
  searchEntities(@Args() args: SearchEntitiesArgs): Promise<EntitySearchHit[]> {
    return this.graph.searchEntities(args.query, args.limit);
  }

  @Query(() => Subgraph, { description: 'The entities and relationships within `depth` steps, for drawing.' })
  neighbourhood(@Args() args: NeighbourhoodArgs): Promise<Subgraph> {
    return this.graph.neighbourhood(args.id, args.depth, args.relationshipTypes ?? null);
  }

  @Query(() => [Path], { description: 'The shortest paths between two entities, in either direction.' })
  paths(@Args() args: PathsArgs): Promise<Path[]> {
    return this.graph.paths(args.fromId, args.toId, args.maxHops, args.relationshipTypes ?? null, args.asOf ?? null);
  }
}
