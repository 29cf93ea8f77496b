package org.followthrough.site.timeline;

import org.followthrough.site.auth.FormErrors;
import org.followthrough.site.format.Formats;
import org.followthrough.site.forms.Choice;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The timeline page: the candidate's opportunities, each with its events, as they stood on {@code asOfDay} (by
 * when things happened, or by what the app knew), filtered by opportunity and period, fifty entries a page. A filter
 * that could not be read is named in {@code errors}, and left out.
 */
public record TimelineView(ZoneId zone, @Nullable LocalDate asOfDay, boolean knownMode, List<Choice> opportunities,
                           @Nullable String opportunity, @Nullable LocalDate from, @Nullable LocalDate to,
                           List<OpportunityGroup> groups, @Nullable String olderUrl, @Nullable String newestUrl,
                           String exportUrl, List<String> openAtTheTime, FormErrors errors) {

    public TimelineView {
        opportunities = List.copyOf(opportunities);
        groups = List.copyOf(groups);
        openAtTheTime = List.copyOf(openAtTheTime);
    }

    public TimelineView(ZoneId zone, @Nullable LocalDate asOfDay, List<OpportunityGroup> groups) {
        this(zone, asOfDay, false, List.of(), null, null, null, groups, null, null, "/timeline/export", List.of(),
                FormErrors.none());
    }

    public boolean empty() {
        return groups.isEmpty();
    }

    public String asOfValue() {
        return asOfDay == null ? "" : Formats.isoDay(asOfDay);
    }

    public String asOfLabel() {
        return asOfDay == null ? "" : Formats.day(asOfDay);
    }

    public String fromValue() {
        return from == null ? "" : Formats.isoDay(from);
    }

    public String toValue() {
        return to == null ? "" : Formats.isoDay(to);
    }

    public boolean filtered() {
        return asOfDay != null || opportunity != null || from != null || to != null;
    }
}
