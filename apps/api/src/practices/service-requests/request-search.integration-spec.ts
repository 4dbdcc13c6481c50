import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { Client } from 'pg';
import { orderRequest } from '../../testing/request-factory';

describe('searching requests (GET requests?q=)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const search = async (who: string, q: string) => {
    const response = await t.request({
      method: 'GET',
      url: `/api/v1/requests?q=${encodeURIComponent(q)}&limit=200`,
      token: tokens[who],
    });
    expect(response.statusCode).toBe(200);
    return (response.json().items as { id: string; number: string }[]).map((r) => r.id);
  };

  beforeAll(async () => {
    t = await createTestApp();
    for (const who of ['requester', 'agent'])
      tokens[who] = (await t.login(`${who}@acme.test`)).accessToken;
    tokens.globexAgent = (await t.login('agent@globex.test')).accessToken;
  });
  afterAll(() => t.close());

  it('finds requests by words of the justification and the item name, typed as prefixes, newest first', async () => {
    const word = `zebrafish${Date.now().toString(36)}`;
    const older = await orderRequest(t, tokens, 'Laptop Request', {
      body: { justification: `Needed for the ${word} project` },
    });
    const newer = await orderRequest(t, tokens, 'VPN Access', {
      body: { justification: `Remote work on ${word}` },
    });
    expect(await search('agent', word.slice(0, 12))).toEqual([newer.id, older.id]);
    const both = await search('agent', `${word} lapt`);
    expect(both).toEqual([older.id]);
  });

  it('finds a request by its number, with or without the prefix and zeros', async () => {
    const request = await orderRequest(t, tokens, 'Software License');
    const digits = String(Number(request.number.replace(/\D/g, '')));
    expect(await search('agent', request.number)).toEqual([request.id]);
    expect(await search('agent', digits)).toEqual([request.id]);
  });

  it('keeps search inside what the caller may see: the requester’s own, nothing of another tenant', async () => {
    const word = `quokka${Date.now().toString(36)}`;
    const mine = await orderRequest(t, tokens, 'Laptop Request', { body: { justification: word } });
    const theirs = await orderRequest(t, tokens, 'Laptop Request', {
      as: 'agent',
      body: { justification: word },
    });
    expect(await search('requester', word)).toEqual([mine.id]);
    expect((await search('agent', word)).sort()).toEqual([mine.id, theirs.id].sort());
    expect(await search('globexAgent', word)).toEqual([]);
  });

  it('treats query syntax as plain words and answers punctuation alone with nothing', async () => {
    expect(await search('agent', "!!! & | :* ('")).toEqual([]);
    const tooLong = await t.request({
      method: 'GET',
      url: `/api/v1/requests?q=${'a'.repeat(201)}`,
      token: tokens.agent,
    });
    expect(tooLong.statusCode).toBe(400);
  });

  it('lets full-text conditions be index conditions under row-level security (leakproof)', async () => {
    // Under RLS only LEAKPROOF functions may become index conditions; without these three, a
    // search reads the whole tenant (bench/plans.mjs shows the plans at a million requests).
    const client = new Client({ connectionString: process.env.TRELLIS_TEST_DB_URL });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT p.oid::regprocedure::text AS fn, p.proleakproof AS leakproof FROM pg_proc p
          WHERE p.oid IN ('ts_match_vq(tsvector, tsquery)'::regprocedure,
                          'to_tsvector(regconfig, text)'::regprocedure, 'textcat(text, text)'::regprocedure)
          ORDER BY 1`,
      );
      expect(rows).toEqual([
        { fn: 'textcat(text,text)', leakproof: true },
        { fn: 'to_tsvector(regconfig,text)', leakproof: true },
        { fn: 'ts_match_vq(tsvector,tsquery)', leakproof: true },
      ]);
    } finally {
      await client.end();
    }
  });
});
