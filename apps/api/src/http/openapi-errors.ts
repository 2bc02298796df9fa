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
