import { describe, expect, it } from 'vitest';
import { describeBusinessMinutes } from '../../shared/format';
import { formatBusinessMinutes, parseBusinessDuration } from './business-duration';

describe('business durations', () => {
  it('formats whole business days as days, the rest as hours and minutes', () => {
    expect(formatBusinessMinutes(960, 480)).toBe('2d');
    expect(formatBusinessMinutes(270, 480)).toBe('4h 30m');
    expect(formatBusinessMinutes(45, 480)).toBe('45m');
    expect(formatBusinessMinutes(240, null)).toBe('4h');
    expect(describeBusinessMinutes(450, 450)).toBe('1 business day');
    expect(describeBusinessMinutes(90, 450)).toBe('1 h 30 min');
  });

  it('reads hours, minutes, clock times and business days', () => {
    expect(parseBusinessDuration('4h 30m', 480)).toEqual({ ok: true, minutes: 270 });
    expect(parseBusinessDuration('90m', 480)).toEqual({ ok: true, minutes: 90 });
    expect(parseBusinessDuration('4:30', 480)).toEqual({ ok: true, minutes: 270 });
    expect(parseBusinessDuration('2d', 450)).toEqual({ ok: true, minutes: 900 });
    expect(parseBusinessDuration('1.5d', 480)).toEqual({ ok: true, minutes: 720 });
    expect(parseBusinessDuration('1d 2H', 480)).toEqual({ ok: true, minutes: 600 });
  });

  it('round-trips what it formats', () => {
    for (const minutes of [1, 59, 60, 61, 450, 900, 2400, 5000]) {
      const text = formatBusinessMinutes(minutes, 450);
      expect(parseBusinessDuration(text, 450)).toEqual({ ok: true, minutes });
    }
  });

  it('refuses bare numbers, junk, zero and days without a working day', () => {
    expect(parseBusinessDuration('4', 480)).toMatchObject({ ok: false, message: /unit/ });
    expect(parseBusinessDuration('4 hours please', 480)).toMatchObject({ ok: false });
    expect(parseBusinessDuration('', 480)).toMatchObject({ ok: false });
    expect(parseBusinessDuration('0h', 480)).toMatchObject({ ok: false, message: /longer/ });
    expect(parseBusinessDuration('2d', null)).toMatchObject({ ok: false, message: /working days/ });
  });
});
