package org.followthrough.site.timeline;

import org.followthrough.domain.followup.DueAction;
import org.followthrough.site.format.Formats;

import java.time.Instant;
import java.time.ZoneId;

/** An open action in one line, as seen at some moment: what, and when it is (or was) due. */
public final class OpenActions {

    private OpenActions() {
    }

    /** "Check in with Acme — due Monday 23 March 2026", or "… — overdue, was due …". */
    public static String line(DueAction action, Instant moment, ZoneId zone) {
        return action.action() + " — " + (action.isOverdueAt(moment) ? "overdue, was due " : "due ") + when(action, zone);
    }

    /** As {@link #line}, saying "by" a time or "on" a day while it is still to come. */
    public static String lineByOrOn(DueAction action, Instant moment, ZoneId zone) {
        if (action.isOverdueAt(moment)) {
            return line(action, moment, zone);
        }
        return action.action() + " — due " + (action.dueAt() != null ? "by " : "on ") + when(action, zone);
    }

    private static String when(DueAction action, ZoneId zone) {
        return action.dueAt() != null ? Formats.dateTime(action.dueAt(), zone) : Formats.day(action.dueOn());
    }
}
