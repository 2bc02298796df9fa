import type { NextFunction, Request, Response } from 'express';

/**
 * Answers to a signed-in user are theirs alone (notes and syntheses depend on who asks and on
 * the round's setting): no browser or shared cache may keep them.
 */
export function privateResponses(req: Request, res: Response, next: NextFunction): void {
  if (req.headers.authorization) res.setHeader('Cache-Control', 'no-store');
  next();
}
