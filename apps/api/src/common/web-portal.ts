import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where `npm run build` puts the portal (dist/web): beside the compiled API (dist/apps/api/src → dist/web), or,
 * when the API runs from its sources (tests), under the repository's dist/. WEB_DIST names another folder.
 */
export function webPortalDirectory(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env.WEB_DIST
    ? [resolve(env.WEB_DIST)]
    : [resolve(__dirname, '../../../../web'), resolve(__dirname, '../../../../dist/web')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/** The API's own paths: whatever is unknown there stays a problem+json 404, never the portal's page. */
const API_PATH = /^\/(api|health)(\/|$)/;
/** Vite names built assets after their content: they never change under one name. */
const HASHED_ASSET = /^\/assets\//;

/**
 * Serves the web portal on the API's origin: assets with a year of cache, index.html always revalidated (it names
 * the current assets), and index.html for any other page address a browser asks for, so that the portal's own
 * routes (/rounds/…, /sign-in) survive a reload. Does nothing when the portal is not built.
 */
export function serveWebPortal(app: NestExpressApplication, directory = webPortalDirectory()): boolean {
  if (!directory) return false;
  const index = join(directory, 'index.html');
  const hashed = join(directory, 'assets');
  const assets = express.static(directory, {
    index: false,
    fallthrough: true,
    setHeaders: (res, file) =>
      res.setHeader('Cache-Control', file.startsWith(hashed) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATH.test(req.path)) return next();
    assets(req, res, () => {
      if (HASHED_ASSET.test(req.path) || !req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
  return true;
}
