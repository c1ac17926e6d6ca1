import { Module } from '@nestjs/common';
import { HouseDetailsController } from './my-houses/house-details.controller';
import { MyHousesController } from './my-houses/my-houses.controller';
import { IncomingOffersController } from './offers/offers.controller';
import { StaysController } from './stays/stays.controller';

/** Safe-house staff's pages: their houses and beds, offers to answer, arrivals and residents. */
@Module({
  // HouseDetailsController first: its `houses/new` must not be read as a house id.
  controllers: [HouseDetailsController, MyHousesController, IncomingOffersController, StaysController],
})
export class SafeHouseConsoleModule {}
