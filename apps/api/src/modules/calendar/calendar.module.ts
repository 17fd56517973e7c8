import { Module } from '@nestjs/common';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedService } from './calendar-feed.service';

/** The personal iCalendar feed of deadlines. */
@Module({
  controllers: [CalendarFeedController],
  providers: [CalendarFeedService],
})
export class CalendarModule {}
