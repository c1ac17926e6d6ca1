import { Module } from '@nestjs/common';

/** The web console (pages, forms); filled in by the console work. */
@Module({})
export class ConsoleModule {}
