import { describeOpenApiCoverage } from '../../../test/support/openapi-coverage';
import { PlacementEnvironment } from './placement-environment';
import { PlacementModule } from './placement.module';

describeOpenApiCoverage({ service: 'placement', module: PlacementModule, environment: PlacementEnvironment });
