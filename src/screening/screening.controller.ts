import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { RequireRole } from '../auth/roles.decorator';
import { AppError } from '../common/app-error';
import { toPublicError } from '../common/error-mapper';
import { findUnknownField } from '../common/unknown-fields';
import type { ScreeningInput } from './dto/screening.input';
import type { ScreeningResult } from './models/screening-result.model';
import { ScreeningInputError } from './screening.errors';
import { MAX_BATCH, ScreeningService } from './screening.service';

/** The fields of ScreeningInput (REST takes the same JSON as GraphQL). */
const SCREENING_FIELDS = [
  'name',
  'aliases',
  'schema',
  'country',
  'dateOfBirth',
  'identifiers',
  'limit',
  'threshold',
  'lists',
  'pathRisks',
  'maxHops',
  'asOf',
] as const;
/** Names callers bring from FollowTheMoney, yente and other screening APIs. */
const FIELD_SYNONYMS: Record<string, string> = {
  birthDate: 'dateOfBirth',
  dob: 'dateOfBirth',
  nationality: 'country',
  countries: 'country',
  jurisdiction: 'country',
  alias: 'aliases',
  idNumber: 'identifiers',
  registrationNumber: 'identifiers',
  identifier: 'identifiers',
  list: 'lists',
  datasets: 'lists',
};

/** One row of a batch answer: the caller's id, then the result or the row's own error. */
export type BatchRow =
  | (ScreeningResult & { id?: string | number })
  | { id?: string | number; error: { code: string; reason: string; message: string; field: string | null } };

function checkFields(body: unknown, prefix: string, extra: readonly string[] = []): void {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return;
  }
  const unknown = findUnknownField(body as Record<string, unknown>, [...SCREENING_FIELDS, ...extra], FIELD_SYNONYMS);
  if (unknown) {
    throw new ScreeningInputError(
      `${prefix}${unknown.field}`,
      `unknown field${unknown.suggestion ? `; did you mean "${unknown.suggestion}"?` : ''} (fields: ${SCREENING_FIELDS.join(', ')})`,
    );
  }
}

/** REST for tools that don't speak GraphQL: the same input JSON and the same results. */
@Controller('api/screen')
@RequireRole('screener')
export class ScreeningController {
  constructor(private readonly screening: ScreeningService) {}

  @Post()
  @HttpCode(200)
  screen(@Body() body: ScreeningInput): Promise<ScreeningResult> {
    checkFields(body, '');
    return this.screening.screen(body);
  }

  /**
   * Each row is answered on its own: a bad row gets its error in its place and the others their
   * results, each with the `id` the caller gave it.
   */
  @Post('batch')
  @HttpCode(200)
  async screenBatch(@Body() body: { inputs?: unknown[] } | undefined): Promise<BatchRow[]> {
    if (!body || !Array.isArray(body.inputs)) {
      throw new ScreeningInputError('inputs', 'the body must be {"inputs": [ … ]}');
    }
    const unknownTop = findUnknownField(body, ['inputs']);
    if (unknownTop) {
      throw new ScreeningInputError(unknownTop.field, 'unknown field; the body is {"inputs": [ … ]}');
    }
    if (body.inputs.length > MAX_BATCH) {
      throw new ScreeningInputError('inputs', `at most ${MAX_BATCH} inputs a call; got ${body.inputs.length}`);
    }
    const rows: BatchRow[] = [];
    for (const [position, raw] of body.inputs.entries()) {
      const prefix = `inputs[${position}].`;
      const { id, ...input } = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
      const echo = typeof id === 'string' || typeof id === 'number' ? { id } : {};
      try {
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
          throw new ScreeningInputError(prefix.slice(0, -1), 'must be an object with at least a name');
        }
        if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
          throw new ScreeningInputError(`${prefix}id`, 'must be text or a number');
        }
        checkFields(input, prefix);
        const result = await this.screening.screen(input as unknown as ScreeningInput);
        rows.push({ ...echo, ...result });
      } catch (error) {
        if (!(error instanceof AppError) || toPublicError(error).httpStatus !== 400) {
          throw error;
        }
        const mapped = toPublicError(error);
        const field = typeof error.details.field === 'string' ? error.details.field : null;
        rows.push({
          ...echo,
          error: {
            code: mapped.code,
            reason: mapped.reason,
            // Errors from screen() name the field without the row; say which row.
            message: field !== null && !field.startsWith('inputs[') ? `${prefix}${mapped.message}` : mapped.message,
            field: field !== null && !field.startsWith('inputs[') ? `${prefix}${field}` : field,
          },
        });
      }
    }
    return rows;
  }
}
