// Generators for hostile input: injection and traversal strings, broken percent-encoding,
// invalid UTF-8, deeply nested JSON, wrong content types, huge bodies.
import fc from "fast-check";

const HOSTILE_STRINGS = [
  "'; DROP TABLE incidents; --",
  "' OR '1'='1",
  "1; SELECT pg_sleep(10)--",
  "\\'; COPY users TO '/tmp/x'; --",
  "<script>alert(1)</script>",
  "\"><img src=x onerror=alert(1)>",
  'a"b',
  '5"',
  '"unclosed',
  "javascript:alert(1)",
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "....//....//etc/passwd",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "..%252f..%252f",
  "/etc/passwd\u0000.json",
  "\u0000",
  "\uD800",
  "\uDFFF\uD800",
  "\u202Egnp.exe",
  "🦀".repeat(50),
  "null",
  "undefined",
  "__proto__",
  "constructor",
  "$K1",
  "$@0",
  "1e309",
  "-0",
  "NaN",
  "9".repeat(400),
  "2999-12-31",
  "0000-00-00",
  "x".repeat(10_000),
  " ",
  "",
] as const;

export const hostileString = () => fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }));

/** A path segment: what a slug parameter can hold after Next has decoded the URL. */
export const slugLike = (real: readonly string[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...real), weight: 3 }, { arbitrary: hostileString(), weight: 2 }, { arbitrary: fc.stringMatching(/^[a-z0-9-]{1,130}$/), weight: 1 });

const BROKEN_ENCODINGS = ["%", "%Z", "%ZZ", "%E0%A4%A", "%FF", "%C0%AF", "%ED%A0%80", "%00", "%25", "+", "&&", "==", "%u0041", "%%32%65"];

/** A raw query string: known keys with hostile values, repeated keys, broken percent-encoding. */
export const queryString = (keys: readonly string[], extra: fc.Arbitrary<string> = fc.constant("")) =>
  fc.oneof({ arbitrary: fc.constant(""), weight: 1 }, { arbitrary: extra, weight: 1 }, { arbitrary: rawQuery(keys), weight: 3 });

const rawQuery = (keys: readonly string[]) =>
  fc
    .array(
      fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...BROKEN_ENCODINGS), fc.string({ maxLength: 8 })), fc.oneof(hostileString(), fc.constantFrom(...BROKEN_ENCODINGS), fc.integer().map(String))),
      { maxLength: 6 },
    )
    .map((pairs) => pairs.map(([k, v]) => `${encodeLoosely(k)}=${encodeLoosely(v)}`).join("&"));

/** Percent-encodes what would make the URL unparseable, but leaves broken escapes as they are. */
function encodeLoosely(value: string) {
  return BROKEN_ENCODINGS.includes(value) ? value : encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, "\uFFFD"));
}

export const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-16",
  "text/csv",
  "text/csv; charset=latin1",
  "text/plain;charset=UTF-8",
  "multipart/form-data; boundary=fuzz",
  "multipart/form-data",
  "application/x-www-form-urlencoded",
  "application/octet-stream",
  "text/x-component",
  "application/xml",
  "image/png",
  "",
  "*/*",
  "garbage",
] as const;

const enc = new TextEncoder();

const INVALID_UTF8 = [
  [0xff, 0xfe],
  [0xc3, 0x28],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
  [0x80],
].map((b) => Uint8Array.from(b));

const nested = (depth: number, open: string, close: string) => `${open.repeat(depth)}${close.repeat(depth)}`;

/** Request bodies of every kind: valid-looking, broken, nested, huge, not text at all. */
export const body = (extra: fc.Arbitrary<string> = fc.constant("")) =>
  fc.oneof(
    fc.uint8Array({ maxLength: 2048 }),
    fc.constantFrom(...INVALID_UTF8).chain((bad) => fc.tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 })).map(([a, b]) => concat(enc.encode(`day,records\n2024-01-01,${a}`), bad, enc.encode(b)))),
    fc.jsonValue({ maxDepth: 4 }).map((v) => enc.encode(JSON.stringify(v))),
    fc.integer({ min: 1_000, max: 60_000 }).map((depth) => enc.encode(nested(depth, "[", "]"))),
    fc.integer({ min: 1_000, max: 20_000 }).map((depth) => enc.encode(`${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`)),
    fc.constantFrom(...HOSTILE_STRINGS).map((s) => enc.encode(s)),
    fc.array(fc.tuple(hostileString(), hostileString()), { maxLength: 5 }).map((pairs) => enc.encode(pairs.map(([k, v]) => `${encodeURIComponent(k.replace(/[\uD800-\uDFFF]/g, ""))}=${encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, ""))}`).join("&"))),
    fc.constant(enc.encode("--fuzz\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n\u0000\r\n--fuzz")),
    fc.integer({ min: 2, max: 6 }).map((mb) => new Uint8Array(mb * 1024 * 1024).fill(0x61)),
    extra.map((s) => enc.encode(s)),
  );

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

/** A CSV a little off: real header, rows with hostile or borderline values, so some imports get far. */
export const nearlyValidCsv = () =>
  fc
    .tuple(
      fc.constantFrom("day,records", "\uFEFFday,records", "day,records,provenance", "case,day,records", "records,day"),
      fc.array(
        fc.tuple(
          fc.oneof(fc.constantFrom("2024-01-03", "2024-02-29", "2023-02-29", "2999-01-01", "1900-01-01", "01/02/2024"), hostileString()),
          fc.oneof(fc.constantFrom("0", "1", "-1", "1e3", "9223372036854775808", "1,000", "", " 5 "), hostileString()),
          fc.constantFrom("", ",reported", ",modelled", ",bogus"),
        ),
        { maxLength: 8 },
      ),
    )
    .map(([header, rows]) => `${header}\n${rows.map(([d, r, p]) => `${d},${r}${p}`).join("\n")}`);

/** A CSV the importer accepts (distinct past days, whole counts), so imports also succeed. */
export const validCsv = () =>
  fc
    .uniqueArray(fc.date({ min: new Date("2020-01-01"), max: new Date("2024-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { minLength: 1, maxLength: 5 })
    .chain((days) => fc.tuple(fc.constant(days), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: days.length, maxLength: days.length })))
    .map(([days, counts]) => `day,records\n${days.map((d, i) => `${d},${counts[i]}`).join("\n")}\n`);
