package org.followthrough.web.pages;

import org.followthrough.analytics.GroupBy;
import org.followthrough.analytics.Scope;
import org.followthrough.analytics.figures.FigureRequest;
import org.followthrough.analytics.figures.Figures;
import org.followthrough.domain.shared.Moment;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.site.analytics.FigureTables;
import org.followthrough.site.analytics.FiguresView;
import org.followthrough.site.analytics.Filters;
import org.followthrough.web.Unreadable;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The figures pages' filters: one that cannot be used sets them all back to the defaults, and the page says why. */
record FigureFilters(@Nullable GroupBy groupBy, @Nullable Integer within,
                     @Nullable LocalDate from,
                     @Nullable LocalDate to, @Nullable Moment asOf) {

    /** The request to answer, the moment as typed (to show it again), and what could not be used, if anything. */
    record Read(FigureRequest request, @Nullable String asOf, String problem) {

        /** The three figures over {@code scope}, as the page at {@code action} shows them. */
        FiguresView shown(String action, Figures figures, Scope scope, boolean own, int threshold, JsonMapper json) {
            return FigureTables.view(Filters.of(action, request.groupBy(), request.within(), request.period(), asOf,
                    problem), own, threshold, figures.rates(scope, request), figures.curves(scope, request),
                    figures.outcomes(scope, request), json::writeValueAsString);
        }
    }

    /** {@code filters} is null only when the binding could not make them, and says why. */
    static Read read(@Nullable FigureFilters filters, BindingResult binding, ZoneId zone, Clock clock) {
        FieldError unreadable = binding.getFieldError();
        if (unreadable != null || filters == null) {
            return defaults(unreadable == null ? "the filters" : unreadable.getField(), message(unreadable), zone, clock);
        }
        try {
            return new Read(FigureRequest.of(filters.groupBy(), filters.within(), filters.from(), filters.to(),
                    filters.asOf(), zone, clock), filters.asOf() == null ? null : filters.asOf().toString(), "");
        } catch (RuleViolation violation) {
            return defaults(violation.field(), violation.getMessage(), zone, clock);
        }
    }

    private static Read defaults(String field, String message, ZoneId zone, Clock clock) {
        return new Read(FigureRequest.defaults(zone, clock), null,
                "Could not use " + field + ": " + message + ". Showing the defaults instead.");
    }

    private static String message(@Nullable FieldError error) {
        if (error == null) {
            return "they could not be read";
        }
        if (error.getField().equals("within")) {
            return FigureRequest.withinProblem(error.getRejectedValue());
        }
        return error.contains(TypeMismatchException.class) ? Unreadable.of(error.unwrap(TypeMismatchException.class))
                : "'" + error.getRejectedValue() + "' " + error.getDefaultMessage();
    }
}
