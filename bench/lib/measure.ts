/**
 * One measurement: autocannon keeps `connections` requests in flight against one operation of one target
 * for `duration` seconds. GraphQL answers errors with HTTP 200, so every body is checked as well.
 */
import autocannon from 'autocannon';
import type { HttpRequest } from './targets';

export interface Measurement {
  requests: number;
  /** Mean requests per second over the run. */
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export async function measure(
  request: HttpRequest,
  connections: number,
  duration: number,
): Promise<Measurement> {
  let bodyErrors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url: request.url,
        connections,
        duration,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: request.body,
        // Bounded: a stuck server fails the run instead of hanging the benchmark.
        timeout: 30,
        requests: [
          {
            onResponse: (status: number, body: string) => {
              if (status !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) bodyErrors++;
            },
          },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
  });
  const none = result.requests.total === 0;
  return {
    requests: result.requests.total,
    rps: result.requests.total / duration,
    // No finished request means no latency figure, not a latency of 0.
    p50: none ? NaN : result.latency.p50,
    p99: none ? NaN : result.latency.p99,
    errors: result.errors + result.timeouts + bodyErrors,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
