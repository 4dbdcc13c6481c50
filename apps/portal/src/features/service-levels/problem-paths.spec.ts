import { describe, expect, it } from 'vitest';
import {
  describeSlaPath,
  errorsUnder,
  mergeFieldErrors,
  problemFieldErrors,
  toFieldErrors,
} from './problem-paths';

describe('problem paths', () => {
  it('keys a validation problem by JSON pointer, first message per path', () => {
    const errors = problemFieldErrors({
      type: 'https://trellis.dev/problems/validation',
      title: 'Validation failed',
      status: 400,
      errors: [
        { path: '/timeZone', message: 'Unknown IANA time zone: Mars/Olympus.' },
        { path: '/workingHours/monday/1/start', message: 'Overlaps' },
        { path: '/workingHours/monday/1/start', message: 'second' },
      ],
    });
    expect(errors.get('/timeZone')).toMatch(/Mars/);
    expect(errors.get('/workingHours/monday/1/start')).toBe('Overlaps');
    expect(problemFieldErrors(new TypeError('offline')).size).toBe(0);
  });

  it('finds every message under a path, and merges maps with the first winning', () => {
    const server = toFieldErrors([
      { path: '/targets/high/responseMinutes', message: 'too long' },
      { path: '/targets/low/resolutionMinutes', message: 'required' },
    ]);
    const local = toFieldErrors([{ path: '/targets/high/responseMinutes', message: 'local' }]);
    const merged = mergeFieldErrors(local, server);
    expect(errorsUnder(merged, '/targets/high')).toEqual(['local']);
    expect(errorsUnder(merged, '/targets')).toHaveLength(2);
    expect(errorsUnder(merged, '/targets/hi')).toEqual([]);
  });

  it('describes paths in words', () => {
    expect(describeSlaPath('/workingHours/monday/1/start')).toBe('Monday, interval 2, start');
    expect(describeSlaPath('/workingHours')).toBe('Weekly hours');
    expect(describeSlaPath('/holidays/0/date')).toBe('Holiday 1, date');
    expect(describeSlaPath('/targets/high/responseMinutes')).toBe('High priority, response');
    expect(describeSlaPath('/warningThresholds/1')).toBe('Warning thresholds, entry 2');
    expect(describeSlaPath('/ics')).toBe('ICS file');
    expect(describeSlaPath('')).toBe('Form');
  });
});
