package org.followthrough.site.mail;

import java.util.List;

/** What the digest mail shows, with full links; the same model feeds both parts. */
public record DigestMailView(String displayName, String day, List<Line> overdue, List<Line> dueToday, String appUrl,
                             String settingsUrl, String unsubscribeUrl) {

    public DigestMailView {
        overdue = List.copyOf(overdue);
        dueToday = List.copyOf(dueToday);
    }

    /** One thing to do: what, at which company and role, why, by when, and its page. */
    public record Line(String action, String company, String role, String explanation, String due, String url) {
    }

    public int count() {
        return overdue.size() + dueToday.size();
    }

    public String subject() {
        if (count() == 0) {
            return "Today: nothing due";
        }
        String things = count() == 1 ? "1 follow-up" : count() + " follow-ups";
        return overdue.isEmpty() ? "Today: " + things
                : "Today: " + things + " (" + overdue.size() + " overdue)";
    }

    public String firstName() {
        String name = displayName.strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
