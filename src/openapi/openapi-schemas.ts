/**
 * The JSON Schemas (OpenAPI 3.1, JSON Schema 2020-12) of the REST bodies. The REST endpoints take
 * and return plain JSON shaped like the GraphQL types, so these are written once here; the
 * OpenAPI test checks that every route the application registers has its entry in OPERATIONS.
 */
type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const text = (description: string, extra: Schema = {}): Schema => ({ type: 'string', description, ...extra });
const texts = (description: string): Schema => ({ type: 'array', items: { type: 'string' }, description });
const nullableText = (description: string): Schema => ({ type: ['string', 'null'], description });

export const COMPONENT_SCHEMAS: Record<string, Schema> = {
  Error: {
    type: 'object',
    description: 'Every REST error: a public code, the precise reason, a message, and where (field, argument, line).',
    required: ['code', 'reason', 'message', 'details'],
    properties: {
      code: text('BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, …'),
      reason: text('The precise cause: SCREENING_INPUT_INVALID, DATASET_NOT_FOUND, …'),
      message: text('What was wrong, for a person.'),
      field: text('The input field, argument or header that was wrong, where there is one.'),
      details: { type: 'object', description: 'Where: field, argument, header, line…', additionalProperties: true },
    },
    example: {
      code: 'BAD_USER_INPUT',
      reason: 'SCREENING_INPUT_INVALID',
      message: 'country[0]: "Atlantis" is not a country code or name',
      field: 'country[0]',
      details: { field: 'country[0]' },
    },
  },
  YenteError: {
    type: 'object',
    description: "yente's error shape (`detail`), with partner-graph's error fields alongside.",
    required: ['detail'],
    properties: {
      detail: text('What was wrong.'),
      code: text('BAD_USER_INPUT, NOT_FOUND, …'),
      reason: text('The precise cause.'),
      message: text('Same as detail.'),
      details: { type: 'object', additionalProperties: true },
    },
    example: { detail: 'No such dataset: "eu-fsf"; datasets: default, un-sc, us-ofac-sdn', code: 'NOT_FOUND' },
  },
  ScreeningInput: {
    type: 'object',
    description: 'A party to screen against the watchlists and the graph.',
    required: ['name'],
    properties: {
      name: text('The name to screen (1 to 1,000 characters).'),
      aliases: texts('Other names of the same party; the best one is used.'),
      schema: text(
        'Person, Organization, Company, PublicBody, LegalEntity (default), Vessel, Airplane, Vehicle, Asset.',
      ),
      country: texts('Countries: ISO 3166 alpha-2 codes or English names.'),
      dateOfBirth: texts('Dates of birth: YYYY, YYYY-MM or YYYY-MM-DD.'),
      identifiers: texts('Registration numbers, LEI, IMO, passport numbers…'),
      limit: { type: 'integer', minimum: 1, maximum: 50, default: 5, description: 'How many matches to return.' },
      threshold: { type: 'number', minimum: 0, maximum: 1, default: 0.7, description: 'Score for `match: true`.' },
      lists: texts('Only entries on these lists (ids such as us-ofac-sdn).'),
      pathRisks: { type: 'boolean', default: true, description: 'Walk the affiliation paths of the matches.' },
      maxHops: { type: 'integer', minimum: 1, maximum: 6, description: 'Hops for the path walk.' },
      asOf: text('Only relationships valid on this date (YYYY-MM-DD) count.', { format: 'date' }),
    },
    example: { name: 'Harbin Engineering University', country: ['cn'], schema: 'Organization', limit: 3 },
  },
  ScreeningFeature: {
    type: 'object',
    description: 'One reason behind a score.',
    required: ['name', 'value', 'reason'],
    properties: {
      name: text(
        'token_alignment, acronym, transliteration, class_words, legal_form, alias, schema, country, identifier, birth_date',
      ),
      value: { type: 'number', description: 'A similarity in [0, 1], or -1/0/1 for conflict/unknown/agreement.' },
      reason: text('One plain-English line an analyst can check.'),
    },
  },
  ScreeningMatch: {
    type: 'object',
    description: 'A list entry or graph entity the screened party may be.',
    required: ['entityId', 'name', 'matchedName', 'queryName', 'score', 'match', 'type', 'schema', 'lists', 'features'],
    properties: {
      entityId: text('The entity id (list entries: `<list>:<entry id>`).'),
      name: text("The entity's primary name."),
      matchedName: text('The name or alias of the entity that matched best.'),
      queryName: text('The query name or alias that matched best.'),
      score: { type: 'number', minimum: 0, maximum: 1 },
      match: { type: 'boolean', description: 'True when the score is at or above the threshold.' },
      type: text('Graph label: Organisation, Military, SecurityService, State or Person.'),
      schema: text('FollowTheMoney schema used for matching.'),
      kind: nullableText('For organisations: University, Company, …'),
      riskCategories: texts('military, state-security, defence-industry, …'),
      curated: { type: 'boolean', description: 'True for a curated graph entity on no list.' },
      lists: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: text('List id.'), programme: nullableText('Sanctions programme.') },
        },
      },
      features: { type: 'array', items: ref('ScreeningFeature') },
      alsoListedAs: {
        type: 'array',
        description:
          'Entries of other lists that are the same party (a shared name, an agreeing date of birth, country or identifier, no conflicting date of birth or country), folded into this match.',
        items: {
          type: 'object',
          properties: {
            entityId: text('The entry id.'),
            name: text("The entry's primary name."),
            matchedName: text('The name or alias of the entry that matched best.'),
            score: { type: 'number', minimum: 0, maximum: 1 },
            lists: { type: 'array', items: { type: 'object', properties: { id: text('List id.') } } },
            reason: text('Why it is the same party.'),
          },
        },
      },
    },
  },
  ScreeningResult: {
    type: 'object',
    description: 'Matches, path risks and the overall level for one screened party.',
    required: ['matches', 'listVersions', 'screenedAt', 'riskLevel', 'riskReasons', 'pathRisks'],
    properties: {
      matches: { type: 'array', items: ref('ScreeningMatch'), description: 'Best first.' },
      listVersions: {
        type: 'array',
        description: 'The list versions the index was built from.',
        items: { type: 'object', additionalProperties: true },
      },
      indexBuiltAt: text('When the index was built.', { format: 'date-time' }),
      screenedAt: text('When this screening ran.', { format: 'date-time' }),
      resolvedEntityIds: texts('The entities the name resolved to, walked.'),
      pathRisks: {
        type: 'array',
        description: 'Affiliation paths to risk targets, strongest first (GraphQL type RiskFinding).',
        items: { type: 'object', additionalProperties: true },
      },
      riskLevel: { type: 'string', enum: ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL', 'UNKNOWN'] },
      riskReasons: texts('The findings that set the level.'),
      rulesVersion: text('The risk rules version.'),
      pathRisksTruncated: { type: 'boolean' },
    },
  },
  ScreeningBatch: {
    type: 'object',
    required: ['inputs'],
    properties: {
      inputs: {
        type: 'array',
        maxItems: 1000,
        description: 'Each input may carry your `id` (text or number), echoed in its answer row.',
        items: {
          allOf: [ref('ScreeningInput'), { type: 'object', properties: { id: { type: ['string', 'number'] } } }],
        },
      },
    },
    example: {
      inputs: [
        { id: 'crm-1', name: 'NUDT' },
        { id: 'crm-2', name: 'Harbin Engineering University', country: ['cn'] },
      ],
    },
  },
  BatchRow: {
    description: 'One row of a batch answer, in input order: the result, or this row’s own error; with your id.',
    oneOf: [
      { allOf: [ref('ScreeningResult'), { type: 'object', properties: { id: { type: ['string', 'number'] } } }] },
      {
        type: 'object',
        required: ['error'],
        properties: {
          id: { type: ['string', 'number'] },
          error: {
            type: 'object',
            properties: {
              code: text('BAD_USER_INPUT'),
              reason: text('SCREENING_INPUT_INVALID'),
              message: text('What was wrong.'),
              field: { type: ['string', 'null'], description: 'inputs[N].field' },
            },
          },
        },
      },
    ],
  },
  ImportSummary: {
    type: 'object',
    description: 'What one import did to its list.',
    properties: {
      list: text('List id.'),
      version: nullableText('The new version id; null when nothing changed.'),
      status: { type: 'string', enum: ['imported', 'unchanged'] },
      entries: { type: 'integer' },
      added: { type: 'integer' },
      updated: { type: 'integer' },
      unchanged: { type: 'integer' },
      delisted: { type: 'integer' },
      rejected: { type: 'integer' },
      relationships: { type: 'integer' },
      rejections: { type: 'array', items: { type: 'object', additionalProperties: true } },
    },
  },
  Health: {
    type: 'object',
    description: 'ok when Neo4j answers and the screening index is built.',
    properties: { status: { type: 'string', enum: ['ok', 'error'] } },
    additionalProperties: true,
  },
  FtmEntity: {
    type: 'object',
    description: "A FollowTheMoney entity, as yente's EntityResponse.",
    required: ['id', 'caption', 'schema', 'properties', 'datasets', 'referents', 'target'],
    properties: {
      id: text('Entity id.'),
      caption: text('Display name.'),
      schema: text('FollowTheMoney schema: Person, Company, Organization, …'),
      properties: {
        type: 'object',
        description: 'Property name to values; with nested=true, link entities (Ownership, …) as objects.',
        additionalProperties: { type: 'array', items: { oneOf: [{ type: 'string' }, ref('FtmEntity')] } },
      },
      datasets: texts('The lists the entity is actively on.'),
      referents: texts('Other ids of the same entity (SAME_AS links).'),
      target: { type: 'boolean', description: 'Listed, or carrying a risk category.' },
      first_seen: nullableText('ISO 8601.'),
      last_seen: nullableText('ISO 8601.'),
      last_change: nullableText('ISO 8601.'),
    },
  },
  ScoredEntity: {
    allOf: [
      ref('FtmEntity'),
      {
        type: 'object',
        required: ['score', 'match', 'features', 'explanations'],
        properties: {
          score: { type: 'number' },
          match: { type: 'boolean', description: 'Score at or above the threshold.' },
          features: { type: 'object', additionalProperties: { type: 'number' }, description: 'Per-feature scores.' },
          explanations: {
            type: 'object',
            description: 'Per-feature score and the reason, in words.',
            additionalProperties: {
              type: 'object',
              properties: { score: { type: 'number' }, detail: { type: 'string' } },
            },
          },
        },
      },
    ],
  },
  EntityExample: {
    type: 'object',
    required: ['schema', 'properties'],
    properties: {
      id: nullableText('Your id for the query entity (optional).'),
      schema: text('Person, Organization, Company, LegalEntity, Vessel, …'),
      properties: {
        type: 'object',
        description: 'FollowTheMoney properties: name, alias, birthDate, nationality, country, idNumber, …',
        additionalProperties: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
      },
    },
  },
  MatchRequest: {
    type: 'object',
    required: ['queries'],
    properties: {
      queries: { type: 'object', additionalProperties: ref('EntityExample') },
      weights: { type: 'object', description: "yente's algorithm weights: accepted, not used." },
      config: { type: 'object', description: "yente's algorithm config: accepted, not used." },
    },
    example: {
      queries: {
        entity1: {
          schema: 'Person',
          properties: { name: ['John Doe'], birthDate: ['1975-04-21'], nationality: ['us'] },
        },
        entity2: {
          schema: 'Company',
          properties: { name: ['Brilliant Amazing Limited'], jurisdiction: ['hk'], registrationNumber: ['84BA99810'] },
        },
      },
    },
  },
  MatchResponse: {
    type: 'object',
    required: ['responses', 'limit'],
    properties: {
      responses: {
        type: 'object',
        description: 'One answer per query, under your query id.',
        additionalProperties: {
          type: 'object',
          properties: {
            status: { type: 'integer', example: 200 },
            results: { type: 'array', items: ref('ScoredEntity') },
            total: ref('Total'),
            query: ref('EntityExample'),
          },
        },
      },
      matcher: { type: 'object', additionalProperties: true, description: 'The matcher that answered.' },
      limit: { type: 'integer' },
    },
  },
  Total: {
    type: 'object',
    properties: { value: { type: 'integer' }, relation: { type: 'string', example: 'eq' } },
  },
  SearchResponse: {
    type: 'object',
    properties: {
      results: { type: 'array', items: ref('FtmEntity') },
      facets: { type: 'object', additionalProperties: true },
      total: ref('Total'),
      limit: { type: 'integer' },
      offset: { type: 'integer' },
    },
  },
  Me: {
    type: 'object',
    description: 'Who is calling (the same as GraphQL `me`).',
    required: ['userId', 'displayName', 'role', 'localMode'],
    properties: {
      userId: text('Recorded on every write the caller makes (importedBy, decidedBy, …).'),
      displayName: text("The user's name."),
      role: { type: 'string', enum: ['reader', 'screener', 'admin'] },
      localMode: { type: 'boolean', description: "No API keys configured; the caller is this machine's OS account." },
    },
  },
  Catalog: {
    type: 'object',
    properties: {
      datasets: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            name: text('List id, or default for all.'),
            title: text('List name.'),
            type: { type: 'string', enum: ['source', 'collection'] },
            updated_at: nullableText('When the active version was imported.'),
            version: nullableText('Active version id.'),
            index_version: nullableText('The version the screening index holds.'),
            index_current: { type: 'boolean' },
            entity_count: { type: ['integer', 'null'] },
            children: texts('For default: every list.'),
          },
          additionalProperties: true,
        },
      },
      current: texts('Datasets whose index is current.'),
      outdated: texts('Datasets whose index lags the active version.'),
      index_stale: { type: 'boolean' },
    },
  },
};

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
  queryParameters?: Array<{ name: string; schema: Schema; description: string }>;
}

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
      description: 'The list file as published (OFAC CSV, UN XML, FtM JSON lines, …).',
    },
    queryParameters: [
      { name: 'format', schema: { type: 'string' }, description: 'ofac-sdn, un-xml, csl-csv, ftm, uk-sanctions, …' },
      { name: 'strict', schema: { type: 'boolean' }, description: 'Refuse the file if any record is invalid.' },
      { name: 'issuedAt', schema: { type: 'string', format: 'date' }, description: 'When the list was issued.' },
    ],
    response: { type: 'array', items: ref('ImportSummary') },
    errors: [400, 409, 413],
  },
  'GET /api/me': {
    summary:
      'Who the caller is: user, role, local mode; 200 with authenticated: false when the key is missing or wrong (no key needed)',
    tag: 'Operations',
    response: {
      type: 'object',
      properties: {
        authenticated: { type: 'boolean' },
        userId: { type: 'string' },
        displayName: { type: 'string' },
        role: { type: 'string', enum: ['reader', 'screener', 'admin'] },
        localMode: { type: 'boolean' },
        code: { type: 'string', description: 'UNAUTHENTICATED when authenticated is false.' },
        message: { type: 'string' },
      },
      required: ['authenticated'],
    },
    // Refused, like every route, for a host or origin that is not allowed.
    errors: [403],
  },
  'GET /health': {
    summary: 'Health: Neo4j reachable and the screening index built (no key needed)',
    tag: 'Operations',
    response: ref('Health'),
    errors: [503],
  },
  'GET /health/ready': {
    summary:
      'Readiness: 503 without the database or a built screening index; 200 degraded with reasons when the index is behind or a list is overdue (no key needed)',
    tag: 'Operations',
    response: {
      type: 'object',
      properties: {
        status: { type: 'string', enum: ['ok', 'degraded', 'unavailable'] },
        reasons: { type: 'array', items: { type: 'string' } },
        database: { type: 'object' },
        screeningIndex: { type: ['object', 'null'] },
        lists: { type: ['array', 'null'], items: { type: 'object' } },
        checkedAt: { type: 'string', format: 'date-time' },
      },
    },
    errors: [503],
  },
  'GET /health/live': {
    summary: 'Liveness: the process answers (asks nothing of Neo4j; no key needed)',
    tag: 'Operations',
    response: { type: 'object', properties: { status: { type: 'string', const: 'ok' } } },
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
    queryParameters: [
      { name: 'limit', schema: { type: 'integer', default: 5, maximum: 50 }, description: 'Results per query.' },
      { name: 'threshold', schema: { type: 'number', default: 0.7 }, description: 'Score for match: true.' },
      {
        name: 'algorithm',
        schema: { type: 'string', default: 'best' },
        description:
          "yente's names (best, logic-v2, logic-v1, regression-v1, name-based, name-qualified, ofac-249) all use partner-graph's matcher; others are refused.",
      },
    ],
    response: ref('MatchResponse'),
    errors: [400, 404, 503],
  },
  'GET /search/{dataset}': {
    summary: 'yente: search a dataset by text (needs the screener role)',
    tag: 'yente-compatible',
    yente: true,
    queryParameters: [
      { name: 'q', schema: { type: 'string' }, description: 'Query text (a name).' },
      { name: 'limit', schema: { type: 'integer', default: 10, maximum: 50 }, description: 'Results.' },
      { name: 'offset', schema: { type: 'integer', default: 0 }, description: 'Start at.' },
      { name: 'schema', schema: { type: 'string' }, description: 'Only this schema (Person, Company, …).' },
      {
        name: 'countries',
        schema: { type: 'array', items: { type: 'string' } },
        description: 'Only these countries (repeat the parameter).',
      },
    ],
    response: ref('SearchResponse'),
    errors: [400, 404, 503],
  },
  'GET /entities/{id}': {
    summary: 'yente: one entity as FollowTheMoney JSON (needs the screener role)',
    tag: 'yente-compatible',
    yente: true,
    queryParameters: [
      { name: 'nested', schema: { type: 'boolean', default: true }, description: 'Include linked entities.' },
    ],
    response: ref('FtmEntity'),
    errors: [404],
  },
  'GET /api/cases/{id}/report.html': {
    summary: 'The report for the file: one self-contained HTML document with a content hash',
    tag: 'Cases',
    queryParameters: [
      { name: 'snapshot', schema: { type: 'string' }, description: "A snapshot id (default: the case's latest)." },
    ],
    response: { type: 'string', contentMediaType: 'text/html' },
    responseContentType: 'text/html',
    errors: [400, 404],
  },
  'GET /api/cases/{id}/report.pdf': {
    summary: "The report for the file as PDF (A4), printed by the server's Chromium",
    tag: 'Cases',
    queryParameters: [
      { name: 'snapshot', schema: { type: 'string' }, description: "A snapshot id (default: the case's latest)." },
    ],
    response: { type: 'string', contentMediaType: 'application/pdf' },
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
