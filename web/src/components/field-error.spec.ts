import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { fieldOfError } from './field-error';

const FIELDS = [
  'input.title',
  'input.partner.name',
  'input.partner.country',
  'input.people[0].name',
  'input.people[0].dateOfBirth',
  'input.people',
];

describe('fieldOfError', () => {
  it.each([
    { reason: 'the field itself', field: 'input.title', expected: 'input.title' },
    { reason: 'a nested field', field: 'input.partner.country', expected: 'input.partner.country' },
    {
      reason: 'an element of a field goes to the field',
      field: 'input.people[0].dateOfBirth[1]',
      expected: 'input.people[0].dateOfBirth',
    },
    { reason: 'a whole party goes to its first field', field: 'input.partner', expected: 'input.partner.name' },
    { reason: 'a list-wide problem goes to the list', field: 'input.people', expected: 'input.people' },
    { reason: 'a field the form does not have is shown above the buttons', field: 'first', expected: null },
    { reason: 'an error without a field', field: null, expected: null },
  ])('$reason: $field → $expected', ({ field, expected }) => {
    const sut = fieldOfError(new ApiError('bad', 'BAD_USER_INPUT', 200, field), FIELDS);

    expect(sut).toBe(expected);
  });

  it('names no field for an error that is not from the API', () => {
    expect(fieldOfError(new Error('offline'), FIELDS)).toBeNull();
  });
});
