package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.ReplyKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.domain.followup.PolicyFixture.*;

/** Seed 000: when they voice a concern, do not assume the worst or back out: address it and see what can be fixed. */
@DisplayName("ADDRESS_CONCERN: answer their concern or request (seed 000)")
class AddressConcernRuleTest {

    private final Instant raised = at("2026-04-30T16:00");
    private final Instant next = at("2026-05-04T12:00");

    @Test
    void isDueWithinOneBusinessDaySkippingHolidays() {
        assertThat(open(Rule.ADDRESS_CONCERN, at("2026-04-30T17:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.CONCERN, raised)))
                .singleElement().satisfies(action -> {
                    assertThat(action.dueOn()).isEqualTo(day("2026-05-04"));
                    assertThat(action.hint().purpose()).isEqualTo(FollowUpPurpose.ADDRESS_CONCERN);
                    assertThat(action.explanation()).contains("They raised a concern on Thursday 30 April",
                            "Friday 1 May is Labour Day, a public holiday", "Monday 4 May");
                });
    }

    @Test
    void aRequestForInformationIsWordedAsSuch() {
        assertThat(open(Rule.ADDRESS_CONCERN, at("2026-04-30T17:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.NEEDS_INFO, raised)))
                .singleElement().satisfies(action -> assertThat(action.action()).startsWith("Send Acme the information"));
    }

    @Test
    void onlyAnAnswerToItOrASettlingReplyClosesIt() {
        assertThat(open(Rule.ADDRESS_CONCERN, next, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.CONCERN, raised), followUp(FollowUpPurpose.ADDRESS_CONCERN, at("2026-05-04T09:00")))).isEmpty();
        assertThat(open(Rule.ADDRESS_CONCERN, next, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.CONCERN, raised), reply(ReplyKind.NEXT_ROUND, at("2026-05-04T09:00")))).isEmpty();
        assertThat(open(Rule.ADDRESS_CONCERN, next, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.CONCERN, raised), reply(ReplyKind.REJECTION, at("2026-05-04T09:00")))).isEmpty();
    }

    @Test
    void aCheckInAReiterationAConnectionOrAnUpdateDoNot() {
        assertThat(open(Rule.ADDRESS_CONCERN, next, opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.CONCERN, raised),
                followUp(FollowUpPurpose.STATUS_CHECK, at("2026-05-04T09:00")),
                followUp(FollowUpPurpose.REITERATE, at("2026-05-04T09:10")),
                followUp(FollowUpPurpose.CONNECT, Channel.LINKEDIN, at("2026-05-04T09:20"), GRACE.name()),
                connected(GRACE, at("2026-05-04T09:30")),
                reply(ReplyKind.UPDATE, at("2026-05-04T10:00")))).hasSize(1);
    }

    @Test
    void staysOpenUntilAnswered() {
        assertThat(open(Rule.ADDRESS_CONCERN, at("2026-07-01T12:00"), opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.CONCERN, raised))).hasSize(1);
    }
}
