import { ConflictError, InvalidInputError, NotFoundError } from '@convene/common';
import {
  interpretSubmission,
  requestFingerprint,
  type SubmissionOutcome,
} from './submission-rules';

const input = { roundId: 'r', questionNumber: 2, body: 'text', language: 'de' };
const base: SubmissionOutcome = {
  status: 'open',
  accepting: true,
  has_question: true,
  language_ok: true,
  id: null,
};

describe('interpretSubmission', () => {
  it('returns the stored id', () => {
    expect(interpretSubmission({ ...base, id: 'c1' }, input)).toBe('c1');
  });

  it('tells an unknown round from a round in the wrong state', () => {
    expect(() => interpretSubmission(undefined, input)).toThrow(NotFoundError);
    expect(() => interpretSubmission({ ...base, status: 'draft' }, input)).toThrow(ConflictError);
    expect(() => interpretSubmission({ ...base, status: 'closed' }, input)).toThrow(/closed/);
    expect(() => interpretSubmission({ ...base, accepting: false }, input)).toThrow(/closing time/);
  });

  it('names the unknown question or language', () => {
    expect(() => interpretSubmission({ ...base, has_question: false }, input)).toThrow(
      new InvalidInputError('the round has no question 2'),
    );
    expect(() => interpretSubmission({ ...base, language_ok: false }, input)).toThrow(/de is not/);
  });
});

describe('requestFingerprint', () => {
  it('ignores the order of declared objectives but not the body', () => {
    const a = requestFingerprint({ ...input, objectiveNumbers: [5, 2] });
    expect(requestFingerprint({ ...input, objectiveNumbers: [2, 5] })).toBe(a);
    expect(requestFingerprint({ ...input, objectiveNumbers: [2, 5], body: 'text.' })).not.toBe(a);
  });
});
