import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';

const COMPONENT = '#/components/schemas/';

/**
 * Closes every object a request or response body can hold (`additionalProperties: false`),
 * which the property decorators cannot say: the API refuses fields a request body does not
 * name (400), a client generated from the spec gets exact types, and a test validating real
 * answers against it fails on a field the spec does not name. Maps that declare their own
 * `additionalProperties` stay open.
 */
export function sealBodies(document: OpenAPIObject): OpenAPIObject {
  const components = document.components?.schemas ?? {};
  const seen = new Set<SchemaObject | ReferenceObject>();
  const seal = (schema: SchemaObject | ReferenceObject | undefined): void => {
    if (!schema || seen.has(schema)) return;
    seen.add(schema);
    if ('$ref' in schema) {
      if (schema.$ref.startsWith(COMPONENT)) seal(components[schema.$ref.slice(COMPONENT.length)]);
      return;
    }
    if (schema.properties) {
      schema.additionalProperties ??= false;
      Object.values(schema.properties).forEach(seal);
    }
    if (typeof schema.additionalProperties === 'object') seal(schema.additionalProperties);
    if (schema.items) seal(schema.items);
    [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].forEach(seal);
  };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const body = item[method]?.requestBody;
      if (body && 'content' in body) {
        for (const media of Object.values(body.content)) seal(media.schema);
      }
      for (const response of Object.values(item[method]?.responses ?? {})) {
        if (response && 'content' in response) {
          for (const media of Object.values(response.content ?? {})) seal(media.schema);
        }
      }
    }
  }
  return document;
}
