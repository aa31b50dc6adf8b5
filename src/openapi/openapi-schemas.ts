import { IMPORT_RESULT_KEYS } from '../watchlists/import-result';
/**
 * The JSON Schemas (OpenAPI 3.1, JSON Schema 2020-12) of the REST bodies. The REST endpoints take
 * and return plain JSON shaped like the GraphQL types, so these are written once here; the
 * OpenAPI test checks that every route the application registers has its entry in OPERATIONS, and
 * that every property and parameter has a description and (for a value, not a nested object) an
 * example (openapi-coverage.ts).
 */
type Schema = Record<string, unknown>;

const ref = (name: string, description?: string): Schema => ({
  $ref: `#/components/schemas/${name}`,
  ...(description === undefined ? {} : { description }),
});
const text = (description: string, example: string, extra: Schema = {}): Schema => ({
  type: 'string',
  description,
  example,
  ...extra,
});
const texts = (description: string, example: string[]): Schema => ({
  type: 'array',
  items: { type: 'string' },
  description,
  example,
});
const nullableText = (description: string, example: string | null, extra: Schema = {}): Schema => ({
  type: ['string', 'null'],
  description,
  example,
  ...extra,
});
const integer = (description: string, example: number, extra: Schema = {}): Schema => ({
  type: 'integer',
  description,
  example,
  ...extra,
});
const number = (description: string, example: number, extra: Schema = {}): Schema => ({
  type: 'number',
  description,
  example,
  ...extra,
});
const boolean = (description: string, example: boolean, extra: Schema = {}): Schema => ({
  type: 'boolean',
  description,
  example,
  ...extra,
});
const arrayOf = (items: Schema, description: string): Schema => ({ type: 'array', items, description });
const RISK_LEVELS = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL', 'UNKNOWN'];

export const COMPONENT_SCHEMAS: Record<string, Schema> = {
  Error: {
    type: 'object',
    description: 'Every REST error: a public code, the precise reason, a message, and where (field, argument, line).',
    required: ['code', 'reason', 'message', 'details'],
    properties: {
      code: text('The public code: BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, …', 'BAD_USER_INPUT'),
      reason: text('The precise cause: SCREENING_INPUT_INVALID, DATASET_NOT_FOUND, …', 'SCREENING_INPUT_INVALID'),
      message: text(
        'What was wrong, for a person.',
        'country[0]: "Atlantis" is not a country: give an ISO 3166-1 alpha-2 code ("za"), or a country\'s name or demonym the country tables know ("South Africa", "Chinese")',
      ),
      field: text('The input field, argument or header that was wrong, where there is one.', 'country[0]'),
      details: {
        type: 'object',
        description: 'Where: field, argument, header, line…',
        additionalProperties: true,
        example: { field: 'country[0]' },
      },
    },
    example: {
      code: 'BAD_USER_INPUT',
      reason: 'SCREENING_INPUT_INVALID',
      message:
        'country[0]: "Atlantis" is not a country: give an ISO 3166-1 alpha-2 code ("za"), or a country\'s name or demonym the country tables know ("South Africa", "Chinese")',
      field: 'country[0]',
      details: { field: 'country[0]' },
    },
  },
  YenteError: {
    type: 'object',
    description: "yente's error shape (`detail`), with partner-graph's error fields alongside.",
    required: ['detail'],
    properties: {
      detail: text('What was wrong.', 'No such dataset: "eu-fsf"; datasets: default, un-sc, us-ofac-sdn'),
      code: text('The public code: BAD_USER_INPUT, NOT_FOUND, …', 'NOT_FOUND'),
      reason: text('The precise cause.', 'DATASET_NOT_FOUND'),
      message: text('Same as detail.', 'No such dataset: "eu-fsf"; datasets: default, un-sc, us-ofac-sdn'),
      details: {
        type: 'object',
        description: 'Where: the argument or field that was wrong.',
        additionalProperties: true,
        example: { argument: 'dataset' },
      },
    },
    example: { detail: 'No such dataset: "eu-fsf"; datasets: default, un-sc, us-ofac-sdn', code: 'NOT_FOUND' },
  },
  ScreeningInput: {
    type: 'object',
    description: 'A party to screen against the watchlists and the graph. Unknown fields are refused.',
    required: ['name'],
    properties: {
      name: text('The name to screen (1 to 1,000 characters).', 'China Electronics Technology Group Corporation'),
      aliases: texts('Other names of the same party; the best one is used.', ['CETC']),
      schema: text(
        'Person, Organization, Company, PublicBody, LegalEntity (default), Vessel, Airplane, Vehicle, Asset.',
        'Organization',
      ),
      country: texts(
        'Countries, each a code (ISO 3166-1 alpha-2), or a country\'s name or demonym ("South Africa", "Chinese"), read as its code; any other is refused (400, the field named).',
        ['cn'],
      ),
      dateOfBirth: texts('Dates of birth: YYYY, YYYY-MM or YYYY-MM-DD.', ['1978-03-02']),
      identifiers: texts('Registration numbers, LEI, IMO, passport numbers…', ['12100000414']),
      limit: integer('How many matches to return.', 5, { minimum: 1, maximum: 50, default: 5 }),
      threshold: number('The score at or above which a match is `match: true`.', 0.7, {
        minimum: 0,
        maximum: 1,
        default: 0.7,
      }),
      lists: texts('Only entries on these lists (ids such as us-ofac-sdn).', ['us-ofac-sdn', 'un-sc']),
      pathRisks: boolean('Walk the affiliation paths of the matches.', true, { default: true }),
      maxHops: integer('Hops for the path walk.', 4, { minimum: 1, maximum: 6 }),
      asOf: text(
        'Only relationships valid on this date count: a date (YYYY-MM-DD), or an ISO 8601 date-time whose date is kept (2024-06-30T12:00:00Z reads 2024-06-30); default today.',
        '2026-12-01',
      ),
    },
    example: {
      name: 'China Electronics Technology Group Corporation',
      country: ['cn'],
      schema: 'Organization',
      limit: 3,
    },
  },
  ScreeningFeature: {
    type: 'object',
    description: 'One reason behind a score.',
    required: ['name', 'value', 'reason'],
    properties: {
      name: text(
        'The feature: token_alignment, acronym, transliteration, class_words, legal_form, alias, schema, country, identifier, birth_date, weak_alias (the query is a name the list calls weak, since rules 1.113.0), derived_initials (since rules 1.117.0: a bare acronym matched only through the initials of this name while another body writes it as its own), part_of_named_body (the query names the body whole with a unit or programme of it, since rules 1.119.0), own_town (a place after the name is a town the index holds the body in: its address, since rules 1.141.0).',
        'country',
      ),
      value: number('A similarity in [0, 1], or -1/0/1 for conflict/unknown/agreement.', 1),
      reason: text('One plain-English line an analyst can check.', 'Both are linked to CN.'),
    },
  },
  ScreeningListing: {
    type: 'object',
    description: 'A list an entry is on, with the programme it is listed under.',
    properties: {
      id: text('The list id.', 'us-ofac-sdn'),
      programme: nullableText('The sanctions programme; null when the list gives none.', 'CMIC-EO13959'),
    },
  },
  ScreeningMatch: {
    type: 'object',
    description: 'A list entry or graph entity the screened party may be.',
    required: ['entityId', 'name', 'matchedName', 'queryName', 'score', 'match', 'type', 'schema', 'lists', 'features'],
    properties: {
      entityId: text('The entity id (list entries: `<list>:<entry id>`).', 'us-ofac-sdn:36203'),
      name: text("The entity's primary name.", 'CHINA ELECTRONICS TECHNOLOGY GROUP CORPORATION'),
      matchedName: text(
        'The name or alias of the entity that matched best.',
        'CHINA ELECTRONICS TECHNOLOGY GROUP CORPORATION',
      ),
      queryName: text('The query name or alias that matched best.', 'China Electronics Technology Group Corporation'),
      score: number('The match score, 0 to 1.', 0.97, { minimum: 0, maximum: 1 }),
      match: boolean('True when the score is at or above the threshold.', true),
      type: text('Graph label: Organisation, Military, SecurityService, State or Person.', 'Organisation'),
      schema: text('FollowTheMoney schema used for matching.', 'Organization'),
      kind: nullableText('For organisations: University, Company, …; null otherwise.', 'University'),
      riskCategories: texts('Risk categories of the entity: military, state-security, defence-industry, …', [
        'defence-industry',
      ]),
      curated: boolean('True for a curated graph entity on no list.', false),
      demo: boolean(
        'True for a fictional demo body of the seed, found only by one of its own names written whole.',
        false,
      ),
      lists: arrayOf(ref('ScreeningListing'), 'The lists the entity is actively on.'),
      features: arrayOf(ref('ScreeningFeature'), 'The reasons behind the score, one per feature.'),
      alsoListedAs: arrayOf(
        ref('ScreeningSameParty'),
        'Entries of other lists that are the same party (a shared name, an agreeing date of birth, country or identifier, no conflicting date of birth or country), folded into this match.',
      ),
    },
  },
  ScreeningSameParty: {
    type: 'object',
    description: 'An entry of another list that is the same party as a match.',
    properties: {
      entityId: text('The entry id, `<list>:<entry id>`.', 'us-bis-entity:CETC-1'),
      name: text("The entry's primary name.", 'China Electronics Technology Group Corporation'),
      matchedName: text(
        'The name or alias of the entry that matched best.',
        'China Electronics Technology Group Corporation',
      ),
      score: number("The entry's own match score, 0 to 1.", 0.96, { minimum: 0, maximum: 1 }),
      lists: arrayOf(ref('ScreeningListing'), 'The lists the entry is on.'),
      reason: text('Why it is the same party.', 'same name, country agrees'),
    },
  },
  ScreeningResult: {
    type: 'object',
    description: 'Matches, path risks and the overall level for one screened party (the GraphQL ScreeningResult).',
    required: ['matches', 'listVersions', 'screenedAt', 'riskLevel', 'riskReasons', 'pathRisks'],
    properties: {
      matches: arrayOf(ref('ScreeningMatch'), 'Best first.'),
      listVersions: {
        type: 'array',
        description: 'The list versions the index was built from (GraphQL type ScreeningListVersion).',
        items: { type: 'object', additionalProperties: true },
        example: [{ listId: 'us-ofac-sdn', versionId: 'us-ofac-sdn@3', issuedAt: '2026-11-28', stale: false }],
      },
      indexBuiltAt: text('When the screening index was built.', '2026-12-01T03:00:00.000Z', { format: 'date-time' }),
      indexAgeSeconds: number('Seconds from the index build to this screening.', 42.5),
      indexGeneration: integer('The graph generation the index reflects (one more per list activation).', 7),
      indexBehindGraph: boolean('True when a list was activated since the build and a rebuild is under way.', false),
      screenedAt: text('When this screening ran.', '2026-12-01T03:00:42.500Z', { format: 'date-time' }),
      resolution: {
        type: ['object', 'null'],
        description: 'Which entity the party is, by the resolution rule (GraphQL type PartyResolution).',
        additionalProperties: true,
        example: { status: 'RESOLVED', method: 'name', entityId: 'cn-soe:cetc', score: 0.97 },
      },
      resolvedEntityIds: texts('The entities matched at or above the threshold, whose paths were walked.', [
        'us-ofac-sdn:36203',
      ]),
      pathRisks: {
        type: 'array',
        description:
          'Affiliation paths to risk targets, strongest first (GraphQL type ScreeningPathRisk): each a RiskFinding with counted, false for a path shown and not counted in riskLevel (a namesake of another country\'s, its sentence ending "; not counted").',
        items: {
          type: 'object',
          required: ['counted'],
          properties: {
            counted: boolean('True when the path counts in riskLevel; false for one shown and not counted.', true),
          },
          additionalProperties: true,
        },
        example: [
          {
            hops: 1,
            score: 0.72,
            level: 'HIGH',
            sentence: 'Matched Example Institute (cn-gov:example) at 1: supervised by a defence-industry body, 1 hop.',
            counted: true,
          },
        ],
      },
      riskLevel: text('The overall level from the matches and the path risks; never UNKNOWN.', 'HIGH', {
        enum: RISK_LEVELS,
      }),
      riskReasons: texts('The findings that set the level.', ['Listed on us-ofac-sdn (CMIC-EO13959)']),
      rulesVersion: text('The risk rules version the path risks were scored with.', '1.236.0'),
      pathRisksTruncated: boolean('True when a cap cut a path walk short.', false),
    },
  },
  ScreeningBatch: {
    type: 'object',
    description: 'Up to 1,000 parties to screen in one call.',
    required: ['inputs'],
    properties: {
      inputs: {
        type: 'array',
        maxItems: 1000,
        description: 'Each input may carry your `id` (text or number), echoed in its answer row.',
        items: {
          allOf: [
            ref('ScreeningInput'),
            {
              type: 'object',
              properties: { id: { type: ['string', 'number'], description: 'Your id for the row.', example: 'crm-1' } },
            },
          ],
        },
      },
    },
    example: {
      inputs: [
        { id: 'crm-1', name: 'NUDT' },
        { id: 'crm-2', name: 'China Electronics Technology Group Corporation', country: ['cn'] },
      ],
    },
  },
  BatchRow: {
    description: 'One row of a batch answer, in input order: the result, or this row’s own error; with your id.',
    oneOf: [
      {
        allOf: [
          ref('ScreeningResult'),
          {
            type: 'object',
            properties: { id: { type: ['string', 'number'], description: 'Your id, as sent.', example: 'crm-1' } },
          },
        ],
      },
      {
        type: 'object',
        required: ['error'],
        properties: {
          id: { type: ['string', 'number'], description: 'Your id, as sent.', example: 'crm-2' },
          error: {
            type: 'object',
            description: "This row's error; the other rows have their results.",
            properties: {
              code: text('The public code.', 'BAD_USER_INPUT'),
              reason: text('The precise cause.', 'SCREENING_INPUT_INVALID'),
              message: text('What was wrong.', 'inputs[1].name: is empty or only spaces'),
              field: nullableText('The field of the row that was wrong: inputs[N].field.', 'inputs[1].name'),
            },
          },
        },
      },
    ],
  },
  ImportCounts: {
    type: 'object',
    description: 'What a version changed, compared with the active version before it.',
    required: ['added', 'changed', 'removed', 'unchanged', 'rejected'],
    properties: {
      added: integer('Entries new in this version.', 1003),
      changed: integer('Entries held before whose content changed.', 0),
      removed: integer('Entries of the version before that this one no longer holds (delisted).', 0),
      unchanged: integer('Entries held before with the same content.', 0),
      rejected: integer('Records of the file that could not be read and were left out (see warnings).', 0),
    },
  },
  ImportWarning: {
    type: 'object',
    description: 'A record the import left out, and why.',
    required: ['code', 'message', 'file', 'line', 'record'],
    properties: {
      code: text('A WATCHLIST_* code.', 'WATCHLIST_RECORD_INVALID'),
      message: text('What was wrong with the record.', 'The record has no name'),
      file: text('The file it was read from.', 'sdn.csv'),
      line: { type: ['integer', 'null'], description: 'The line of the file; null where it has none.', example: 7 },
      record: {
        type: ['integer', 'null'],
        description: 'The number of the record in the file, from 1; null when unknown.',
        example: 6,
      },
    },
  },
  ImportResult: {
    type: 'object',
    description:
      'What one import did to its list: the same object from REST (an array, one per version the file made), GraphQL importWatchlist and `partner-graph import --json` (one per line).',
    required: [...IMPORT_RESULT_KEYS],
    properties: {
      list: text('The list id.', 'un-sc'),
      version: nullableText(
        'The version id `<list>@<seq>`: the new version, or the active one when the file was already imported.',
        'un-sc@1',
      ),
      status: text(
        'imported (a new version is active) or unchanged (the same file as the active version).',
        'imported',
        {
          enum: ['imported', 'unchanged'],
        },
      ),
      entries: integer('Entries read from the file.', 1003),
      counts: ref('ImportCounts', 'What the version changed.'),
      relationships: integer('Relationships between entries the file stated (FtM, UK list).', 0),
      issuedAt: nullableText('The date the list was issued; null when unknown.', '2026-11-28'),
      importedBy: nullableText('The user id recorded as the importer.', 'admin'),
      importedAt: nullableText('When the version became active (ISO 8601).', '2026-12-01T03:05:12.000Z'),
      warnings: arrayOf(ref('ImportWarning'), 'The first 100 records left out (warningsTotal: how many in all).'),
      warningsTotal: integer('How many records were left out in all.', 0),
    },
  },
  DatabaseHealth: {
    type: 'object',
    description: 'Whether Neo4j answers.',
    properties: {
      reachable: boolean('True when Neo4j answered the probe.', true),
      busy: boolean('True when the probe was not answered in time but other queries were, moments ago.', false),
      version: nullableText('The Neo4j version; null when unreachable.', '5.26.0'),
      edition: nullableText('community or enterprise; null when unreachable.', 'community'),
      error: nullableText('Why it is unreachable; null when reachable.', null),
    },
  },
  Health: {
    type: 'object',
    description: 'ok when Neo4j answers.',
    properties: {
      status: text('ok, or unavailable (with HTTP 503).', 'ok', { enum: ['ok', 'unavailable'] }),
      database: ref('DatabaseHealth', 'The database probe.'),
      checkedAt: text('When the check ran.', '2026-12-01T03:05:12.000Z', { format: 'date-time' }),
    },
    additionalProperties: true,
  },
  FtmEntity: {
    type: 'object',
    description: "A FollowTheMoney entity, as yente's EntityResponse.",
    required: ['id', 'caption', 'schema', 'properties', 'datasets', 'referents', 'target'],
    properties: {
      id: text('Entity id.', 'us-ofac-sdn:36203'),
      caption: text('Display name.', 'CHINA ELECTRONICS TECHNOLOGY GROUP CORPORATION'),
      schema: text('FollowTheMoney schema: Person, Company, Organization, …', 'Organization'),
      properties: {
        type: 'object',
        description: 'Property name to values; with nested=true, link entities (Ownership, …) as objects.',
        additionalProperties: { type: 'array', items: { oneOf: [{ type: 'string' }, ref('FtmEntity')] } },
        example: { name: ['CHINA ELECTRONICS TECHNOLOGY GROUP CORPORATION'], country: ['cn'], topics: ['sanction'] },
      },
      datasets: texts('The lists the entity is actively on.', ['us-ofac-sdn']),
      referents: texts('Other ids of the same entity (SAME_AS links).', ['cn-soe:cetc']),
      target: boolean('Listed, or carrying a risk category.', true),
      first_seen: nullableText('When the entity first appeared (ISO 8601).', '2026-11-28T00:00:00'),
      last_seen: nullableText('When it was last seen in a list (ISO 8601).', '2026-12-01T00:00:00'),
      last_change: nullableText('When its data last changed (ISO 8601).', '2026-11-28T00:00:00'),
    },
  },
  ScoredEntity: {
    allOf: [
      ref('FtmEntity'),
      {
        type: 'object',
        required: ['score', 'match', 'features', 'explanations'],
        properties: {
          score: number('The match score, 0 to 1.', 0.97),
          match: boolean('Score at or above the threshold.', true),
          features: {
            type: 'object',
            additionalProperties: { type: 'number' },
            description: 'Per-feature scores.',
            example: { token_alignment: 1, country: 1 },
          },
          explanations: {
            type: 'object',
            description: 'Per-feature score and the reason, in words.',
            additionalProperties: {
              type: 'object',
              properties: {
                score: number('The feature score.', 1),
                detail: text('The reason, in words.', 'Both are linked to CN.'),
              },
            },
            example: { country: { score: 1, detail: 'Both are linked to CN.' } },
          },
        },
      },
    ],
  },
  EntityExample: {
    type: 'object',
    description: 'A query entity, as yente takes it.',
    required: ['schema', 'properties'],
    properties: {
      id: nullableText('Your id for the query entity (optional).', 'entity1'),
      schema: text('Person, Organization, Company, LegalEntity, Vessel, …', 'Person'),
      properties: {
        type: 'object',
        description: 'FollowTheMoney properties: name, alias, birthDate, nationality, country, idNumber, …',
        additionalProperties: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
        example: { name: ['Jane Roe'], birthDate: ['1975-04-21'], nationality: ['us'] },
      },
    },
  },
  MatchRequest: {
    type: 'object',
    description: "yente's match request: query entities under your ids.",
    required: ['queries'],
    properties: {
      queries: {
        type: 'object',
        description: 'The query entities, each under your id for it.',
        additionalProperties: ref('EntityExample'),
        example: { entity1: { schema: 'Person', properties: { name: ['Jane Roe'], birthDate: ['1975-04-21'] } } },
      },
      weights: {
        type: 'object',
        description: "yente's algorithm weights: accepted, not used.",
        example: {},
      },
      config: { type: 'object', description: "yente's algorithm config: accepted, not used.", example: {} },
    },
    example: {
      queries: {
        entity1: {
          schema: 'Person',
          properties: { name: ['Jane Roe'], birthDate: ['1975-04-21'], nationality: ['us'] },
        },
        entity2: {
          schema: 'Company',
          properties: { name: ['Brilliant Amazing Limited'], jurisdiction: ['hk'], registrationNumber: ['84BA99810'] },
        },
      },
    },
  },
  MatchQueryResponse: {
    type: 'object',
    description: 'The answer to one query entity.',
    properties: {
      status: integer('200 for an answered query.', 200),
      results: arrayOf(ref('ScoredEntity'), 'The candidates, best first.'),
      total: ref('Total', 'How many candidates there were.'),
      query: ref('EntityExample', 'The query as read.'),
    },
  },
  MatchResponse: {
    type: 'object',
    description: "yente's match response.",
    required: ['responses', 'limit'],
    properties: {
      responses: {
        type: 'object',
        description: 'One answer per query, under your query id.',
        additionalProperties: ref('MatchQueryResponse'),
        example: { entity1: { status: 200, results: [], total: { value: 0, relation: 'eq' } } },
      },
      matcher: {
        type: 'object',
        additionalProperties: true,
        description: 'The matcher that answered.',
        example: {
          name: 'partner-graph',
          algorithm: 'best',
          threshold: 0.7,
          description: 'partner-graph name matching',
        },
      },
      limit: integer('Results per query.', 5),
    },
  },
  Total: {
    type: 'object',
    description: 'How many results there were.',
    properties: {
      value: integer('The count.', 1),
      relation: text('eq (exact).', 'eq'),
    },
  },
  SearchResponse: {
    type: 'object',
    description: "yente's search response.",
    properties: {
      results: arrayOf(ref('FtmEntity'), 'The entities found, best first.'),
      facets: {
        type: 'object',
        additionalProperties: true,
        description: 'Counts of the results by country, dataset and topic.',
        example: { datasets: { label: 'Data sources', values: [{ name: 'un-sc', label: 'un-sc', count: 1 }] } },
      },
      total: ref('Total', 'How many entities matched.'),
      limit: integer('Results per page.', 10),
      offset: integer('Where this page starts.', 0),
    },
  },
  Me: {
    type: 'object',
    description: 'Who is calling (the same as GraphQL `me`).',
    required: ['userId', 'displayName', 'role', 'localMode'],
    properties: {
      userId: text('Recorded on every write the caller makes (importedBy, decidedBy, …).', 'admin'),
      displayName: text("The user's name.", 'Administrator'),
      role: text('reader, screener or admin.', 'admin', { enum: ['reader', 'screener', 'admin'] }),
      localMode: boolean("No API keys configured; the caller is this machine's OS account.", false),
    },
  },
  CatalogDataset: {
    type: 'object',
    description: 'One dataset: a list, or default for all.',
    additionalProperties: true,
    properties: {
      name: text('List id, or default for all.', 'un-sc'),
      title: text('List name.', 'UN Security Council Consolidated List'),
      type: text('source (a list) or collection (default).', 'source', { enum: ['source', 'collection'] }),
      updated_at: nullableText('When the active version was imported.', '2026-12-01T03:05:12.000Z'),
      version: nullableText('Active version id.', 'un-sc@1'),
      index_version: nullableText('The version the screening index holds.', 'un-sc@1'),
      index_current: boolean('True when the index holds the active version.', true),
      entity_count: { type: ['integer', 'null'], description: 'Entries in the active version.', example: 1003 },
      children: texts('For default: every list.', ['un-sc', 'us-ofac-sdn']),
    },
  },
  Catalog: {
    type: 'object',
    description: "yente's catalogue: the datasets.",
    properties: {
      datasets: arrayOf(ref('CatalogDataset'), 'Every list, and default for all.'),
      current: texts('Datasets whose index is current.', ['default', 'un-sc']),
      outdated: texts('Datasets whose index lags the active version.', []),
      index_stale: boolean('True when any dataset is outdated.', false),
    },
  },
};

/** A query or path parameter: what it is, and an example value. */
export interface ParameterSpec {
  name: string;
  schema: Schema;
  description: string;
  example: unknown;
}

export interface OperationSpec {
  summary: string;
  tag: string;
  requestBody?: { contentType: string; schema: Schema; description?: string };
  response: Schema;
  /** The 200 answer's media type (default application/json). */
  responseContentType?: string;
  /** Error statuses this route answers, besides 401/403 for a missing or weak key. */
  errors: number[];
  yente?: boolean;
  queryParameters?: ParameterSpec[];
  /** The path parameters Nest registers (`{name}`), described. */
  pathParameters?: ParameterSpec[];
}

const LIST_PARAMETER: ParameterSpec = {
  name: 'list',
  schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9_.-]{0,63}$' },
  description: 'The list id to import into: 1 to 64 lower-case letters, digits, ".", "_" or "-".',
  example: 'un-sc',
};
const DATASET_PARAMETER: ParameterSpec = {
  name: 'dataset',
  schema: { type: 'string' },
  description: 'A list id (see /catalog), or default for every list.',
  example: 'default',
};
const CASE_PARAMETERS: ParameterSpec[] = [
  { name: 'id', schema: { type: 'string' }, description: 'The case id.', example: 'case-4f1c2a9e' },
];
const SNAPSHOT_PARAMETER: ParameterSpec = {
  name: 'snapshot',
  schema: { type: 'string' },
  description: "A snapshot id (default: the case's latest).",
  example: 'snapshot-8b3d0c71',
};

/** Every REST route, by `METHOD /path` as Nest registers it (`{param}` for path parameters). */
export const OPERATIONS: Record<string, OperationSpec> = {
  'POST /api/screen': {
    summary: 'Screen one party (needs the screener role)',
    tag: 'Screening',
    requestBody: { contentType: 'application/json', schema: ref('ScreeningInput') },
    response: ref('ScreeningResult'),
    errors: [400, 503],
  },
  'POST /api/screen/batch': {
    summary: 'Screen up to 1,000 parties (needs the screener role)',
    tag: 'Screening',
    requestBody: { contentType: 'application/json', schema: ref('ScreeningBatch') },
    response: { type: 'array', items: ref('BatchRow') },
    errors: [400, 503],
  },
  'POST /api/watchlists/{list}/import': {
    summary: 'Import a list file as a new version of the list (needs the admin role)',
    tag: 'Watchlists',
    requestBody: {
      contentType: 'application/octet-stream',
      schema: { type: 'string', contentMediaType: 'application/octet-stream' },
      description:
        'The list file as published (OFAC CSV, UN XML, FtM JSON lines, …); OFAC with its side files as multipart/form-data (parts file, alt, add, comments).',
    },
    pathParameters: [LIST_PARAMETER],
    queryParameters: [
      {
        name: 'format',
        schema: { type: 'string' },
        description: 'The file format: ofac-sdn, ofac-cons, un-xml, csl-csv, bis-dpl, ftm, ftm-delta, uk-sanctions, …',
        example: 'un-xml',
      },
      {
        name: 'strict',
        schema: { type: 'boolean', default: false },
        description: 'true: refuse the whole file, changing nothing, if any record is invalid.',
        example: false,
      },
      {
        name: 'issuedAt',
        schema: { type: 'string', format: 'date' },
        description: 'When the list was issued, used when the file does not say (YYYY-MM-DD).',
        example: '2026-11-28',
      },
      {
        name: 'allowMassDelisting',
        schema: { type: 'boolean', default: false },
        description: 'true: activate even when the version delists more than MAX_DELISTING_SHARE (5%) of the entries.',
        example: false,
      },
      {
        name: 'sideFiles',
        schema: { type: 'string', enum: ['none'] },
        description: 'none: import an OFAC file without its alias and address side files.',
        example: 'none',
      },
    ],
    response: {
      type: 'array',
      items: ref('ImportResult'),
      description: 'One ImportResult per version the file made (one for most files).',
    },
    errors: [400, 409, 413],
  },
  'GET /api/me': {
    summary:
      'Who the caller is: user, role, local mode; 200 with authenticated: false when the key is missing or wrong (no key needed)',
    tag: 'Operations',
    response: {
      type: 'object',
      description: 'The caller, or why it is not authenticated.',
      properties: {
        authenticated: boolean('True when the key (or local mode) identifies a user.', true),
        userId: text('The user id recorded on writes.', 'admin'),
        displayName: text("The user's name.", 'Administrator'),
        role: text('reader, screener or admin.', 'admin', { enum: ['reader', 'screener', 'admin'] }),
        localMode: boolean("True when no API keys are configured and the caller is this machine's OS account.", false),
        code: text('UNAUTHENTICATED when authenticated is false.', 'UNAUTHENTICATED'),
        message: text('Why the caller is not authenticated.', 'No API key was sent'),
      },
      required: ['authenticated'],
    },
    // Refused, like every route, for a host or origin that is not allowed.
    errors: [403],
  },
  'GET /health': {
    summary: 'Health: Neo4j reachable (no key needed)',
    tag: 'Operations',
    response: ref('Health'),
    errors: [503],
  },
  'GET /health/ready': {
    summary:
      'Readiness: 503 without the database or a built screening index, or while the start-up warm-up runs; 200 degraded with reasons when the index is behind or a list is overdue (no key needed)',
    tag: 'Operations',
    response: {
      type: 'object',
      description: 'Whether this process can serve, and why not.',
      properties: {
        status: text('ok (serving current data), degraded (serving, see reasons) or unavailable (503).', 'ok', {
          enum: ['ok', 'degraded', 'unavailable'],
        }),
        reasons: texts('Why the status is not ok, one sentence each.', []),
        database: ref('DatabaseHealth', 'The database probe.'),
        screeningIndex: {
          type: ['object', 'null'],
          description:
            'The screening index: ready, builtAt, ageSeconds, generation, behind…; null before the first build.',
          additionalProperties: true,
          example: { ready: true, builtAt: '2026-12-01T03:00:00.000Z', ageSeconds: 312, generation: 7, behind: false },
        },
        warmUp: {
          type: 'object',
          description:
            'The start-up warm-up: status (running, done, skipped, failed), the milliseconds each of the most served requests took when first made, and the error of a failed one. Readiness is unavailable while it runs, for at most 30 s.',
          additionalProperties: true,
          example: { status: 'done', requests: { screen: 212, searchEntities: 38, riskPaths: 96 }, error: null },
        },
        lists: {
          type: ['array', 'null'],
          description: "Each list's freshness against its sync cadence; null when the database cannot be read.",
          items: { type: 'object', additionalProperties: true },
          example: [{ id: 'un-sc', freshAsOf: '2026-12-01T03:05:12.000Z', overdue: false, consecutiveFailures: 0 }],
        },
        checkedAt: text('When the check ran.', '2026-12-01T03:05:12.000Z', { format: 'date-time' }),
      },
    },
    errors: [503],
  },
  'GET /health/live': {
    summary: 'Liveness: the process answers (asks nothing of Neo4j; no key needed)',
    tag: 'Operations',
    response: {
      type: 'object',
      description: 'Always ok while the process answers.',
      properties: { status: text('Always ok.', 'ok', { const: 'ok' }) },
    },
    errors: [503],
  },
  'GET /metrics': {
    summary:
      'Prometheus metrics: HTTP and GraphQL request counts and latency histograms, screening index size, age and generation, list freshness, list activations, Node process figures (loopback in local mode; any key with keys)',
    tag: 'Operations',
    responseContentType: 'text/plain; version=0.0.4',
    response: { type: 'string', description: 'The Prometheus text exposition format' },
    errors: [],
  },
  'POST /match/{dataset}': {
    summary: 'yente: match query entities against a dataset (needs the screener role)',
    tag: 'yente-compatible',
    yente: true,
    requestBody: { contentType: 'application/json', schema: ref('MatchRequest') },
    pathParameters: [DATASET_PARAMETER],
    queryParameters: [
      {
        name: 'limit',
        schema: { type: 'integer', default: 5, maximum: 50 },
        description: 'Results per query.',
        example: 5,
      },
      {
        name: 'threshold',
        schema: { type: 'number', default: 0.7 },
        description: 'The score at or above which a result is match: true.',
        example: 0.7,
      },
      {
        name: 'algorithm',
        schema: { type: 'string', default: 'best' },
        description:
          "yente's names (best, logic-v2, logic-v1, regression-v1, name-based, name-qualified, ofac-249) all use partner-graph's matcher; others are refused.",
        example: 'best',
      },
    ],
    response: ref('MatchResponse'),
    errors: [400, 404, 503],
  },
  'GET /search/{dataset}': {
    summary: 'yente: search a dataset by text (needs the screener role)',
    tag: 'yente-compatible',
    yente: true,
    pathParameters: [DATASET_PARAMETER],
    queryParameters: [
      {
        name: 'q',
        schema: { type: 'string' },
        description: 'Query text (a name).',
        example: 'China Electronics Technology',
      },
      {
        name: 'limit',
        schema: { type: 'integer', default: 10, maximum: 50 },
        description: 'Results per page.',
        example: 10,
      },
      { name: 'offset', schema: { type: 'integer', default: 0 }, description: 'Start at this result.', example: 0 },
      {
        name: 'schema',
        schema: { type: 'string' },
        description: 'Only this schema (Person, Company, …).',
        example: 'Organization',
      },
      {
        name: 'countries',
        schema: { type: 'array', items: { type: 'string' } },
        description:
          "Only these countries (repeat the parameter): each a code (ISO 3166-1 alpha-2), or a country's name or demonym, read as its code; any other is refused (400).",
        example: ['cn'],
      },
    ],
    response: ref('SearchResponse'),
    errors: [400, 404, 503],
  },
  'GET /entities/{id}': {
    summary: 'yente: one entity as FollowTheMoney JSON (needs the screener role)',
    tag: 'yente-compatible',
    yente: true,
    pathParameters: [
      {
        name: 'id',
        schema: { type: 'string' },
        description: 'An entity id from a match or search result (list entries: `<list>:<entry id>`).',
        example: 'us-ofac-sdn:36203',
      },
    ],
    queryParameters: [
      {
        name: 'nested',
        schema: { type: 'boolean', default: true },
        description: 'Include linked entities (ownership, membership…) as nested objects.',
        example: true,
      },
    ],
    response: ref('FtmEntity'),
    errors: [404],
  },
  'GET /api/cases/{id}/report.html': {
    summary: 'The report for the file: one self-contained HTML document with a content hash',
    tag: 'Cases',
    pathParameters: CASE_PARAMETERS,
    queryParameters: [SNAPSHOT_PARAMETER],
    response: { type: 'string', contentMediaType: 'text/html', description: 'The HTML report.' },
    responseContentType: 'text/html',
    errors: [400, 404],
  },
  'GET /api/cases/{id}/report.pdf': {
    summary: "The report for the file as PDF (A4), printed by the server's Chromium",
    tag: 'Cases',
    pathParameters: CASE_PARAMETERS,
    queryParameters: [SNAPSHOT_PARAMETER],
    response: { type: 'string', contentMediaType: 'application/pdf', description: 'The PDF report.' },
    responseContentType: 'application/pdf',
    errors: [400, 404, 503],
  },
  'GET /catalog': {
    summary: 'yente: the datasets (our lists, and default for all)',
    tag: 'yente-compatible',
    yente: true,
    response: ref('Catalog'),
    errors: [503],
  },
};
