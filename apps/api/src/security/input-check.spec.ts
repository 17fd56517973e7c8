import { allowedOrigins } from './csrf';
import { checkJsonValue, jsonTooDeep, textProblem } from './input-check';

describe('input checks', () => {
  it('counts nesting on the raw text, ignoring brackets inside strings', () => {
    expect(jsonTooDeep('['.repeat(32) + ']'.repeat(32))).toBe(false);
    expect(jsonTooDeep('['.repeat(33) + ']'.repeat(33))).toBe(true);
    expect(
      jsonTooDeep(JSON.stringify({ a: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[', b: '\\"[[' })),
    ).toBe(false);
    expect(jsonTooDeep('['.repeat(100_000))).toBe(true);
  });

  it('finds lone surrogates and control characters, keeping emoji, TAB, LF and CR', () => {
    expect(textProblem('\ud800@tiltak.example')).toMatch(/surrogate/);
    expect(textProblem('a\udc00')).toMatch(/surrogate/);
    expect(textProblem('a\u0000b')).toMatch(/control/);
    expect(textProblem('\u001b[31m')).toMatch(/control/);
    expect(textProblem('\u0085')).toMatch(/control/);
    expect(textProblem('Æ ø å 😀 \t\n\r')).toBeNull();
  });

  it('names the field, also deep inside arrays and objects, and walks 100,000 levels without recursion', () => {
    expect(checkJsonValue({ proposals: [{ title: 'ok' }, { title: 'a\u0000' }] })).toEqual({
      field: 'proposals[1].title',
      problem: 'proposals[1].title contains a control character',
    });
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(checkJsonValue({ a: deep })?.problem).toMatch(/nested deeper than 32 levels/);
    expect(checkJsonValue({ ['k\ud800']: 1 })?.problem).toMatch(/field name/);
  });
});

describe('CSRF origins', () => {
  it('are PUBLIC_URL’s origin, plus the other loopback names on this machine', () => {
    expect([...allowedOrigins('https://tiltak.example.org/')]).toEqual([
      'https://tiltak.example.org',
    ]);
    expect(allowedOrigins('http://localhost:3000')).toEqual(
      new Set(['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000']),
    );
    expect(allowedOrigins('http://localhost:3000').has('http://localhost:3001')).toBe(false);
  });
});
