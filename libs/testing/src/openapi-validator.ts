import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Response } from 'supertest';

export interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  additionalProperties?: boolean | OpenApiSchema;
  items?: OpenApiSchema;
  allOf?: OpenApiSchema[];
  oneOf?: OpenApiSchema[];
  anyOf?: OpenApiSchema[];
  [keyword: string]: unknown;
}

export interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema?: OpenApiSchema }[];
  responses: Record<string, { content?: Record<string, { schema?: OpenApiSchema }> }>;
}

export interface OpenApiSpec {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, OpenApiSchema> };
}

const COMPONENT = '#/components/schemas/';
const SPEC_ID = 'openapi';

/**
 * An OpenAPI 3.0 schema as JSON Schema: `nullable` becomes a union with null, which ajv only
 * reads beside a `type`; component refs point into one schema holding them all; the
 * discriminator is for code generators (ajv cannot read its mapping) and goes.
 */
function toJsonSchema(schema: OpenApiSchema): Record<string, unknown> {
  const { nullable, ...rest } = schema;
  const out: Record<string, unknown> = { ...rest };
  delete out.discriminator;
  if (rest.$ref?.startsWith(COMPONENT)) {
    out.$ref = `${SPEC_ID}#/$defs/${rest.$ref.slice(COMPONENT.length)}`;
  }
  if (rest.properties) {
    out.properties = Object.fromEntries(
      Object.entries(rest.properties).map(([name, s]) => [name, toJsonSchema(s)]),
    );
  }
  if (typeof rest.additionalProperties === 'object') {
    out.additionalProperties = toJsonSchema(rest.additionalProperties);
  }
  if (rest.items) out.items = toJsonSchema(rest.items);
  for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
    if (rest[keyword]) out[keyword] = rest[keyword].map(toJsonSchema);
  }
  return nullable ? { anyOf: [out, { type: 'null' }] } : out;
}

/** A path template of the spec as a pattern that matches the concrete paths it stands for. */
function templatePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

/**
 * Checks real answers against the operation and status the spec documents for them, and
 * remembers which it has seen, so a suite can tell which documented answers it never checked.
 */
export class OpenApiResponseValidator {
  private readonly ajv = new Ajv({ allErrors: true, strict: true });
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly routes: { method: string; template: string; pattern: RegExp }[];
  private readonly seen = new Set<string>();

  constructor(private readonly spec: OpenApiSpec) {
    addFormats(this.ajv);
    this.ajv.addSchema({
      $id: SPEC_ID,
      $defs: Object.fromEntries(
        Object.entries(spec.components.schemas).map(([name, s]) => [name, toJsonSchema(s)]),
      ),
    });
    this.routes = Object.entries(spec.paths).flatMap(([template, item]) =>
      Object.keys(item).map((method) => ({ method, template, pattern: templatePattern(template) })),
    );
  }

  /**
   * Fails unless the spec documents this answer's status and content type for its operation
   * and, for JSON, its body matches the schema; returns the response for chaining.
   */
  check(res: Response): Response {
    const method = res.request.method.toLowerCase();
    const path = new URL(res.request.url).pathname;
    const route = this.routes.find((r) => r.method === method && r.pattern.test(path));
    if (!route) throw new Error(`${method.toUpperCase()} ${path}: no operation in the spec`);
    const operation = `${method.toUpperCase()} ${route.template}`;
    const documented = this.spec.paths[route.template][method].responses[String(res.status)];
    if (!documented) {
      throw new Error(`${operation} answered ${res.status}, which the spec does not document`);
    }
    const mediaType = res.type;
    const content = documented.content?.[mediaType];
    if (!content) {
      throw new Error(`${operation} ${res.status}: content type ${mediaType} is not documented`);
    }
    const key = `${operation} ${res.status} ${mediaType}`;
    this.seen.add(key);
    if (mediaType !== 'application/json') return res;
    if (!content.schema) throw new Error(`${key}: no schema`);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(content.schema));
      this.compiled.set(key, validate);
    }
    if (!validate(res.body)) {
      const errors = (validate.errors ?? []).map(
        (e) => `${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`,
      );
      throw new Error(
        `${operation} ${res.status} does not match its schema:\n  ${errors.join('\n  ')}\nbody: ${JSON.stringify(res.body).slice(0, 2000)}`,
      );
    }
    return res;
  }

  /** Documented success answers (operation, status, content type) no check has seen yet. */
  unchecked(): string[] {
    return Object.entries(this.spec.paths).flatMap(([template, item]) =>
      Object.entries(item).flatMap(([method, op]) =>
        Object.entries(op.responses)
          .filter(([status]) => /^2\d\d$/.test(status))
          .flatMap(([status, response]) =>
            Object.keys(response.content ?? {}).map(
              (mediaType) => `${method.toUpperCase()} ${template} ${status} ${mediaType}`,
            ),
          )
          .filter((key) => !this.seen.has(key)),
      ),
    );
  }
}
