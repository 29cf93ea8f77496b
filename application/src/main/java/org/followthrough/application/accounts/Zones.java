package org.followthrough.application.accounts;

import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** IANA time zones as people pick them: "Europe/Berlin", never a bare offset (which ignores daylight saving). */
public final class Zones {

    private static final Set<String> KNOWN = ZoneId.getAvailableZoneIds();

    /** The zones a person picks from: regions and cities, sorted; no bare offsets, no legacy aliases. */
    public static final List<String> CHOICES = KNOWN.stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    private Zones() {
    }

    public static ZoneId require(String field, @Nullable String value) {
        String zone = Text.LINE.upTo(64).required(field, value);
        if (!KNOWN.contains(zone)) {
            throw new RuleViolation(field, "'" + zone + "' is not an IANA time zone like Europe/Berlin or America/New_York");
        }
        return ZoneId.of(zone);
    }
}
