import { classifyProblem, problemMessageKey, toApiError } from './api-error';

const http = (status: number, error: unknown) => ({
  status,
  error,
  message: `Http failure ${status}`,
});

describe('classifyProblem', () => {
  it('tells a refused guard by its missing list', () => {
    const p = classifyProblem(
      http(409, {
        statusCode: 409,
        error: 'Conflict',
        message: 'x',
        missing: [{ code: 'no_area_selected' }],
      }),
    );
    expect(p.kind).toBe('guard');
  });

  it('tells a stale version by currentVersion', () => {
    expect(
      classifyProblem(
        http(409, { statusCode: 409, error: 'Conflict', message: 'changed', currentVersion: 4 }),
      ).kind,
    ).toBe('stale');
  });

  it('keeps other conflicts apart from stale versions', () => {
    expect(
      classifyProblem(
        http(409, { statusCode: 409, error: 'Conflict', message: 'phase: already confirmed' }),
      ).kind,
    ).toBe('conflict');
  });

  it('treats 400 as invalid input and keeps field details', () => {
    const p = classifyProblem(
      http(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'bad',
        details: [{ field: 'deadline', problem: 'must be a date' }],
      }),
    );
    expect(p.kind).toBe('invalid');
    expect(p.error.details?.[0]?.field).toBe('deadline');
  });

  it('survives a network failure without a body', () => {
    expect(toApiError(http(0, null))).toMatchObject({ statusCode: 0 });
    expect(toApiError(new Error('boom')).message).toBe('boom');
  });
});

describe('problemMessageKey', () => {
  const error = { statusCode: 409, error: 'Conflict', message: 'x' };
  it.each([
    ['stale', 'admin.roundStale'],
    ['invalid', 'errors.invalid'],
    ['conflict', 'errors.conflict'],
    ['guard', 'errors.server'],
    ['other', 'errors.server'],
  ] as const)('gives %s the key %s', (kind, key) => {
    expect(problemMessageKey({ kind, error }, 'admin.roundStale')).toBe(key);
  });
  it('falls back to the server message for a stale version when the screen has no text of its own', () => {
    expect(problemMessageKey({ kind: 'stale', error })).toBe('errors.server');
  });
});
