import { describeOpenApiCoverage } from '../../../test/support/openapi-coverage';
import { JourneyModule } from './journey.module';

describeOpenApiCoverage({ service: 'journey', module: JourneyModule });
