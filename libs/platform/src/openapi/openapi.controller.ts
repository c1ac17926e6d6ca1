import { Controller, Get, Inject, Injectable } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, type OpenAPIObject } from '@nestjs/swagger';
import { ROLES } from '@waypoint/auth';
import { Authorised } from './api-decorators';

/** Holds the service's OpenAPI document, built once from the app after it is created (startService). */
@Injectable()
export class OpenApiDocumentHolder {
  private document?: OpenAPIObject;

  publish(document: OpenAPIObject): void {
    this.document = document;
  }

  get(): OpenAPIObject {
    // A wiring fault, not a request fault: an app built without createService serves no document.
    if (!this.document) throw new Error('the OpenAPI document was never published');
    return this.document;
  }
}

@ApiTags('openapi')
@Controller()
export class OpenApiController {
  constructor(@Inject(OpenApiDocumentHolder) private readonly holder: OpenApiDocumentHolder) {}

  // The document holds no survivor data, only the API's shape. Still, every HTTP endpoint needs a
  // verified token (docs/domain.md, "Access and personal data"), /health being the one operational exception, and the shape
  // of the API is no reason for another: a token of any role reads it, so an anonymous scanner
  // learns nothing of the API and no role is singled out.
  @Get('openapi.json')
  @Authorised(...ROLES)
  @ApiOperation({ summary: "This service's OpenAPI 3.0 document" })
  @ApiOkResponse({ description: 'The OpenAPI document', schema: { type: 'object' } })
  document(): OpenAPIObject {
    return this.holder.get();
  }
}
