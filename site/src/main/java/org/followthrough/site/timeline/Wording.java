package org.followthrough.site.timeline;

import java.util.List;

/**
 * An event said in plain words: a headline, a few detail lines, and a kind that the page styles
 * ({@code interview}, {@code sent}, {@code received}, {@code system}, {@code closed}, {@code note}, {@code correction}).
 */
public record Wording(String title, List<String> details, String kind) {

    public Wording {
        details = List.copyOf(details);
    }
}
