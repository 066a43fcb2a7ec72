/** The explorer's only data source: the public /graphql endpoint, like any other client. */

export interface GraphQLErrorShape {
  message: string;
  extensions?: {
    code?: string;
    field?: string;
    /** Seed validation problems (acceptReport). */
    problems?: { file: string; path: string; message: string }[];
  };
}

/** The API could not be reached or answered with a server error: the banner says so. */
export class ApiDownError extends Error {}
/** The API answered, with errors about the request (bad id, bad filter...). */
export class ApiError extends Error {
  constructor(public readonly errors: GraphQLErrorShape[]) {
    super(errors.map((e) => e.message).join('; '));
  }
  get code() {
    return this.errors[0]?.extensions?.code;
  }
}

type Listener = (down: boolean) => void;
const listeners = new Set<Listener>();
let apiDown = false;
export const isApiDown = () => apiDown;
export function onApiStatus(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
function setDown(down: boolean) {
  if (down === apiDown) return;
  apiDown = down;
  listeners.forEach((l) => l(down));
}

const DOWN_CODES = new Set(['SERVICE_UNAVAILABLE', 'TIMEOUT', 'INTERNAL_SERVER_ERROR']);
/** Number of requests sent, for tests and the page budget (at most two per page). */
export let requestCount = 0;

/** `headers` carries a curator's token (the review page); every other page sends none. */
export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  requestCount++;
  (window as unknown as { __gqlRequests: number }).__gqlRequests = requestCount;
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    setDown(true);
    throw new ApiDownError('The GraphQL API is not answering (network error).');
  }
  let body: { data?: T; errors?: GraphQLErrorShape[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    setDown(true);
    throw new ApiDownError(`The GraphQL API answered HTTP ${res.status} without a GraphQL body.`);
  }
  if (body.errors?.length) {
    const down = res.status >= 500 || body.errors.some((e) => DOWN_CODES.has(e.extensions?.code ?? ''));
    setDown(down);
    if (down) throw new ApiDownError(body.errors.map((e) => e.message).join('; '));
    throw new ApiError(body.errors);
  }
  setDown(false);
  return body.data as T;
}
