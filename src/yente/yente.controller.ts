import { Body, Controller, Get, HttpCode, Param, Post, Query, UseFilters } from '@nestjs/common';
import { RequireRole } from '../auth/roles.decorator';
import { MATCH_THRESHOLD } from '../matching';
import { YenteExceptionFilter } from './yente-exception.filter';
import { YenteQueryError } from './yente.errors';
import {
  type Catalog,
  DEFAULT_MATCH_LIMIT,
  DEFAULT_SEARCH_LIMIT,
  type MatchResponse,
  type SearchResponse,
  YenteService,
} from './yente.service';
import type { FtmEntity } from './ftm-mapping';

type QueryValue = string | string[] | undefined;

function single(value: QueryValue): string | undefined {
  return Array.isArray(value) ? value[value.length - 1] : value;
}

function list(value: QueryValue): string[] {
  if (value === undefined) {
    return [];
  }
  return (Array.isArray(value) ? value : [value]).filter((item) => item.length > 0);
}

function number(value: QueryValue, field: string, fallback: number): number {
  const text = single(value);
  if (text === undefined || text === '') {
    return fallback;
  }
  const parsed = Number(text);
  if (!Number.isFinite(parsed)) {
    throw new YenteQueryError(field, `"${text.slice(0, 50)}" is not a number`);
  }
  return parsed;
}

function flag(value: QueryValue, fallback: boolean): boolean {
  const text = single(value)?.toLowerCase();
  if (text === undefined || text === '') {
    return fallback;
  }
  if (['true', '1', 'yes', 'on'].includes(text)) {
    return true;
  }
  if (['false', '0', 'no', 'off'].includes(text)) {
    return false;
  }
  throw new YenteQueryError('nested', `"${text.slice(0, 20)}" is not true or false`);
}

/**
 * The yente API (OpenSanctions' matching service) over partner-graph, so that a yente client works
 * by changing its base URL: /match, /search, /entities and /catalog at the root, as yente has them.
 */
@Controller()
@RequireRole('screener')
@UseFilters(YenteExceptionFilter)
export class YenteController {
  constructor(private readonly yente: YenteService) {}

  @Post('match/:dataset')
  @HttpCode(200)
  match(
    @Param('dataset') dataset: string,
    @Body() body: unknown,
    @Query() query: Record<string, QueryValue>,
  ): Promise<MatchResponse> {
    return this.yente.match(dataset, body, {
      limit: number(query.limit, 'limit', DEFAULT_MATCH_LIMIT),
      threshold: number(query.threshold, 'threshold', MATCH_THRESHOLD),
      algorithm: single(query.algorithm) ?? 'best',
    });
  }

  @Get('search/:dataset')
  search(@Param('dataset') dataset: string, @Query() query: Record<string, QueryValue>): Promise<SearchResponse> {
    return this.yente.search(dataset, {
      q: single(query.q) ?? '',
      limit: number(query.limit, 'limit', DEFAULT_SEARCH_LIMIT),
      offset: number(query.offset, 'offset', 0),
      schema: single(query.schema) ?? null,
      countries: list(query.countries),
    });
  }

  @Get('entities/:id')
  entity(@Param('id') id: string, @Query() query: Record<string, QueryValue>): Promise<FtmEntity> {
    return this.yente.entity(id, flag(query.nested, true));
  }

  @Get('catalog')
  catalog(): Promise<Catalog> {
    return this.yente.catalog();
  }
}
