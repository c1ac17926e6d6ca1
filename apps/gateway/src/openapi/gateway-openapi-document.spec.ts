import {
  All,
  Body,
  Controller,
  Get,
  Module,
  Param,
  Patch,
  Post,
  type INestApplication,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ApiCreatedResponse,
  ApiExcludeController,
  ApiOkResponse,
  ApiProperty,
  type OpenAPIObject,
} from '@nestjs/swagger';
import { ApiFieldProblems, ApiUuidParam, openApiDocumentProblems } from '@waypoint/platform';
import { registeredRoutes, type RegisteredRoute } from '../../../../test/support/openapi';
import { gatewayRouteCoverageProblems } from '../../../../test/support/openapi-gateway';
import { TokenVerifier } from '@waypoint/auth';
import { AccountsRepository } from '../accounts/accounts.repository';
import { SessionsService } from '../sessions/sessions.service';
import { buildGatewayOpenApiDocument } from './gateway-openapi-document';
import { ApiCallers } from './api-callers';

// A stand-in app with an HTML page beside the JSON API, as the console adds them: no database,
// the guards are never run, only the document is built.

class PageModel {
  @ApiProperty()
  heading!: string;
}

class ThingDto {
  @ApiProperty()
  name!: string;
}

@Controller()
class PageController {
  @Get('sign-in')
  @ApiOkResponse({ type: PageModel })
  page(): PageModel {
    return { heading: 'Sign in' };
  }

  @Get('apiary')
  bees(): string {
    return 'not under /api/';
  }
}

@Controller('api/things')
@ApiCallers()
class ThingsController {
  @Get()
  @ApiOkResponse({ type: ThingDto })
  list(): ThingDto {
    return { name: 'one' };
  }

  @Post()
  @ApiCreatedResponse({ type: ThingDto })
  @ApiFieldProblems('name')
  add(@Body() dto: ThingDto): ThingDto {
    return dto;
  }
}

@Controller('api/admin/things')
@ApiCallers({ administratorsOnly: true })
class AdminThingsController {
  @Patch(':id')
  @ApiUuidParam('id', 'The thing')
  @ApiOkResponse({ type: ThingDto })
  @ApiFieldProblems('name')
  rename(@Param('id') _id: string, @Body() dto: ThingDto): ThingDto {
    return dto;
  }
}

@ApiExcludeController()
@Controller('api')
@ApiCallers()
class ProxyStandInController {
  @All(['identification/*path', 'referral/*path', 'journey/*path', 'placement/*path'])
  forward(): void {}
}

@Module({
  controllers: [PageController, ThingsController, AdminThingsController, ProxyStandInController],
  // What the guards depend on, so Nest can make them; they never run here.
  providers: [SessionsService, TokenVerifier, AccountsRepository].map((provide) => ({
    provide,
    useValue: {},
  })),
})
class StandInModule {}

describe('buildGatewayOpenApiDocument', () => {
  let app: INestApplication;
  let document: OpenAPIObject;

  beforeAll(async () => {
    app = await NestFactory.create(StandInModule, { logger: false });
    document = buildGatewayOpenApiDocument(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('keeps the JSON API and leaves out pages, and the schemas only pages use', () => {
    expect(Object.keys(document.paths)).toContain('/api/things');
    expect(Object.keys(document.paths)).not.toContain('/sign-in');
    expect(Object.keys(document.paths)).not.toContain('/apiary');
    expect(Object.keys(document.components?.schemas ?? {})).toContain('ThingDto');
    expect(Object.keys(document.components?.schemas ?? {})).not.toContain('PageModel');
    expect(openApiDocumentProblems(document)).toEqual([]);
  });

  it('asks a session for its CSRF token on a state-changing request only, never a bearer token', () => {
    expect(document.paths['/api/things'].get?.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(document.paths['/api/things'].post?.security).toEqual([{ session: [], csrf: [] }, { bearer: [] }]);
    expect(document.paths['/api/things'].post?.responses['403']).toMatchObject({
      description: expect.stringContaining('CSRF') as unknown,
    });
    expect(document.paths['/api/things'].get?.responses['403']).toBeUndefined();
  });

  it("documents the proxy to each service as a passthrough pointing at the service's own document", () => {
    for (const service of ['identification', 'referral', 'journey', 'placement']) {
      const passthrough = document.paths[`/api/${service}/{path}`];
      expect(Object.keys(passthrough).sort()).toEqual(['delete', 'get', 'post', 'put']);
      expect(passthrough.get?.description).toContain(`/api/${service}/openapi.json`);
      expect(passthrough.get?.responses.default).toBeDefined();
      expect(document.paths[`/api/${service}/openapi.json`].get?.responses['200']).toBeDefined();
    }
  });
});

type Mutable = {
  paths: Record<string, Record<string, Record<string, unknown> & { responses: Record<string, unknown> }>>;
};

describe('gatewayRouteCoverageProblems', () => {
  const sut = gatewayRouteCoverageProblems;
  let app: INestApplication;
  let routes: RegisteredRoute[];

  beforeAll(async () => {
    app = await NestFactory.create(StandInModule, { logger: false });
    routes = registeredRoutes(app);
  });

  afterAll(async () => {
    await app.close();
  });

  const documentOf = (): Mutable & OpenAPIObject =>
    structuredClone(buildGatewayOpenApiDocument(app)) as Mutable & OpenAPIObject;

  it('finds nothing when the document says what the routes and their guards do', () => {
    expect(sut(routes, documentOf())).toEqual([]);
  });

  it.each<[string, (document: Mutable) => void, string]>([
    [
      'an undocumented route',
      (d) => delete d.paths['/api/things'].post,
      'post /api/things (ThingsController.add) is not documented',
    ],
    [
      'a documented route no code serves',
      (d) => (d.paths['/api/extra'] = { get: { responses: {} } }),
      'get /api/extra is documented but no route serves it',
    ],
    [
      'a page in the document',
      (d) => (d.paths['/sign-in'] = { get: { responses: {} } }),
      '/sign-in is documented but is not the JSON API',
    ],
    [
      'security its guards do not enforce',
      (d) => (d.paths['/api/things'].get.security = [{ bearer: [] }]),
      'get /api/things: documents security [{"bearer":[]}], its guards (ApiCallerGuard) need',
    ],
    [
      'a state-changing session request without its CSRF token',
      (d) => (d.paths['/api/things'].post.security = [{ session: [] }, { bearer: [] }]),
      'post /api/things: documents security',
    ],
    [
      'a guarded route without its 401',
      (d) => delete d.paths['/api/things'].get.responses['401'],
      'does not document the 401',
    ],
    [
      "a CSRF refusal's 403 left out",
      (d) => delete d.paths['/api/things'].post.responses['403'],
      'post /api/things: can refuse with 403 but documents none',
    ],
    [
      'a 403 nothing answers',
      (d) => (d.paths['/api/things'].get.responses['403'] = { description: 'no' }),
      'get /api/things: documents a 403 nothing answers',
    ],
    [
      'administrators only, not said',
      (d) => delete d.paths['/api/admin/things/{id}'].patch['x-waypoint-roles'],
      'patch /api/admin/things/{id}: documents roles null',
    ],
    [
      'a success answered without its schema',
      (d) => delete (d.paths['/api/things'].get.responses['200'] as Record<string, unknown>).content,
      'get /api/things: documents no JSON body for its 200',
    ],
    [
      'a body without its 415',
      (d) => delete d.paths['/api/things'].post.responses['415'],
      'documents no 415',
    ],
    [
      'a path parameter without its 400',
      (d) => delete d.paths['/api/admin/things/{id}'].patch.responses['400'],
      'validates input but documents no 400',
    ],
    [
      'a method of the proxy left out',
      (d) => delete d.paths['/api/journey/{path}'].put,
      'put /api/journey/{path} (ProxyStandInController.forward) is not documented',
    ],
    [
      "a service's own document left out",
      (d) => delete d.paths['/api/referral/openapi.json'],
      'get /api/referral/openapi.json (ProxyStandInController.forward) is not documented',
    ],
  ])('reports %s', (_, breakIt, expected) => {
    const document = documentOf();
    breakIt(document);
    expect(sut(routes, document).join('\n')).toContain(expected);
  });
});
