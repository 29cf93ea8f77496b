package org.followthrough.site.settings;

import org.jspecify.annotations.Nullable;

/**
 * The reminders part of the settings page: the morning digest (and whether this server can mail at all) and the
 * calendar feed, whose address is shown only right after it was made ({@code feedUrl}).
 */
public record RemindersView(boolean digestEnabled, String digestTime, boolean mailConfigured, @Nullable String feedSince,
                            @Nullable String feedUrl, @Nullable String notice) {
}
