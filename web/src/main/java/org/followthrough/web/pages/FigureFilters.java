package org.followthrough.web.pages;

import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.web.analytics.FigureRequest;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.ZoneId;

/** The figures pages' filters: a value that cannot be read falls back to the defaults, and the page says why. */
record FigureFilters(FigureRequest request, @Nullable String asOf, String problem) {

    static FigureFilters read(@Nullable String groupBy, @Nullable String within, @Nullable String from,
                              @Nullable String to, @Nullable String asOf, ZoneId zone, Clock clock) {
        try {
            return new FigureFilters(FigureRequest.read(groupBy, within, from, to, asOf, zone, clock), asOf, "");
        } catch (RuleViolation violation) {
            return new FigureFilters(FigureRequest.read(null, null, null, null, null, zone, clock), null,
                    "Could not use " + violation.field() + ": " + violation.getMessage() + ". Showing the defaults instead.");
        }
    }
}
