package org.followthrough.analytics.facts;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DeadlinePassed;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityClosed;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeFactsTest {

    private static final CandidateId ADA = CandidateId.of(UUID.fromString("00000000-0000-0000-0000-0000000000ad"));
    private static final OpportunityId ACME = OpportunityId.of(UUID.fromString("00000000-0000-0000-0000-00000000ac3e"));
    private static final InterviewId FIRST = InterviewId.of(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private static final InterviewId SECOND = InterviewId.of(UUID.fromString("00000000-0000-0000-0000-000000000002"));
    private static final Instant ENDED = Instant.parse("2026-03-10T14:00:00Z");

    private final List<OpportunityEvent> events = new ArrayList<>(List.of(
            new OpportunityOpened(ACME, ADA, "Acme", "Engineer", Instant.parse("2026-03-01T09:00:00Z")),
            interview(FIRST, 1, ENDED)));

    @Test
    void anInterviewWithNothingAfterItHasNoThankYouNoReplyAndIsStillOpen() {
        OutcomeFact fact = single();

        assertThat(fact.thankYouTiming()).isEqualTo(ThankYouTiming.NONE);
        assertThat(fact.thankYouChannel()).isNull();
        assertThat(fact.firstReplyAt()).isNull();
        assertThat(fact.checkIns()).isZero();
        assertThat(fact.outcome()).isNull();
        assertThat(fact.firstRound()).isTrue();
    }

    @Test
    void theFirstThankYouDecidesTheTimingAndTheChannel() {
        events.add(thankYou(FIRST, Channel.HANDWRITTEN, ENDED.plusSeconds(30 * 3600)));
        events.add(thankYou(FIRST, Channel.EMAIL, ENDED.plusSeconds(24 * 3600)));

        assertThat(single().thankYouTiming()).isEqualTo(ThankYouTiming.WITHIN_24H);
        assertThat(single().thankYouChannel()).isEqualTo(Channel.EMAIL);
    }

    @Test
    void aThankYouAfter24HoursIsLater() {
        events.add(thankYou(FIRST, Channel.LINKEDIN, ENDED.plusSeconds(24 * 3600 + 1)));

        assertThat(single().thankYouTiming()).isEqualTo(ThankYouTiming.LATER);
    }

    @Test
    void countsStatusChecksSentBetweenTheInterviewAndTheFirstReply() {
        events.add(followUp(FollowUpPurpose.STATUS_CHECK, ENDED.minusSeconds(60)));
        events.add(followUp(FollowUpPurpose.STATUS_CHECK, day(8)));
        events.add(followUp(FollowUpPurpose.REITERATE, day(9)));
        events.add(followUp(FollowUpPurpose.STATUS_CHECK, day(15)));
        events.add(reply(ReplyKind.UPDATE, day(16)));
        events.add(followUp(FollowUpPurpose.STATUS_CHECK, day(25)));

        OutcomeFact fact = single();
        assertThat(fact.checkIns()).isEqualTo(2);
        assertThat(fact.firstReplyAt()).isEqualTo(day(16));
        assertThat(fact.firstReplyKind()).isEqualTo(ReplyKind.UPDATE);
    }

    @Test
    void aRetractedReplyIsAsIfItNeverCame() {
        events.add(reply(ReplyKind.REJECTION, day(3)));
        events.add(new EntryRetracted(ACME, ADA, 2, "wrong opportunity", day(4)));

        OutcomeFact fact = single();
        assertThat(fact.firstReplyAt()).isNull();
        assertThat(fact.outcome()).isNull();
    }

    @Test
    void theClosingDecidesTheOutcomeOfEveryRoundAndOnlyTheFirstRoundStartsTheCohort() {
        events.add(reply(ReplyKind.NEXT_ROUND, day(2)));
        events.add(interview(SECOND, 2, day(9)));
        events.add(new DeadlinePassed(ACME, ADA, SECOND, LocalDate.of(2026, 3, 25), day(16)));
        events.add(new OpportunityClosed(ACME, ADA, Outcome.GHOSTED, day(40)));

        List<OutcomeFact> facts = facts();
        assertThat(facts).extracting(OutcomeFact::interviewId).containsExactly(FIRST, SECOND);
        assertThat(facts).extracting(OutcomeFact::firstRound).containsExactly(true, false);
        assertThat(facts).extracting(OutcomeFact::outcome).containsOnly(FinalOutcome.GHOSTED);
        assertThat(facts).extracting(OutcomeFact::deadlinePassed).containsExactly(false, true);
        assertThat(facts.get(1).firstReplyAt()).isNull();
        assertThat(facts.get(1).closedAt()).isEqualTo(day(40));
    }

    @Test
    void anOfferSettlesTheOutcomeBeforeTheCandidateClosesIt() {
        events.add(reply(ReplyKind.OFFER, day(5)));

        assertThat(single().outcome()).isEqualTo(FinalOutcome.OFFER);
    }

    private OutcomeFact single() {
        List<OutcomeFact> facts = facts();
        assertThat(facts).hasSize(1);
        return facts.getFirst();
    }

    private List<OutcomeFact> facts() {
        return OutcomeFacts.of(OpportunityHistory.of(events).effectiveEvents());
    }

    private static Instant day(int days) {
        return ENDED.plusSeconds(days * 86_400L);
    }

    private static InterviewHeld interview(InterviewId id, int round, Instant endedAt) {
        return new InterviewHeld(ACME, ADA, id, round, null, endedAt, List.of(new Interviewer("Grace Hopper", null, null)),
                DecisionTimeline.notStated());
    }

    private static ThankYouSent thankYou(InterviewId id, Channel channel, Instant at) {
        return new ThankYouSent(ACME, ADA, id, "Grace Hopper", channel, at, "a private message", false);
    }

    private static FollowUpSent followUp(FollowUpPurpose purpose, Instant at) {
        return new FollowUpSent(ACME, ADA, purpose, Channel.EMAIL, at, null, null);
    }

    private static RecruiterReplied reply(ReplyKind kind, Instant at) {
        return new RecruiterReplied(ACME, ADA, kind, at, null);
    }
}
