import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { OpenAPIObject } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { Kafka } from 'kafkajs';
import { testDatabaseUrl } from '../../../test/support/test-environment';
import { TEST_ENV } from '../../../test/setup/test-infrastructure';
import { DataSource } from 'typeorm';
import { HttpProcessEnvironment } from './environment';
import { createHttpApp } from './http-app';
import { KafkaProbe } from './kafka-probe';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { OpenApiDocumentHolder } from './openapi/openapi.controller';
import { PlatformModule } from './platform.module';

// An HTTP-only process on the chassis (PlatformModule.forHttp + createHttpApp), as the gateway is
// built, on a real Postgres database and with no Kafka anywhere in its environment.

class ThingDto {
  @IsString()
  name!: string;
}

@Controller('things')
class ThingsController {
  @Post()
  @HttpCode(200)
  take(@Body() dto: ThingDto): ThingDto {
    return dto;
  }
}

@Module({
  imports: [
    PlatformModule.forHttp({
      name: 'http-only process',
      environment: HttpProcessEnvironment,
      dataSourceOptions: (url, poolSize) => ({ type: 'postgres', url, poolSize }),
    }),
  ],
  controllers: [ThingsController],
})
class HttpOnlyModule {}

describe('an HTTP-only process built on the chassis', () => {
  const environmentBefore = { ...process.env };
  let app: NestExpressApplication;
  let url: string;

  const call = (method: 'GET' | 'POST', path: string, body?: string, contentType = 'application/json') =>
    fetch(`${url}${path}`, {
      method,
      body,
      headers: body === undefined ? {} : { 'content-type': contentType },
    });

  beforeAll(async () => {
    delete process.env.KAFKA_BROKERS;
    Object.assign(process.env, {
      PORT: '65002',
      DATABASE_URL: testDatabaseUrl('gateway'),
      AUTH_PUBLIC_KEY_PATH: process.env[TEST_ENV.publicKeyPath],
      LOG_LEVEL: 'error',
    });
    app = await createHttpApp({
      name: 'http-only',
      module: HttpOnlyModule,
      environment: HttpProcessEnvironment,
      openApiDocument: (built) => buildOpenApiDocument(built, { title: 'HTTP-only test process' }),
    });
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    process.env = environmentBefore;
  });

  it('answers /health without a token with its database, and has no Kafka', async () => {
    const answer = await call('GET', '/health');

    expect(answer.status).toBe(200);
    expect(await answer.json()).toStrictEqual({ status: 'ok', checks: { database: 'up' } });
    // Through ModuleRef: the app's own get() exits the process on an unknown provider.
    const modules = app.get(ModuleRef);
    expect(() => modules.get(Kafka, { strict: false })).toThrow(/could not find/);
    expect(() => modules.get(KafkaProbe, { strict: false })).toThrow(/could not find KafkaProbe/);
  });

  it('documents /health with exactly the checks it answers', () => {
    const document: OpenAPIObject = app.get(OpenApiDocumentHolder).get();
    const checks = document.components?.schemas?.HealthChecks as { properties: object; required: string[] };

    expect(Object.keys(checks.properties)).toEqual(['database']);
    expect(checks.required).toEqual(['database']);
    expect(document.paths['/health'].get).toMatchObject({
      operationId: 'Health_check',
      summary: 'Whether the http-only process can reach its database',
      responses: {
        '200': { description: 'The database is up' },
        '503': { description: 'The database is down' },
      },
    });
  });

  it('leaves who may call a route to the process: no token is asked of its own routes', async () => {
    const answer = await call('POST', '/things', JSON.stringify({ name: 'a thing' }));

    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ name: 'a thing' });
  });

  it('refuses wrong fields, a body that is not JSON and unparseable JSON in the one field-naming shape', async () => {
    const wrong = await call('POST', '/things', JSON.stringify({ name: 3, extra: true }));
    const notJson = await call('POST', '/things', 'name=a', 'text/plain');
    const broken = await call('POST', '/things', '{"name":');

    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toStrictEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ['extra is not a recognised field', 'name must be a string'],
      errors: [
        { field: 'extra', rule: 'unknownProperty', message: 'extra is not a recognised field' },
        { field: 'name', rule: 'isString', message: 'name must be a string' },
      ],
    });
    expect(notJson.status).toBe(415);
    expect(await notJson.json()).toStrictEqual({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: ['request body must be application/json'],
      errors: [{ field: '(body)', rule: 'contentType', message: 'request body must be application/json' }],
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ errors: [{ field: '(body)', rule: 'json' }] });
  });

  it('gives every answer a request id and a correlation id', async () => {
    const answer = await call('GET', '/health');

    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.headers.get('x-correlation-id')).toBe(answer.headers.get('x-request-id'));
  });

  // Last: it closes the process's database.
  it('answers 503 naming the database once it does not answer', async () => {
    await app.get(DataSource).destroy();

    const answer = await call('GET', '/health');

    expect(answer.status).toBe(503);
    expect(await answer.json()).toStrictEqual({ status: 'unavailable', checks: { database: 'down' } });
  });
});
