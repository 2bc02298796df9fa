import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';

/** The statuses any operation may answer with besides its success, and what each means. */
const COMMON_ERRORS: Record<string, string> = {
  '400': 'The request is malformed or breaks a rule; `message` says which',
  '413': 'The body is over 1 MB',
  '429': 'Too many requests; `Retry-After` says when to try again',
  '503': 'A backing service is away; try again shortly',
};
const AUTHENTICATED_ERRORS: Record<string, string> = {
  '401': 'No valid access token',
  '403': 'The account may not do this',
};
const PATH_ERRORS: Record<string, string> = {
  '404': 'Nothing with this id, or nothing the account may see',
};

/** What an operation refuses because of the state of what it acts on, by method and path. */
const NO_NOTE_YET =
  'The round has no background note yet (not closed, or its first draft is still being made)';
const STATE_ERRORS: Record<string, Record<string, string>> = {
  'post /api/auth/register': { '409': 'An account with this email already exists' },
  'post /api/rounds/{id}/open': {
    '409': 'The round is not a draft, or its closing time has passed',
  },
  'post /api/rounds/{id}/close': { '409': 'The round is not open' },
  'post /api/rounds/{id}/contributions': {
    '409': 'The round is not open, or a request with this Idempotency-Key is still being processed',
    '422': 'This Idempotency-Key was used with another body',
  },
  'post /api/contributions/{id}/replies': { '409': 'The round no longer takes replies' },
  'post /api/contributions/{id}/hide': { '409': 'The contribution is already hidden' },
  'post /api/contributions/{id}/restore': { '409': 'The contribution is already visible' },
  'post /api/rounds/{id}/background-notes': {
    '409': 'The round has not closed: a note is drafted once it has',
  },
  'get /api/rounds/{id}/background-notes/latest': { '409': NO_NOTE_YET },
  'get /api/rounds/{id}/background-notes/latest.docx': { '409': NO_NOTE_YET },
  'get /api/rounds/{id}/syntheses': { '409': NO_NOTE_YET },
};

/** Every error body, in Nest's shape. */
const ERROR_BODY: SchemaObject = {
  type: 'object',
  required: ['statusCode', 'message', 'error'],
  additionalProperties: false,
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599 },
    message: {
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    },
    error: { type: 'string' },
  },
};

const PUBLIC_PATHS = /^\/api\/(auth\/|health|objectives)/;

/**
 * Adds to the generated spec what the controllers do not spell out one by one: the error
 * statuses every operation can answer with, their body's shape, and uuid path ids.
 */
export function describeErrors(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, ErrorBody: ERROR_BODY };
  const ref = { $ref: '#/components/schemas/ErrorBody' };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const errors = {
        ...COMMON_ERRORS,
        ...(PUBLIC_PATHS.test(path) ? {} : AUTHENTICATED_ERRORS),
        ...(path.includes('{') ? PATH_ERRORS : {}),
        ...STATE_ERRORS[`${method} ${path}`],
      };
      for (const [status, description] of Object.entries(errors)) {
        operation.responses[status] ??= {
          description,
          content: { 'application/json': { schema: ref } },
        };
      }
      for (const parameter of operation.parameters ?? []) {
        if (
          'in' in parameter &&
          parameter.in === 'path' &&
          /^(id|cid|roundId)$/.test(parameter.name)
        ) {
          parameter.schema = { type: 'string', format: 'uuid' };
        }
      }
    }
  }
  return document;
}
