package org.followthrough.web.api;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times as the API shows and reads them: instants with the candidate's offset. */
final class ApiTimes {

    private ApiTimes() {
    }

    static OffsetDateTime show(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
