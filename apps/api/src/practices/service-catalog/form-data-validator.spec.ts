import { checkFormSchema, FormDataValidator } from './form-data-validator';

const laptopForm = {
  type: 'object',
  required: ['model', 'ram'],
  properties: {
    model: { type: 'string', enum: ['Air', 'Pro'] },
    ram: { type: 'integer', enum: [16, 32] },
    email: { type: 'string', format: 'email' },
    accessories: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', enum: ['dock', 'bag'] },
    },
    address: {
      type: 'object',
      required: ['city'],
      properties: { 'city/town': { type: 'string' }, city: { type: 'string', minLength: 2 } },
    },
  },
  additionalProperties: false,
};

describe('FormDataValidator', () => {
  const validator = new FormDataValidator();

  it('accepts data that matches the form', () => {
    expect(
      validator.validate(laptopForm, { model: 'Pro', ram: 32, accessories: ['dock'] }),
    ).toEqual([]);
  });

  it('reports every error at once, each with a JSON Pointer', () => {
    const problems = validator.validate(laptopForm, {
      model: 'Chromebook',
      accessories: ['dock', 'dock', 'hat'],
      email: 'not-an-email',
      address: { city: 'X' },
      colour: 'red',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: '/ram', message: 'is required' },
        { path: '/model', message: 'must be equal to one of the allowed values' },
        { path: '/accessories/2', message: 'must be equal to one of the allowed values' },
        { path: '/email', message: 'must match format "email"' },
        { path: '/address/city', message: 'must NOT have fewer than 2 characters' },
        { path: '/colour', message: 'is not allowed' },
      ]),
    );
    expect(problems.some((p) => p.path === '/accessories')).toBe(true);
  });

  it('prefixes paths and escapes "/" and "~" in property names', () => {
    const form = { type: 'object', required: ['a/b', 'c~d'], properties: {} };
    expect(validator.validate(form, {}, '/formData')).toEqual([
      { path: '/formData/a~1b', message: 'is required' },
      { path: '/formData/c~0d', message: 'is required' },
    ]);
  });

  it('reports a wrong type at the root with the bare prefix', () => {
    expect(validator.validate(laptopForm, 'text', '/formData')).toEqual([
      { path: '/formData', message: 'must be object' },
    ]);
  });

  it('never changes the data (no defaults, no coercion)', () => {
    const form = { type: 'object', properties: { n: { type: 'integer', default: 1 } } };
    const data = { m: '2' };
    validator.validate(form, data);
    expect(data).toEqual({ m: '2' });
    expect(validator.validate(form, { n: '2' })).toEqual([
      { path: '/n', message: 'must be integer' },
    ]);
  });

  it('validates against the schema it is given, even when an equal-looking one was cached', () => {
    const v1 = { type: 'object', properties: { a: { type: 'string' } } };
    const v2 = { type: 'object', properties: { a: { type: 'integer' } } };
    expect(validator.validate(v1, { a: 'x' })).toEqual([]);
    expect(validator.validate(v2, { a: 'x' })).toHaveLength(1);
    expect(validator.validate(v1, { a: 'x' })).toEqual([]);
  });

  it('keeps two forms with the same $id apart', () => {
    const a = { $id: 'https://forms.example.com/form.json', type: 'object', required: ['a'] };
    const b = { $id: 'https://forms.example.com/form.json', type: 'object', required: ['b'] };
    expect(validator.validate(a, { a: 1 })).toEqual([]);
    expect(validator.validate(b, { a: 1 })).toEqual([{ path: '/b', message: 'is required' }]);
  });
});

describe('checkFormSchema', () => {
  it('accepts a draft-07 object schema', () => {
    expect(checkFormSchema(laptopForm)).toEqual([]);
  });

  it.each([
    ['a non-object root', { type: 'string' }, '/formSchema/type'],
    ['no root type', { properties: {} }, '/formSchema/type'],
    ['a keyword of the wrong type', { type: 'object', required: 'name' }, '/formSchema/required'],
    [
      'a nested type that does not exist',
      { type: 'object', properties: { a: { type: 'text' } } },
      '/formSchema/properties/a/type',
    ],
    ['a misspelt keyword', { type: 'object', requird: ['a'] }, '/formSchema'],
    [
      'an unknown format',
      { type: 'object', properties: { a: { type: 'string', format: 'emial' } } },
      '/formSchema',
    ],
    [
      'an unresolvable $ref',
      { type: 'object', properties: { a: { $ref: 'https://evil.test/s.json' } } },
      '/formSchema',
    ],
    [
      'another dialect',
      { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' },
      '/formSchema',
    ],
    ['an $id Ajv cannot resolve', { $id: 'urn:form', type: 'object' }, '/formSchema'],
    ['an async schema', { $async: true, type: 'object' }, '/formSchema/$async'],
  ])('rejects %s', (_case, schema, path) => {
    const problems = checkFormSchema(schema, '/formSchema');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.path)).toContain(path);
  });
});
