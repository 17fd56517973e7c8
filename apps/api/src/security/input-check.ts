/** The deepest nesting of objects and arrays a JSON body may have. */
export const MAX_JSON_DEPTH = 32;

/**
 * C0 controls other than TAB, LF and CR, DEL and the C1 controls: never part of a text a person types.
 * NUL cannot even be stored by PostgreSQL. Single-line fields refuse TAB, LF and CR as well (@SingleLine).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** In Unicode mode a surrogate pair is one code point, so this matches only a lone (unpaired) surrogate. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

export interface InputProblem {
  field: string;
  problem: string;
}

function fieldPath(path: (string | number)[]): string {
  if (!path.length) return 'body';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** What is wrong with one text, or null: lone UTF-16 surrogates and control characters. */
export function textProblem(text: string): string | null {
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate (not a valid character)';
  if (CONTROL.test(text)) return 'contains a control character';
  return null;
}

/**
 * Walks a parsed JSON value without recursion (a hostile body may be nested thousands of levels deep)
 * and returns the first problem: too deep, or a text (value or key) that is not clean Unicode.
 */
export function checkJsonValue(value: unknown, root: string | null = null): InputProblem | null {
  const stack: { value: unknown; path: (string | number)[]; depth: number }[] = [
    { value, path: root ? [root] : [], depth: 0 },
  ];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value: v, path, depth } = next;
    if (typeof v === 'string') {
      const problem = textProblem(v);
      if (problem) return { field: fieldPath(path), problem: `${fieldPath(path)} ${problem}` };
    } else if (v !== null && typeof v === 'object') {
      if (depth >= MAX_JSON_DEPTH) {
        return {
          field: fieldPath(path),
          problem: `${fieldPath(path)} is nested deeper than ${MAX_JSON_DEPTH} levels`,
        };
      }
      if (Array.isArray(v)) {
        v.forEach((item, i) => stack.push({ value: item, path: [...path, i], depth: depth + 1 }));
      } else {
        for (const [key, item] of Object.entries(v)) {
          const keyProblem = textProblem(key);
          if (keyProblem)
            return {
              field: fieldPath(path),
              problem: `a field name in ${fieldPath(path)} ${keyProblem}`,
            };
          stack.push({ value: item, path: [...path, key], depth: depth + 1 });
        }
      }
    }
  }
  return null;
}

/**
 * The nesting depth of raw JSON text, counted on the characters before parsing (brackets inside
 * strings do not count), so that a 3,000-level body is refused before anything recurses over it.
 */
export function jsonTooDeep(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
