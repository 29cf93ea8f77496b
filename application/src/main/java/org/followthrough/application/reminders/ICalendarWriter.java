package org.followthrough.application.reminders;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Writes a feed with ical4j: times in the candidate's zone with its VTIMEZONE when ical4j knows the zone, else in UTC.
 * DTSTAMP is the entry's last change, not the moment of writing, so an unchanged feed is the same text (and ETag).
 */
final class ICalendarWriter {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private ICalendarWriter() {
    }

    /** An entry as written: what it shows, and its version (SEQUENCE, LAST-MODIFIED). */
    record Versioned(FeedEntry entry, int sequence, Instant lastModified) {
    }

    static String write(String name, ZoneId zone, List<Versioned> entries) {
        @Nullable TimeZone timeZone = zone.equals(ZoneOffset.UTC) ? null : ZONES.getTimeZone(zone.getId());
        Calendar calendar = new Calendar()
                .withProdId("-//Followthrough//Reminders//EN")
                .withDefaults()
                .withProperty(new Method("PUBLISH"))
                .withProperty(new XProperty("X-WR-CALNAME", name))
                .getFluentTarget();
        if (timeZone != null) {
            calendar = calendar.withComponent(timeZone.getVTimeZone()).getFluentTarget();
            calendar = calendar.withProperty(new XProperty("X-WR-TIMEZONE", zone.getId())).getFluentTarget();
        }
        for (Versioned versioned : entries) {
            calendar = calendar.withComponent(event(versioned, timeZone == null ? ZoneOffset.UTC : zone)).getFluentTarget();
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(Versioned versioned, ZoneId zone) {
        FeedEntry entry = versioned.entry();
        VEvent event = new VEvent(false);
        event.add(new Uid(entry.uid()));
        event.add(new DtStamp(versioned.lastModified()));
        event.add(new LastModified(versioned.lastModified()));
        event.add(new Sequence(versioned.sequence()));
        event.add(new Summary(entry.summary()));
        event.add(new Description(entry.description()));
        event.add(new Url(URI.create(entry.url())));
        if (entry.day() != null) {
            event.add(new DtStart<>(entry.day()));
            event.add(new DtEnd<>(entry.day().plusDays(1)));
        } else {
            Instant start = Objects.requireNonNull(entry.start());
            Instant end = start.plus(Objects.requireNonNull(entry.length()));
            if (zone.equals(ZoneOffset.UTC)) {
                event.add(new DtStart<>(start));
                event.add(new DtEnd<>(end));
            } else {
                event.add(new DtStart<>(ZonedDateTime.ofInstant(start, zone)));
                event.add(new DtEnd<>(ZonedDateTime.ofInstant(end, zone)));
            }
        }
        return event;
    }
}
