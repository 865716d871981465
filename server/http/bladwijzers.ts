// SPDX-License-Identifier: EUPL-1.2
// The HTTP side of read-your-own-writes (server/store/bladwijzers.ts): the client's bookmarks come
// in a request header, the bookmarks of a write go out in the same header of its answer.
import type { RequestHandler } from 'express';
import { BLADWIJZER_HEADER, codeer, decodeer, metBladwijzers } from '../store/bladwijzers.ts';

export const bladwijzers: RequestHandler = (req, res, next) =>
  metBladwijzers(decodeer(req.get(BLADWIJZER_HEADER)), (nieuw) => {
    const writeHead = res.writeHead.bind(res);
    // The header must be set before the status line goes out, which is after the write finished.
    res.writeHead = ((...args: Parameters<typeof writeHead>) => {
      const bladwijzers = nieuw();
      if (bladwijzers && !res.headersSent) res.setHeader(BLADWIJZER_HEADER, codeer(bladwijzers));
      return writeHead(...args);
    }) as typeof res.writeHead;
    next();
  });
