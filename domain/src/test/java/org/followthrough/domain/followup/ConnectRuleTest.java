package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.domain.followup.PolicyFixture.*;

/** Seed 004: a LinkedIn connection request after the interview builds rapport that outlasts this opening. */
@DisplayName("CONNECT: optionally connect on LinkedIn after thanking someone (seed 004)")
class ConnectRuleTest {

    private final Instant thankedAt = at("2026-03-10T18:00");
    private final Instant later = at("2026-03-11T09:00");

    @Test
    void isALowPrioritySuggestionThatIsNeverOverdueNorMissed() {
        Instant aYearLater = at("2027-03-10T09:00");
        assertThat(open(Rule.CONNECT, aYearLater, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                thanked(GRACE, thankedAt)))
                .singleElement().satisfies(action -> {
                    assertThat(action.dueOn()).isEqualTo(day("2026-03-24"));
                    assertThat(action.priority()).isEqualTo(Priority.LOW);
                    assertThat(action.isOverdueAt(aYearLater)).isFalse();
                    assertThat(action.worth()).isEqualTo(DueAction.Worth.WHILE_OPEN);
                    assertThat(action.hint()).isEqualTo(RecordHint.followUp(FollowUpPurpose.CONNECT, Channel.LINKEDIN,
                            "Grace Hopper", "grace@acme.example"));
                    assertThat(action.explanation()).contains("You thanked Grace Hopper on Tuesday 10 March");
                });
    }

    @Test
    void aRecordedConnectionOrAConnectFollowUpSettlesIt() {
        assertThat(open(Rule.CONNECT, later, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                thanked(GRACE, thankedAt), connected(GRACE, at("2026-03-11T08:00")))).isEmpty();
        assertThat(open(Rule.CONNECT, later, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                thanked(GRACE, thankedAt),
                followUp(FollowUpPurpose.CONNECT, Channel.LINKEDIN, at("2026-03-11T08:00"), "grace hopper"))).isEmpty();
    }

    @Test
    void aConnectionWithSomeoneElseLeavesItOpen() {
        assertThat(open(Rule.CONNECT, later, opened(), held(DecisionTimeline.withinAFewDays(), GRACE, ALAN),
                thanked(GRACE, thankedAt), connected(ALAN, at("2026-03-11T08:00"))))
                .extracting(action -> action.hint().interviewer()).containsExactly("Grace Hopper");
    }

    @Test
    void aClosedOpportunityAsksForNothing() {
        assertThat(open(Rule.CONNECT, later, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                thanked(GRACE, thankedAt), closed(Outcome.WITHDRAWN, at("2026-03-11T08:00")))).isEmpty();
    }
}
