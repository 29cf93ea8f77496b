package org.followthrough.site.dashboard;

import org.followthrough.site.format.Links;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboard as it stood at the end of a day: by what had happened, or ({@code mode=known}) by what the app knew;
 * {@code all} names the part shown whole rather than its first few (later, missed, waiting, opportunities).
 */
public record DashboardFilters(@Nullable LocalDate asOf, @Nullable String mode, @Nullable String all) {

    public boolean known() {
        return "known".equals(mode);
    }

    /** The part asked to be shown whole, if any (an unknown name shows every part as usual). */
    public DashboardView.@Nullable Part whole() {
        return DashboardView.Part.of(all);
    }

    /** The link that shows {@code part} whole, keeping the day and mode looked at. */
    public String showAll(DashboardView.Part part, @Nullable LocalDate day) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("asOf", day == null ? null : day.toString());
        query.put("mode", day != null && known() ? "known" : null);
        query.put("all", part.param());
        return Links.withQuery("/", query) + "#" + part.param();
    }
}
