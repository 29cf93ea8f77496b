package org.followthrough.domain.followup;

import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.opportunity.ReplyKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.domain.followup.PolicyFixture.*;

/** Seeds 002, 003, 004: do not follow up too often; seed 004: one good call rather than calling again and again. */
@DisplayName("The cadence warning (seeds 002, 003, 004)")
class CadenceCheckTest {

    private static List<String> warnings(FollowUpSent followUp, OpportunityEvent... before) {
        return CadenceCheck.warnings(OPPORTUNITY, OpportunityHistory.of(List.of(before)), followUp, CALENDAR, POLICY);
    }

    @Test
    void aCheckInInRhythmIsFine() {
        assertThat(warnings(followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-23T09:00")),
                opened(), held(DecisionTimeline.by(day("2026-03-20")), GRACE))).isEmpty();
    }

    @Test
    void beforeTheirDateIsOver() {
        assertThat(warnings(followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-20T09:00")),
                opened(), held(DecisionTimeline.by(day("2026-03-20")), GRACE)))
                .singleElement().asString().contains("They said Friday 20 March");
    }

    @Test
    void beforeTheDateTheyMovedItTo() {
        assertThat(warnings(followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-23T09:00")),
                opened(), held(DecisionTimeline.by(day("2026-03-20")), GRACE),
                changed(DecisionTimeline.by(day("2026-03-27")), at("2026-03-18T09:00"))))
                .singleElement().asString().contains("They said Friday 27 March");
    }

    @Test
    void earlierThanTheUsualFirstCheckIn() {
        assertThat(warnings(followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-13T09:00")),
                opened(), held(DecisionTimeline.withinAFewDays(), GRACE)))
                .singleElement().asString().contains("The usual first check-in would be on Tuesday 17 March");
    }

    @Test
    void tooSoonAfterTheLastContactUnderTheSameMeaningAsTheStatusCheck() {
        assertThat(warnings(followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-20T09:00")),
                opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                followUp(FollowUpPurpose.CLEAR_THE_AIR, at("2026-03-18T09:00"))))
                .singleElement().asString().contains("Wednesday 18 March", "Wednesday 25 March");
        assertThat(warnings(followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-20T09:00")),
                opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                reply(ReplyKind.UPDATE, at("2026-03-18T09:00"))))
                .singleElement().asString().contains("They last wrote on Wednesday 18 March");
    }

    @Test
    void aFourthUnansweredCheckIn_butNotAfterAReply() {
        OpportunityEvent[] threeUnanswered = {opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-17T09:00")),
                followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-24T09:00")),
                followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-31T09:00"))};
        assertThat(warnings(followUp(FollowUpPurpose.STATUS_CHECK, at("2026-04-08T09:00")), threeUnanswered))
                .singleElement().asString().contains("check-in 4 in a row without an answer");

        assertThat(warnings(followUp(FollowUpPurpose.STATUS_CHECK, at("2026-04-09T09:00")),
                opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-17T09:00")),
                followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-24T09:00")),
                followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-31T09:00")),
                reply(ReplyKind.UPDATE, at("2026-04-01T09:00")))).isEmpty();
    }

    @Test
    void callingAgainWithinTheSpacingAfterAnUnansweredCall() {
        assertThat(warnings(followUp(FollowUpPurpose.STATUS_CHECK, Channel.PHONE, at("2026-03-26T09:00"), GRACE.name()),
                opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                followUp(FollowUpPurpose.STATUS_CHECK, Channel.PHONE, at("2026-03-20T09:00"), GRACE.name())))
                .anySatisfy(warning -> assertThat(warning).contains("You already called them on Friday 20 March"));
    }

    @Test
    void aCallAfterAnEmailOrAfterTheirAnswerIsNoSecondCall() {
        assertThat(warnings(followUp(FollowUpPurpose.STATUS_CHECK, Channel.PHONE, at("2026-03-26T09:00"), GRACE.name()),
                opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                followUp(FollowUpPurpose.STATUS_CHECK, Channel.EMAIL, at("2026-03-20T09:00"), GRACE.name())))
                .noneSatisfy(warning -> assertThat(warning).contains("already called"));
        assertThat(warnings(followUp(FollowUpPurpose.NEXT_STEPS, Channel.PHONE, at("2026-03-26T09:00"), GRACE.name()),
                opened(), held(DecisionTimeline.withinAFewDays(), GRACE),
                followUp(FollowUpPurpose.STATUS_CHECK, Channel.PHONE, at("2026-03-20T09:00"), GRACE.name()),
                reply(ReplyKind.UPDATE, at("2026-03-23T09:00")))).isEmpty();
    }

    @Test
    void tellingThemAboutACompetingOfferIsExempt() {
        assertThat(warnings(followUp(FollowUpPurpose.CLEAR_THE_AIR, at("2026-03-12T09:00")),
                opened(), held(DecisionTimeline.by(day("2026-03-20")), GRACE),
                followUp(FollowUpPurpose.STATUS_CHECK, at("2026-03-11T09:00")))).isEmpty();
    }
}
