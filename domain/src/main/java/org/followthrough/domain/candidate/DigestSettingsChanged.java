package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.Checks;
import org.followthrough.domain.shared.RuleViolation;

import java.time.Instant;
import java.time.LocalTime;

/**
 * Whether the candidate wants the morning digest, and at what time of their day: whole minutes, as people pick a time.
 * Until the first change: on, at {@link #DEFAULT_TIME}.
 */
public record DigestSettingsChanged(CandidateId candidateId, boolean enabled, LocalTime at, Instant changedAt)
        implements CandidateEvent {

    public static final LocalTime DEFAULT_TIME = LocalTime.of(8, 0);

    public DigestSettingsChanged {
        Checks.present("digestTime", at);
        if (at.getSecond() != 0 || at.getNano() != 0) {
            throw new RuleViolation("digestTime", "must be a time in whole minutes, such as 08:00");
        }
    }

    @Override
    public Instant occurredAt() {
        return changedAt;
    }
}
