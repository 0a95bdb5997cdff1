// fast-check generators of hostile input: junk values, mutated valid bodies, odd headers, path
// segments and query strings — including what once answered 500 (NUL, lone surrogates, prototype
// member names, over-long path parameters, out-of-range integers and dates; see no-500.regressions).
import fc from 'fast-check';

// ---------- strings ----------

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A URL cannot carry a lone surrogate (encodeURIComponent throws): such halves are dropped from path segments only. */
export const encodeSegment = (s: string): string => encodeURIComponent(s.replace(LONE_SURROGATE, ''));

export const specialStrings = [
  '',
  ' ',
  "' OR 1=1 --",
  '"; DROP TABLE dossiers; --',
  '%',
  '_',
  '%25',
  '\\',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '${jndi:ldap://x}',
  'Nguyễn Thị Hoa',
  'Đăng ký khai sinh',
  '🙂👨‍👩‍👧',
  '\u202eabc',
  'a\u200bb',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '0x10',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  'H21.02-260302-0001',
  'h21.02-260302-0001',
  '000.00.10.H21',
  '1.004230',
  '0100109106',
  '064095012345',
  '2026-02-30',
  '2026-03-02T09:00:00+07:00',
  '00000000-0000-0000-0000-000000000000',
  '\t\n',
];

/** Any text, from empty to long, ASCII to combining Vietnamese and emoji (no NUL or lone surrogates). */
export const text: fc.Arbitrary<string> = fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 }) },
    { weight: 3, arbitrary: fc.constantFrom(...specialStrings) },
    { weight: 1, arbitrary: fc.string({ minLength: 2_000, maxLength: 5_000 }) },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(70_000), 'ệ'.repeat(30_000)) },
  );

/** Printable ASCII only: what may travel in a header. */
export const headerText: fc.Arbitrary<string> = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('', ' ', ',,,', ';', '*', '\t'));

// ---------- JSON values ----------

const numbers = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, -1, 1.5, 2 ** 31 - 1, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, Number.MIN_VALUE),
);

export const junkKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '$where', '$ne', '.', '', 'a\u0000') },
  { weight: 2, arbitrary: fc.constantFrom('type', 'id', 'code', 'note', 'reason', 'applicant', 'formData', 'grants', 'version', 'key', 'expectedVersion') },
);

/** Nested junk: scalars of every type, arrays, objects with prototype-ish keys. */
export const junk: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: text },
    { weight: 2, arbitrary: numbers },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(junkKey, tie('value'), { maxKeys: 4 }) },
  ),
})).value;

// ---------- mutations of a valid body ----------

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

function setAt(root: unknown, path: Path, update: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  if (path.length === 0) return root;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  update(node, path.at(-1)!);
  return copy;
}

function leafAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const k of path) node = (node as Record<string | number, unknown>)[k];
  return node;
}

/** A value of the same JSON type as `v` (so that it often passes the schema and reaches the business rules). */
function sameType(v: unknown): fc.Arbitrary<unknown> {
  if (typeof v === 'string') return text;
  if (typeof v === 'number') return numbers;
  if (typeof v === 'boolean') return fc.boolean();
  if (Array.isArray(v)) return fc.array(junk, { maxLength: 3 });
  return junk;
}

/**
 * A valid body, or the same with one leaf changed to another value of its type, one field replaced
 * by junk, one field removed, one unknown key added — or all junk.
 */
export function mutated(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid).filter((p) => p.length > 0);
  const containers = pathsOf(valid).filter((p) => {
    const node = leafAt(valid, p);
    return node !== null && typeof node === 'object' && !Array.isArray(node);
  });
  const options: fc.WeightedArbitrary<unknown>[] = [
    { weight: 3, arbitrary: fc.constant(valid) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...containers), junkKey, junk).map(([p, k, v]) =>
        p.length === 0
          ? Object.fromEntries([...Object.entries(valid as object), [k, v]])
          : setAt(valid, p, (parent, key) => {
              parent[key] = Object.fromEntries([...Object.entries(parent[key] as object), [k, v]]);
            }),
      ),
    },
    { weight: 1, arbitrary: junk },
  ];
  if (paths.length > 0) {
    options.push(
      {
        weight: 4,
        arbitrary: fc
          .constantFrom(...paths)
          .chain((p) => fc.tuple(fc.constant(p), sameType(leafAt(valid, p))))
          .map(([p, v]) => setAt(valid, p, (parent, key) => void (parent[key] = v))),
      },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...paths), junk).map(([p, v]) => setAt(valid, p, (parent, key) => void (parent[key] = v))) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(...paths).map((p) =>
          setAt(valid, p, (parent, key) => {
            if (Array.isArray(parent)) parent.splice(Number(key), 1);
            else delete parent[key];
          }),
        ),
      },
    );
  }
  return fc.oneof(...options);
}

/** The valid body, or the same with one leaf changed to another value of its type (often still valid in shape). */
export function plausible(valid: unknown): fc.Arbitrary<unknown> {
  const leaves = pathsOf(valid).filter((p) => p.length > 0 && (leafAt(valid, p) === null || typeof leafAt(valid, p) !== 'object'));
  if (leaves.length === 0) return fc.constant(valid);
  return fc.oneof(
    fc.constant(valid),
    fc
      .constantFrom(...leaves)
      .chain((p) => fc.tuple(fc.constant(p), sameType(leafAt(valid, p))))
      .map(([p, v]) => setAt(valid, p, (parent, key) => void (parent[key] = v))),
  );
}

// ---------- requests made of good and hostile parts ----------

/** One part of a request (its path, query, body or headers): a well-formed variant and a hostile one. */
export interface Part<T> {
  good: fc.Arbitrary<T>;
  bad: fc.Arbitrary<T>;
}

type PartValues<T> = { [K in keyof T]: T[K] extends Part<infer V> ? V : never };

/**
 * Requests where, each time, no part is hostile (a valid request that reaches the business rules),
 * exactly one part is, or any subset of them: so that every layer is exercised, not only the first check.
 */
export function requestOf<T extends Record<string, Part<unknown>>>(parts: T): fc.Arbitrary<PartValues<T>> {
  const keys = Object.keys(parts);
  const hostile = fc.oneof(
    { weight: 3, arbitrary: fc.constant<string[]>([]) },
    { weight: 5, arbitrary: fc.constantFrom(...keys).map((k) => [k]) },
    { weight: 2, arbitrary: fc.subarray(keys) },
  );
  return hostile.chain(
    (bad) => fc.record(Object.fromEntries(keys.map((k) => [k, bad.includes(k) ? parts[k]!.bad : parts[k]!.good]))) as fc.Arbitrary<PartValues<T>>,
  );
}

/** A path: well-formed known values, or random segments in their place. */
export function pathPart(...params: string[][]): Part<string[]> {
  return {
    good: fc.tuple(...params.map((known) => fc.constantFrom(...known).map(encodeSegment))),
    bad: fc.tuple(...params.map((known) => segment(...known))),
  };
}

/** A body: the valid one (or a same-typed variant of it), or a mutated, junk or missing one. */
export function bodyPart(valid: unknown): Part<unknown> {
  return { good: plausible(valid), bad: fc.oneof({ weight: 6, arbitrary: mutated(valid) }, { weight: 1, arbitrary: fc.constant(undefined) }) };
}

/** A query: the required keys with good values (and some optional ones), or the hostile `query` generator. */
export function queryPart(known: Record<string, fc.Arbitrary<string>>, required: string[] = [], goodValues: Record<string, fc.Arbitrary<string>> = known): Part<string> {
  const good = fc.tuple(...Object.keys(goodValues).map((k) => (required.includes(k) ? goodValues[k]!.map((v) => [[k, v]]) : fc.option(goodValues[k]!.map((v) => [[k, v]]), { freq: 2 }).map((x) => x ?? [])))).map(
    (groups) => {
      const params = new URLSearchParams(groups.flat() as [string, string][]);
      const q = params.toString();
      return q ? `?${q}` : '';
    },
  );
  return { good, bad: query(known, required) };
}

/** Headers: a clean envelope with a real token, or hostile values in every header. */
export function headersPart(tokens: string[]): Part<Record<string, string | undefined>> {
  return {
    good: fc.record({
      authorization: fc.constantFrom(...tokens.map((tk) => `Bearer ${tk}`)),
      'accept-language': fc.constantFrom(undefined, 'vi', 'en', 'en-US,en;q=0.9'),
      'idempotency-key': fc.option(fc.stringMatching(/^[A-Za-z0-9._:-]{8,40}$/), { freq: 3 }).map((k) => k ?? undefined),
    }),
    bad: fc.record({
      authorization: authorization(tokens),
      'accept-language': acceptLanguage,
      'idempotency-key': idempotencyKey,
      'content-type': fc.option(contentType, { freq: 3 }).map((c) => c ?? undefined),
    }),
  };
}

// ---------- headers ----------

export const acceptLanguage = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('vi', 'en', 'en-US,en;q=0.9', 'vi-VN,vi;q=0.9,en;q=0.8', '*', 'xx', 'en;q=abc', 'EN', ''),
  headerText,
);

export const idempotencyKey = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9._:-]{8,128}$/) },
  { weight: 1, arbitrary: fc.constantFrom('short', 'x'.repeat(129), 'x'.repeat(5000), 'has space in it', 'bad/key+chars!', '', '        ') },
  { weight: 1, arbitrary: headerText },
);

export const contentType = fc.oneof(
  { weight: 4, arbitrary: fc.constant('application/json') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/json; charset=iso-8859-1',
      'text/plain',
      'text/plain; charset=utf-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=xyz',
      'application/xml',
      'application/merge-patch+json',
      'application/octet-stream',
      '',
      ';;',
      'application/json, text/plain',
    ),
  },
  { weight: 1, arbitrary: headerText },
);

/** Authorization headers: the given real ones, none, and malformed or unknown ones. */
export function authorization(tokens: string[]): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...tokens.map((tk) => `Bearer ${tk}`)) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'Bearer',
        'Bearer ',
        'Basic dXNlcjpwYXNzd29yZA==',
        'bearer mct_not_a_real_token_0000',
        'Bearer mct_not_a_real_token_0000',
        `Bearer ${'a'.repeat(201)}`,
        'Bearer a b c',
        'Token abc',
        tokens[0] ?? 'x',
        `Bearer ${tokens[0] ?? 'x'} extra`,
      ),
    },
    { weight: 1, arbitrary: headerText.map((h) => `Bearer ${h}`) },
    { weight: 1, arbitrary: headerText },
  );
}

// ---------- path segments and query strings ----------

/** A URL-encoded path segment: one of the known values, a UUID or any text (long ones too: over 200 characters is a 414). */
export const segment = (...known: string[]): fc.Arbitrary<string> =>
  fc
    .oneof(
      { weight: known.length > 0 ? 3 : 0, arbitrary: fc.constantFrom(...(known.length > 0 ? known : ['x'])) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 3, arbitrary: text.filter((s) => s.length <= 3000) },
    )
    .map(encodeSegment);

/** A calendar date string, from year 0000 (which PostgreSQL refuses) to 9999, or not a date at all. */
export const dateString: fc.Arbitrary<string> = fc.oneof(
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('0000-01-01', '0000-02-29', '2026-02-29', '2028-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '26-03-02', '2026/03/02', '20260302', '2026-3-2'),
  text.filter((s) => s.length < 300),
);

/** An integer version number as a path or query segment, within PostgreSQL's int4 or far beyond it. */
export const versionString: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -5, max: 2 ** 31 - 1 }).map(String),
  fc.bigInt({ min: 2n ** 31n - 2n, max: 10n ** 20n }).map(String),
  fc.constantFrom('1', '2', '0', '1.5', '1e3', '1e12', 'abc', '', ' 1', '0x10', '-0', '+1', '99999999999'),
);

/**
 * Query strings: the required keys usually present with good values, the optional ones sometimes,
 * any of them sometimes with junk or twice, plus unknown keys now and then.
 */
export function query(known: Record<string, fc.Arbitrary<string>>, required: string[] = []): fc.Arbitrary<string> {
  const value = (k: string) => fc.oneof({ weight: 5, arbitrary: known[k]! }, { weight: 1, arbitrary: text.filter((s) => s.length < 500) });
  const values = (k: string) => fc.oneof({ weight: 6, arbitrary: value(k).map((v) => [v]) }, { weight: 1, arbitrary: fc.tuple(value(k), value(k)) });
  const pairs = Object.keys(known).map((k) =>
    fc
      .oneof({ weight: required.includes(k) ? 9 : 2, arbitrary: values(k) }, { weight: required.includes(k) ? 1 : 3, arbitrary: fc.constant([] as string[]) })
      .map((vs) => vs.map((v) => [k, v] as const)),
  );
  const unknown = fc.array(fc.tuple(junkKey, text.filter((s) => s.length < 200)), { maxLength: 1 });
  return fc.tuple(fc.tuple(...pairs), unknown).map(([known_, extra]) => {
    const params = new URLSearchParams();
    for (const [k, v] of [...known_.flat(), ...extra]) params.append(k, v);
    const s = params.toString();
    return s ? `?${s}` : '';
  });
}
