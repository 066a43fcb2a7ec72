/**
 * POST /graphql with a JSON body, served on node:http in front of the Express app. Express's router,
 * request and response wrappers, express.json and res.send's ETag (a hash of every answer, unused on a
 * POST) cost as much CPU as a light query's own work: on the bench's path query at 8 connections this
 * answers 1.3-1.6x the requests per second of the same route through Express (bench/README.md).
 *
 * It keeps everything that route does, with the same pieces (http-pieces.ts): the request id, the
 * security and CORS headers, the body limits (larger for curators) and the coded errors for a body too
 * large or not JSON. Any other request, and a POST whose body is not JSON in UTF-8 or is compressed, goes
 * to Express.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import getRawBody from 'raw-body';
import type { GraphQLContext } from '../graphql/context';
import type { BodyError, HttpPieces } from './http-pieces';
import { requestIdFor } from './request-id';

/** `application/json`, bare or with the UTF-8 charset: what express.json would parse without a 415. */
const JSON_UTF8 = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

/** True when the request is one this handler takes (it then answers it); false leaves it to Express. */
export function graphqlPostHandler(
  pieces: HttpPieces,
  apollo: ApolloServer<GraphQLContext>,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (req.method !== 'POST') return false;
    const url = req.url ?? '';
    const q = url.indexOf('?');
    if ((q < 0 ? url : url.slice(0, q)) !== '/graphql') return false;
    if (!JSON_UTF8.test(req.headers['content-type'] ?? '')) return false;
    // A compressed body is inflated by express.json, not here.
    const encoding = req.headers['content-encoding'];
    if (encoding && encoding.toLowerCase() !== 'identity') return false;
    void answer(pieces, apollo, req, res, q < 0 ? '' : url.slice(q));
    return true;
  };
}

async function answer(
  pieces: HttpPieces,
  apollo: ApolloServer<GraphQLContext>,
  req: IncomingMessage,
  res: ServerResponse,
  search: string,
): Promise<void> {
  const id = requestIdFor(req.headers['x-request-id']);
  const authorization = req.headers.authorization;
  try {
    res.setHeader('x-request-id', id);
    pieces.securityHeaders(req, res);
    pieces.graphqlCors(req, res);
    let body: unknown;
    try {
      const text = await getRawBody(req, {
        limit: pieces.bodyLimitFor(authorization),
        length: req.headers['content-length'],
        encoding: 'utf8',
      });
      body = parseJsonBody(text);
    } catch (err) {
      const { status, payload } = pieces.bodyError(err as BodyError, authorization, id);
      return send(res, status, JSON.stringify(payload), 'application/json; charset=utf-8');
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search, body },
      context: () => Promise.resolve(pieces.context(id, authorization)),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  } catch (err) {
    // Anything else is a 500, logged with its stack by bodyError.
    const unexpected = Object.assign(err instanceof Error ? err : new Error(String(err)), { status: 500 });
    const { status, payload } = pieces.bodyError(unexpected, authorization, id);
    if (!res.headersSent) send(res, status, JSON.stringify(payload), 'application/json; charset=utf-8');
    else res.end();
  }
}

/** As express.json: an empty body is `{}`, and only an object or array is a body (else 400). */
function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return {};
  const body = JSON.parse(text) as unknown;
  if (typeof body !== 'object' || body === null) {
    throw Object.assign(new SyntaxError('a JSON body is an object or an array'), { status: 400 });
  }
  return body;
}

function send(res: ServerResponse, status: number, body: string, type: string): void {
  res.statusCode = status;
  res.setHeader('content-type', type);
  res.end(body);
}
