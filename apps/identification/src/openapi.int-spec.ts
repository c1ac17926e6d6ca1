import { describeOpenApiCoverage } from '../../../test/support/openapi-coverage';
import { IdentificationEnvironment } from './identification-environment';
import { IdentificationModule } from './identification.module';

describeOpenApiCoverage({
  service: 'identification',
  module: IdentificationModule,
  environment: IdentificationEnvironment,
});
