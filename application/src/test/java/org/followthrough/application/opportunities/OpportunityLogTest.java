package org.followthrough.application.opportunities;

import org.followthrough.application.AdaAtAcme;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.shared.InterviewId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OpportunityLogTest {

    private final AdaAtAcme world = new AdaAtAcme();
    private final InterviewId second = InterviewId.of(UUID.randomUUID());

    @Test
    void theFormsOfferTheInterviewsLastRecordedFirstAndEachPersonOnce() {
        world.record(new InterviewHeld(world.acme, world.ada, second, 2, null, Instant.parse("2026-03-17T14:00:00Z"),
                List.of(new Interviewer("grace  HOPPER", null, null), new Interviewer("Alan Turing", null, null)),
                DecisionTimeline.notStated()), Instant.parse("2026-03-17T15:00:00Z"));

        OpportunityLog.Choices choices = OpportunityLog.of(world.entries()).choices();

        assertThat(choices.company()).isEqualTo("Acme");
        assertThat(choices.interviews()).extracting(InterviewHeld::interviewId).containsExactly(second, world.interview);
        assertThat(choices.interviewers()).extracting(Interviewer::name).containsExactly("Grace Hopper", "Alan Turing");
    }

    @Test
    void aRetractedEntryIsMarkedAndLeftOutOfTheChoices() {
        world.record(new EntryRetracted(world.acme, world.ada, 1, "wrong opportunity", Instant.parse("2026-03-11T09:00:00Z")),
                Instant.parse("2026-03-11T09:00:00Z"));

        OpportunityLog log = OpportunityLog.of(world.entries());

        assertThat(log.isRetracted(log.events().get(1))).isTrue();
        assertThat(log.isRetracted(log.events().get(0))).isFalse();
        assertThat(log.choices().interviews()).isEmpty();
    }

    @Test
    void aLogCanBeReadAsItStoodRightAfterAnEntry() {
        world.record(new EntryRetracted(world.acme, world.ada, 1, "wrong opportunity", Instant.parse("2026-03-11T09:00:00Z")),
                Instant.parse("2026-03-11T09:00:00Z"));
        OpportunityLog log = OpportunityLog.of(world.entries());

        OpportunityLog before = log.upTo(1);

        assertThat(before.lastSequence()).isEqualTo(1);
        assertThat(before.isRetracted(before.events().get(1))).isFalse();
        assertThat(log.opened().company()).isEqualTo("Acme");
        assertThat(log.opportunityId()).isEqualTo(world.acme);
    }
}
