package org.followthrough.domain.opportunity;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A small world for opportunity tests: Ada interviews at Acme, the clock stands at Thursday noon. */
final class OpportunityFixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-03-12T11:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final OpportunityId OPPORTUNITY = OpportunityId.of(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final CandidateId ADA = CandidateId.of(UUID.fromString("00000000-0000-0000-0000-0000000000ad"));
    static final CandidateId MALLORY = CandidateId.of(UUID.fromString("00000000-0000-0000-0000-0000000000ff"));
    static final InterviewId FIRST = InterviewId.of(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final InterviewId SECOND = InterviewId.of(UUID.fromString("00000000-0000-0000-0000-000000000002"));

    static final Instant INTERVIEW_START = Instant.parse("2026-03-10T13:00:00Z");
    static final Instant INTERVIEW_END = Instant.parse("2026-03-10T14:00:00Z");
    static final Interviewer GRACE = new Interviewer("Grace Hopper", "Engineering Manager", "grace@acme.example");
    static final Interviewer ALAN = new Interviewer("Alan Turing", "Staff Engineer", null);

    private OpportunityFixtures() {
    }

    static OpportunityOpened opened() {
        return new OpportunityOpened(OPPORTUNITY, ADA, "Acme", "Backend Engineer", Instant.parse("2026-03-01T09:00:00Z"));
    }

    static InterviewHeld interviewHeld() {
        return interviewHeld(DecisionTimeline.by(LocalDate.of(2026, 3, 20)));
    }

    static InterviewHeld interviewHeld(DecisionTimeline decision) {
        return new InterviewHeld(OPPORTUNITY, ADA, FIRST, 1, INTERVIEW_START, INTERVIEW_END, List.of(GRACE, ALAN), decision);
    }

    static RecordInterview recordInterview(Instant startedAt, Instant endedAt, DecisionTimeline decision) {
        return new RecordInterview(OPPORTUNITY, ADA, FIRST, null, startedAt, endedAt, List.of(GRACE, ALAN), decision, BERLIN);
    }

    static OpportunityClosed closed() {
        return new OpportunityClosed(OPPORTUNITY, ADA, Outcome.REJECTED, Instant.parse("2026-03-11T10:00:00Z"));
    }

    /** Matches a {@link RuleViolation} that names the given field. */
    static Matcher<Throwable> violationOf(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof RuleViolation violation && violation.field().equals(field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation naming the field ").appendValue(field);
            }

            @Override
            protected void describeMismatchSafely(Throwable item, Description mismatch) {
                mismatch.appendText("was ").appendValue(item);
            }
        };
    }
}
