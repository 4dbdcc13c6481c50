import fc from 'fast-check';
import { mintOpaqueToken, parseOpaqueToken, secretMatches } from './opaque-token';

describe('opaque tokens', () => {
  it('round-trips tenant and id, and the secret matches its stored hash', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (tenantId, id) => {
        const { token, secretHash } = mintOpaqueToken('trl_', tenantId, id);
        const parsed = parseOpaqueToken('trl_', token);
        expect(parsed).not.toBeNull();
        expect(parsed!.tenantId).toBe(tenantId.toLowerCase());
        expect(parsed!.id).toBe(id.toLowerCase());
        expect(secretMatches(parsed!.secret, secretHash)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never parses arbitrary strings into a token that matches', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const parsed = parseOpaqueToken('trl_', `trl_${text}`);
        if (parsed) expect(parsed.secret.length).toBe(32);
      }),
    );
  });

  it('refuses the wrong prefix and a changed secret', () => {
    const tenant = '11111111-1111-4111-8111-111111111111';
    const { token, secretHash } = mintOpaqueToken(
      'rt_',
      tenant,
      '22222222-2222-4222-8222-222222222222',
    );
    expect(parseOpaqueToken('trl_', token)).toBeNull();
    const other = mintOpaqueToken('rt_', tenant, '22222222-2222-4222-8222-222222222222');
    expect(secretMatches(parseOpaqueToken('rt_', other.token)!.secret, secretHash)).toBe(false);
  });

  it('accepts only the canonical spelling of a token', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (tenantId, id) => {
        const { token } = mintOpaqueToken('trl_', tenantId, id);
        const last = token.slice(-1);
        const variants = 'AEIMQUYcgkosw048'.split('').filter((c) => c !== last);
        for (const c of variants)
          expect(
            parseOpaqueToken('trl_', `${token.slice(0, -1)}${c}`)?.secret.toString('base64url'),
          ).not.toBe(token.split('.')[1]);
      }),
      { numRuns: 50 },
    );
  });
});
