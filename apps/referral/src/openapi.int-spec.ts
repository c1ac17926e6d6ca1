import { describeOpenApiCoverage } from '../../../test/support/openapi-coverage';
import { ReferralEnvironment } from './referral-environment';
import { ReferralModule } from './referral.module';

describeOpenApiCoverage({ service: 'referral', module: ReferralModule, environment: ReferralEnvironment });
