import { Module } from '@nestjs/common';
import { MyHousesController } from './my-houses/my-houses.controller';
import { IncomingOffersController } from './offers/offers.controller';
import { StaysController } from './stays/stays.controller';

/** Safe-house staff's pages: their houses and beds, offers to answer, arrivals and residents. */
@Module({
  controllers: [MyHousesController, IncomingOffersController, StaysController],
})
export class SafeHouseConsoleModule {}
