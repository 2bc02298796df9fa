import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

export const BODY_LIMIT = '1mb';

/** JSON bodies up to 1 MB; parse failures answer in the API's error shape, not HTML. */
export function installBodyParser(app: INestApplication): void {
  app.use(express.json({ limit: BODY_LIMIT, strict: true }));
  app.use(
    (
      error: { type?: string; status?: number },
      _req: Request,
      res: Response,
      next: NextFunction,
    ) => {
      if (!error) return next();
      if (error.type === 'entity.too.large') {
        return res.status(413).json({
          statusCode: 413,
          message: `the body exceeds ${BODY_LIMIT}`,
          error: 'Payload Too Large',
        });
      }
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 400;
      return res
        .status(status)
        .json({ statusCode: status, message: 'the body is not valid JSON', error: 'Bad Request' });
    },
  );
}
