// iCalendar parsed with a real parser (ical.js, Mozilla's): the calendar, its events, and the
// time zones it defines registered so that local times convert to UTC the way calendars do.
import ICAL from 'ical.js';

// NAME (RFC 7986) and Apple's X-WR-CALNAME are TEXT values; ical.js knows neither by default.
const properties = ICAL.design.icalendar.property as Record<string, { defaultType: string }>;
properties.name = { defaultType: 'text' };
properties['x-wr-calname'] = { defaultType: 'text' };

export function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}
