package org.followthrough.application.reminders;

import org.followthrough.domain.shared.CandidateId;

import java.time.LocalDate;
import java.util.List;

/**
 * One morning's digest for one candidate: what is overdue and what is due that day. Links are paths in the app
 * ({@code /opportunities/…}, {@code /unsubscribe/…}); the mailer puts the app's address in front.
 */
public record Digest(CandidateId candidateId, String recipient, String displayName, LocalDate day,
                     List<DigestItem> overdue, List<DigestItem> dueToday, String unsubscribePath) {

    public Digest {
        overdue = List.copyOf(overdue);
        dueToday = List.copyOf(dueToday);
    }

    public boolean isEmpty() {
        return overdue.isEmpty() && dueToday.isEmpty();
    }

    public int size() {
        return overdue.size() + dueToday.size();
    }
}
