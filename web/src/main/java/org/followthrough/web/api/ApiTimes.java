package org.followthrough.web.api;

import org.followthrough.domain.shared.Days;
import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times as the API shows and reads them: instants with the candidate's offset, days on their calendar. */
final class ApiTimes {

    private ApiTimes() {
    }

    static OffsetDateTime show(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** The start of a day (a bare day) or an instant with an offset. */
    static Instant start(String field, String raw, ZoneId zone) {
        String text = raw.strip().replace(' ', '+');
        try {
            return text.length() == 10 ? Days.startOf(LocalDate.parse(text), zone)
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new RuleViolation(field, "'" + raw + "' is neither a day (2026-03-12) nor a time with an offset "
                    + "(2026-03-12T16:00:00+01:00)");
        }
    }

    /**
     * An "as of" moment: an instant with an offset, or a day meaning the end of that day in the candidate's time
     * zone; absent means now. A '+' sent unencoded in a query string arrives as a space and is read as '+'.
     */
    static Instant asOf(String field, @Nullable String raw, ZoneId zone, Clock clock) {
        if (raw == null || raw.isBlank()) {
            return clock.instant();
        }
        String text = raw.strip().replace(' ', '+');
        try {
            if (text.length() == 10) {
                return Days.lastMomentOf(LocalDate.parse(text), zone);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new RuleViolation(field, "'" + raw + "' is neither a day (2026-03-12) nor a time with an offset "
                    + "(2026-03-12T16:00:00+01:00)");
        }
    }
}
