import type { NestExpressApplication } from '@nestjs/platform-express';

/** View engine and static assets for the console; filled in by the console work. */
export function configureWeb(_app: NestExpressApplication): void {}
