import type { Workaround } from '../support/spec';

/** Association labels and object keys are typed `object` in the spec (examples are plain text); GHL takes strings. */
const associationText = (op: string, fields: string[]): Workaround[] =>
  fields.map((field) => ({
    op,
    rule: 'body-type' as const,
    field,
    why: `${field} is typed object in the spec (its example is text such as "student" / "contact"); GHL takes a string.`,
  }));

export const workarounds: Workaround[] = [
  ...associationText('POST /associations/', ['firstObjectLabel', 'secondObjectLabel', 'firstObjectKey', 'secondObjectKey']),
  ...associationText('PUT /associations/{associationId}', ['firstObjectLabel', 'secondObjectLabel']),
];
