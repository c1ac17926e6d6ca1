import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, type OpenAPIObject } from '@nestjs/swagger';
import { OpenApiDocumentHolder } from '@waypoint/platform';
import { ApiCallers } from './api-callers';

@ApiTags('openapi')
@Controller('api')
export class GatewayOpenApiController {
  constructor(@Inject(OpenApiDocumentHolder) private readonly holder: OpenApiDocumentHolder) {}

  // The services' rule: the document holds no survivor data, only the API's shape, yet every
  // endpoint but /health needs a verified caller (docs/domain.md, "Access and personal data") and the API's shape is no
  // reason for another exception. So any verified caller reads it, a signed-in session or a
  // gateway-issued token of any role: an anonymous scanner learns nothing, no role is singled out.
  @Get('openapi.json')
  @ApiCallers()
  @ApiOperation({ summary: "The gateway's OpenAPI 3.0 document (its own JSON API and the proxy)" })
  @ApiOkResponse({ description: 'The OpenAPI document', schema: { type: 'object' } })
  document(): OpenAPIObject {
    return this.holder.get();
  }
}
