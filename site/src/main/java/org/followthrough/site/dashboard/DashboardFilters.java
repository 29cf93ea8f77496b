package org.followthrough.site.dashboard;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** The dashboard as it stood at the end of a day: by what had happened, or ({@code mode=known}) by what the app knew. */
public record DashboardFilters(@Nullable LocalDate asOf, @Nullable String mode) {

    public boolean known() {
        return "known".equals(mode);
    }
}
