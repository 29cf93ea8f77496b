package org.followthrough.application.reminders;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** One line of the digest: what to do, for which opportunity, why, when it was due, and where in the app. */
public record DigestItem(String company, String role, String action, String explanation, @Nullable LocalDate dueOn,
                         @Nullable ZonedDateTime dueAt, String path) {
}
