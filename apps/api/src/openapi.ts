import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { OpenAPIObject } from '@nestjs/swagger';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { applyGlobalPrefix, buildOpenApi } from './configure-app';

/**
 * The OpenAPI document, built from the controllers and DTOs in preview mode: nothing is instantiated, so no
 * database, Temporal or configuration is needed. `npm run openapi` writes it to openapi.json.
 */
export async function generateOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
  applyGlobalPrefix(app);
  const document = buildOpenApi(app);
  await app.close();
  return document;
}

export const OPENAPI_FILE = join(
  __dirname,
  '../../../',
  __dirname.includes('/dist/') ? '../openapi.json' : 'openapi.json',
);

if (require.main === module) {
  generateOpenApiDocument()
    .then((document) => {
      writeFileSync(OPENAPI_FILE, `${JSON.stringify(document, null, 2)}\n`);
      process.stdout.write(`wrote ${OPENAPI_FILE} (${Object.keys(document.paths).length} paths)\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`openapi generation failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
