package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.InterviewId;

import java.time.Instant;
import java.time.LocalDate;

/** The payload of the persistent deadline set for the end of the employer's stated decision day. */
public record DecisionDeadline(InterviewId interviewId, LocalDate statedDate, Instant endOfDay) {

    public static final String NAME = "decision-date";
}
