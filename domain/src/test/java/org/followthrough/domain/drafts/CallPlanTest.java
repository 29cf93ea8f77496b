package org.followthrough.domain.drafts;

import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.Interviewer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10 item 14: a follow-up by phone gets a call plan, not a letter. */
class CallPlanTest {

    private static final Interviewer GRACE = new Interviewer("Grace Hopper", "Engineering Manager", "grace@acme.example");
    private static final Interviewer ALAN = new Interviewer("Alan Turing", null, null);

    private static CallPlan.Facts statusCheck(Interviewer recipient, List<String> notes, String phone) {
        return new CallPlan.Facts(Rule.STATUS_CHECK, "Ada Lovelace", "Acme", "Backend Engineer", recipient,
                List.of(GRACE, ALAN), LocalDate.of(2026, 3, 10), DecisionTimeline.by(LocalDate.of(2026, 3, 20)), notes,
                phone);
    }

    @Nested
    @DisplayName("a status check by phone")
    class StatusCheck {

        private final CallPlan plan = CallPlan.of(statusCheck(GRACE,
                List.of("We compared notes on moving the billing jobs to a queue.", "I forgot to ask about on-call."),
                "+49 30 1234567"));

        @Test
        void asksForThePersonTheActionNamesWithTheirTitle() {
            assertThat(plan.askFor()).containsExactly("Grace Hopper (Engineering Manager)");
        }

        @Test
        void hasTheRoleTheInterviewDayTheirTimelineAndTheNotesAtHand() {
            assertThat(plan.atHand()).contains("The role: Backend Engineer at Acme.",
                    "Your interview on Tuesday 10 March with Grace Hopper, Alan Turing.",
                    "What they said about their timeline: by Friday 20 March.",
                    "Your notes: We compared notes on moving the billing jobs to a queue.",
                    "Your notes: I forgot to ask about on-call.");
        }

        @Test
        void saysItInTwoSentencesBuiltFromTheirOwnNotes() {
            assertThat(plan.say()).hasSize(2);
            assertThat(plan.say().getFirst()).startsWith("Hello, Grace, this is Ada Lovelace")
                    .contains("Backend Engineer").contains("Tuesday 10 March").contains("where things stand");
            assertThat(plan.say().get(1)).contains("moving the billing jobs to a queue");
        }

        @Test
        void leavesNameRoleAndTheSignaturesNumberOnVoicemailThenFollowsUpInWriting() {
            assertThat(plan.voicemail()).contains("Ada Lovelace").contains("Backend Engineer").contains("Acme")
                    .contains("+49 30 1234567");
            assertThat(plan.afterVoicemail()).contains("in writing");
        }

        @Test
        void isNoLetter() {
            String everything = String.join("\n", plan.say()) + "\n" + plan.voicemail();
            assertThat(everything).doesNotContain("Dear").doesNotContain("Best regards").doesNotContain("Subject");
        }
    }

    @Nested
    @DisplayName("with little to go on")
    class LittleToGoOn {

        private final CallPlan plan = CallPlan.of(new CallPlan.Facts(Rule.NEXT_STEPS, "Ada Lovelace", "Acme",
                "Backend Engineer", null, List.of(), null, null, List.of(), null));

        @Test
        void asksForWhoeverArrangedTheInterviews() {
            assertThat(plan.askFor()).containsExactly("Whoever arranged your interviews at Acme");
        }

        @Test
        void saysWhereTheMissingPhoneNumberGoes() {
            assertThat(plan.voicemail()).contains("add it to your signature in settings");
        }

        @Test
        void stillSaysItInTwoSentences() {
            assertThat(plan.say()).hasSize(2);
            assertThat(plan.say().getFirst()).startsWith("Hello, this is Ada Lovelace").contains("next steps");
        }
    }
}
