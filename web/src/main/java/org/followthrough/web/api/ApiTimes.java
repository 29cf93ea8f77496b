package org.followthrough.web.api;

import org.followthrough.domain.shared.Basis;
import org.followthrough.domain.shared.Moment;
import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Function;

/** Times as the API shows and reads them: instants with the candidate's offset, "as of" moments on their calendar. */
final class ApiTimes {

    private ApiTimes() {
    }

    static OffsetDateTime show(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /**
     * When a view is seen from, how, and in which time zone: {@code live} when neither {@code asOf} nor {@code knownAt}
     * was given (today's zone); otherwise the zone the candidate lived in then, a day being read in it.
     */
    record Reading(Instant at, Basis basis, boolean live, ZoneId zone) {

        /** {@code zoneThen}: the zone the candidate lived in at a moment, by their settings as they stood then. */
        static Reading of(@Nullable Moment asOf, @Nullable Moment knownAt, ZoneId today, Clock clock,
                          Function<Instant, ZoneId> zoneThen) {
            Reading reading = of(asOf, knownAt, today, clock);
            if (reading.live()) {
                return reading;
            }
            ZoneId then = zoneThen.apply(reading.at());
            return then.equals(today) ? reading : of(asOf, knownAt, then, clock);
        }

        static Reading of(@Nullable Moment asOf, @Nullable Moment knownAt, ZoneId zone, Clock clock) {
            if (asOf != null && knownAt != null) {
                throw new RuleViolation("knownAt",
                        "give either asOf (what had happened) or knownAt (what the app knew), not both");
            }
            Moment moment = knownAt != null ? knownAt : asOf;
            return new Reading(moment == null ? clock.instant() : moment.asOf(zone),
                    knownAt != null ? Basis.RECORDED : Basis.OCCURRED, moment == null, zone);
        }
    }
}
