package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the candidate lives, for public holidays: an ISO 3166 country and, optionally, a subdivision
 * ({@code DE-BY}, {@code US-NY}).
 */
public record Region(String country, @Nullable String subdivision) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern CODE = Pattern.compile("^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,3}))?$");

    public Region {
        country = country.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw new RuleViolation("region", "'" + country + "' is not an ISO 3166 country code");
        }
        subdivision = subdivision == null || subdivision.isBlank() ? null : subdivision.toUpperCase(Locale.ROOT);
    }

    public static Region parse(String code) {
        Matcher matcher = CODE.matcher(code.strip());
        if (!matcher.matches()) {
            throw new RuleViolation("region", "must be a country code, optionally with a subdivision, like DE or DE-BY");
        }
        return new Region(matcher.group(1), matcher.group(2));
    }

    public String code() {
        return subdivision == null ? country : country + "-" + subdivision;
    }

    @Override
    public String toString() {
        return code();
    }
}
