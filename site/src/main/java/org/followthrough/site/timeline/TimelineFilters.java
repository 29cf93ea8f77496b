package org.followthrough.site.timeline;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the timeline page's filter form sends: as it stood on a day, read by what had happened or ({@code mode=known})
 * by what the app had been told, for one opportunity or a period; {@code after} continues from a page's last entry.
 */
public record TimelineFilters(@Nullable LocalDate asOf, @Nullable String mode, @Nullable UUID opportunity,
                              @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String after) {

    public static final TimelineFilters NONE = new TimelineFilters(null, null, null, null, null, null);

    public boolean known() {
        return "known".equals(mode);
    }

    /** The filters as link parameters, without the position: the newest page. */
    public Map<String, @Nullable Object> query() {
        Map<String, @Nullable Object> query = new LinkedHashMap<>();
        query.put("asOf", asOf);
        query.put("mode", known() ? "known" : null);
        query.put("opportunity", opportunity);
        query.put("from", from);
        query.put("to", to);
        return query;
    }
}
