import neo4j, { type Integer } from 'neo4j-driver';

/**
 * Property values as JSON, with their Neo4j type kept: a backup restores an INTEGER as an INTEGER and a
 * FLOAT as a FLOAT, a DATE as a DATE. Strings, booleans and floats are plain JSON; every other type is a
 * one-key object whose key starts with `$` (Neo4j properties cannot be maps, so nothing is ambiguous).
 * Temporal values are stored as their components, so nothing is lost to a textual round trip.
 */
export type Encoded =
  | string
  | boolean
  | number
  | null
  | Encoded[]
  | { $int: string }
  | { $float: 'NaN' | 'Infinity' | '-Infinity' }
  | { $date: number[] }
  | { $localdatetime: number[] }
  | { $datetime: [...number[], number | null, string | null] }
  | { $localtime: number[] }
  | { $time: number[] }
  | { $duration: number[] }
  | { $point: number[] }
  | { $bytes: string };

/** Components of temporal values are small integers; refuse silently losing one. */
function num(v: Integer | number | bigint): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (!v.inSafeRange()) throw new Error(`temporal component ${v.toString()} out of range`);
  return v.toNumber();
}
const nums = (...vs: (Integer | number)[]) => vs.map(num);

export function encodeValue(v: unknown): Encoded {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    return Number.isFinite(v) ? v : { $float: String(v) as 'NaN' | 'Infinity' | '-Infinity' };
  }
  if (typeof v === 'bigint') return { $int: v.toString() };
  if (neo4j.isInt(v)) return { $int: (v as Integer).toString() };
  if (Array.isArray(v)) return v.map(encodeValue);
  if (v instanceof Int8Array || v instanceof Uint8Array) return { $bytes: Buffer.from(v).toString('base64') };
  if (neo4j.isDate(v)) return { $date: nums(v.year, v.month, v.day) };
  if (neo4j.isLocalDateTime(v))
    return { $localdatetime: nums(v.year, v.month, v.day, v.hour, v.minute, v.second, v.nanosecond) };
  if (neo4j.isDateTime(v)) {
    return {
      $datetime: [
        ...nums(v.year, v.month, v.day, v.hour, v.minute, v.second, v.nanosecond),
        v.timeZoneOffsetSeconds === undefined || v.timeZoneOffsetSeconds === null
          ? null
          : num(v.timeZoneOffsetSeconds),
        v.timeZoneId ?? null,
      ],
    };
  }
  if (neo4j.isLocalTime(v)) return { $localtime: nums(v.hour, v.minute, v.second, v.nanosecond) };
  if (neo4j.isTime(v))
    return { $time: nums(v.hour, v.minute, v.second, v.nanosecond, v.timeZoneOffsetSeconds) };
  if (neo4j.isDuration(v)) return { $duration: nums(v.months, v.days, v.seconds, v.nanoseconds) };
  if (neo4j.isPoint(v)) {
    const p = v as { srid: Integer | number; x: number; y: number; z?: number };
    return { $point: p.z === undefined ? [num(p.srid), p.x, p.y] : [num(p.srid), p.x, p.y, p.z] };
  }
  throw new Error(`cannot back up a property value of type ${Object.prototype.toString.call(v)}`);
}

const T = neo4j.types;
const ints = (xs: number[]) => xs.map((x) => neo4j.int(x));

export function decodeValue(e: Encoded): unknown {
  if (e === null || typeof e !== 'object') return e;
  if (Array.isArray(e)) return e.map(decodeValue);
  const [key, raw] = Object.entries(e)[0] as [string, unknown];
  const a = raw as number[];
  switch (key) {
    case '$int':
      return neo4j.int(raw as string);
    case '$float':
      return Number(raw);
    case '$bytes':
      return new Int8Array(Buffer.from(raw as string, 'base64'));
    case '$date':
      return new T.Date(...(ints(a) as [Integer, Integer, Integer]));
    case '$localdatetime':
      return new T.LocalDateTime(
        ...(ints(a) as [Integer, Integer, Integer, Integer, Integer, Integer, Integer]),
      );
    case '$datetime': {
      const [offset, zone] = [a[7] as number | null, (raw as unknown[])[8] as string | null];
      const parts = ints(a.slice(0, 7)) as [Integer, Integer, Integer, Integer, Integer, Integer, Integer];
      // A named zone is enough (the offset follows from it); a fixed offset is kept as such.
      return zone ? new T.DateTime(...parts, undefined, zone) : new T.DateTime(...parts, neo4j.int(offset!));
    }
    case '$localtime':
      return new T.LocalTime(...(ints(a) as [Integer, Integer, Integer, Integer]));
    case '$time':
      return new T.Time(...(ints(a) as [Integer, Integer, Integer, Integer, Integer]));
    case '$duration':
      return new T.Duration(...(ints(a) as [Integer, Integer, Integer, Integer]));
    case '$point':
      return a.length === 4
        ? new T.Point(neo4j.int(a[0]!), a[1]!, a[2]!, a[3]!)
        : new T.Point(neo4j.int(a[0]!), a[1]!, a[2]!);
    default:
      throw new Error(`unknown value tag ${key}`);
  }
}

export function encodeProps(props: Record<string, unknown>): Record<string, Encoded> {
  const out: Record<string, Encoded> = {};
  for (const [k, v] of Object.entries(props)) out[k] = encodeValue(v);
  return out;
}

export function decodeProps(props: Record<string, Encoded>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = decodeValue(v);
  return out;
}
