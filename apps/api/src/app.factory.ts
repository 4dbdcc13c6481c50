import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { AppModule } from './app.module';
import type { AppConfig } from './platform/config/app-config';
import { PROBLEM_CONTENT_TYPE, problemTitle, problemType } from './platform/errors/problem';
import { buildOpenApiDocument } from './platform/openapi/openapi';
import { AppLogger } from './platform/logging/app-logger';
import { requestIdOf } from './platform/logging/request-id';

/** Bodies above this are refused with 413 before any parsing (attachments have their own limit). */
const BODY_LIMIT_BYTES = 1024 * 1024;

export interface CreateAppOptions {
  /** Build the module graph without instantiating providers (no database): OpenAPI generation. */
  preview?: boolean;
}

/** The API as both `main.ts` and the tests run it; `listen` is left to the caller. */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    genReqId: (request: IncomingMessage) => requestIdOf(request),
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    preview: options.preview ?? false,
    abortOnError: false,
  });
  if (!options.preview) app.useLogger(app.get(AppLogger));

  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  // The request id goes back to the caller, to quote when reporting a problem.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id);
    done(null, payload);
  });
  // Errors raised by Fastify itself (malformed JSON, oversized bodies) reach the global
  // ProblemDetailsFilter through the error handler NestJS installs at init.

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // MUI (emotion) and Swagger UI inject styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // No 'unsafe-eval': the portal validates request forms by interpreting their JSON Schema
        // instead of compiling it (apps/portal/src/features/catalog/form-validator.ts).
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
      },
    },
  });

  // Only attachment uploads read multipart bodies, streaming their one file themselves (the
  // body limit above does not apply to multipart); these bound what busboy accepts around it.
  await app.register(multipart, {
    limits: {
      fileSize: config.ATTACHMENT_MAX_BYTES,
      files: 1,
      fields: 5,
      fieldNameSize: 100,
      fieldSize: 1024,
      parts: 10,
      headerPairs: 20,
    },
  });

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    swaggerOptions: { persistAuthorization: true },
  });

  await servePortal(app, config);
  return app;
}

/**
 * The built portal at `/`, with index.html for client-side routes. Nest owns the not-found handler
 * (it answers problem details), so the fallback is a wildcard route that refuses `/api/*`.
 */
async function servePortal(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const root = resolve(config.PORTAL_DIST ?? join(process.cwd(), 'dist/apps/portal'));
  if (!existsSync(join(root, 'index.html'))) return;
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    if (path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) {
      const problem = {
        type: problemType(404),
        title: problemTitle(404),
        status: 404,
        detail: `No route for GET ${path}`,
        instance: path,
      };
      return reply.status(404).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
  });
}
