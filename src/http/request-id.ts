import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

declare module 'express-serve-static-core' {
  interface Request {
    id: string;
  }
}

/** The caller's X-Request-Id when it is harmless, else a new one. */
export function requestIdFor(given: string | string[] | undefined): string {
  return typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
}

/** Express middleware: takes or makes the request id and echoes it back for tracing. */
export function requestId(req: Request, res: Response, next: NextFunction): void {
  req.id = requestIdFor(req.headers['x-request-id']);
  res.setHeader('x-request-id', req.id);
  next();
}
