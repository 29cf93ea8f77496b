package org.followthrough.site.drafts;

import org.followthrough.domain.drafts.DraftCheck;
import org.followthrough.domain.drafts.DraftContext;
import org.followthrough.domain.drafts.DraftProblem;
import org.followthrough.domain.drafts.DraftProblem.Kind;
import org.followthrough.domain.followup.Rule;
import org.followthrough.site.drafts.DraftModel.Decision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftWriterTest {

    /** Ada interviewed with Grace Hopper at Acme on Tuesday 10 March; they meant to decide by Friday 20 March. */
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate DECISION = LocalDate.of(2026, 3, 20);
    private static final LocalDate ANSWER_BY = LocalDate.of(2026, 3, 27);
    private static final String TOPIC = "the plan to move billing out of the monolith one service at a time";
    private static final String FORGOT = "I ran the on-call rotation for our payments team for two years";
    private static final String CONCERN = "whether I have run Kubernetes in production";

    private static final DraftWriter WRITER = new DraftWriter();

    private static DraftModel bare(Rule rule) {
        DraftModel model = DraftModel.of(rule, "Ada Lovelace", "Acme", "Backend Engineer");
        return rule == Rule.AFTER_OUTCOME ? model.after(Decision.OFFER) : model;
    }

    private static DraftModel full(Rule rule) {
        return bare(rule).to("Grace Hopper", "Engineering Manager", "grace@acme.example").interview(TUESDAY, 1)
                .decidingBy(DECISION).notes(TOPIC, FORGOT).concerning(CONCERN).otherOfferAnswerBy(ANSWER_BY);
    }

    /** Every template, with everything known and with nothing but the essentials. */
    static Stream<DraftModel> everyDraft() {
        Stream<DraftModel> rules = Stream.of(Rule.THANK_YOU, Rule.NEXT_STEPS, Rule.STATUS_CHECK, Rule.CLEAR_THE_AIR,
                Rule.ADDRESS_CONCERN).flatMap(rule -> Stream.of(full(rule), bare(rule)));
        Stream<DraftModel> outcomes = Stream.of(Decision.OFFER, Decision.REJECTION)
                .flatMap(decision -> Stream.of(full(Rule.AFTER_OUTCOME).after(decision), bare(Rule.AFTER_OUTCOME).after(decision)));
        Stream<DraftModel> laterCheckIns = Stream.of(2, 3).flatMap(number -> Stream.of(
                full(Rule.STATUS_CHECK).checkInNumber(number), bare(Rule.STATUS_CHECK).checkInNumber(number)));
        return Stream.of(rules, outcomes, laterCheckIns).flatMap(stream -> stream);
    }

    private static DraftContext contextFor(DraftModel model) {
        return new DraftContext(model.rule(), model.company(), List.of("Grace Hopper", "Alan Turing"), model.recipientName(),
                List.of("Globex", "Initech"), List.of("Hank Scorpio"), List.of());
    }

    @Nested
    @DisplayName("every draft")
    class EveryDraft {

        @ParameterizedTest
        @MethodSource("org.followthrough.site.drafts.DraftWriterTest#everyDraft")
        void opensWithAGreetingAndEndsWithTheCandidatesName(DraftModel model) {
            Draft draft = WRITER.write(model);

            assertThat(draft.subject()).isNotBlank().contains("Backend Engineer").doesNotContain("\n");
            assertThat(draft.body()).startsWith(model.hasRecipient() ? "" : "Hello,\n\n").endsWith("\nAda Lovelace\n");
            assertThat(draft.body().lines().findFirst().orElseThrow()).matches("(Dear|Hi|Hello)( Grace)?,");
        }

        @ParameterizedTest
        @MethodSource("org.followthrough.site.drafts.DraftWriterTest#everyDraft")
        void passesTheChecksForPlaceholdersAndLength(DraftModel model) {
            Draft draft = WRITER.write(model);

            assertThat(DraftCheck.check(draft.body(), contextFor(model))).extracting(DraftProblem::kind)
                    .doesNotContain(Kind.PLACEHOLDER, Kind.TOO_LONG);
            assertThat(DraftCheck.check(draft.subject(), contextFor(model))).isEmpty();
        }

        @ParameterizedTest
        @MethodSource("org.followthrough.site.drafts.DraftWriterTest#everyDraft")
        void leavesNothingDanglingWhereSomethingIsMissing(DraftModel model) {
            String body = WRITER.write(model).body();

            assertThat(body).doesNotContain("  ", " .", " ,", "\n\n\n", "null", "on ,", "by .")
                    .doesNotContainPattern("(?m)^[ \\t]+\\S");
            List<String> lines = body.lines().filter(line -> !line.isEmpty()).toList();
            assertThat(lines.getFirst()).matches("(Dear|Hi|Hello)( Grace)?,");
            assertThat(lines.subList(1, lines.size() - 2)).allSatisfy(line -> assertThat(line).matches(".*[.?!]"));
            assertThat(lines.get(lines.size() - 2)).matches("[A-Z][a-z]+( [a-z]+)*,");
            assertThat(lines.getLast()).isEqualTo("Ada Lovelace");
        }

        @Test
        void evenAVeryLongNoteKeepsTheThankYouShort() {
            String rambling = "The billing migration they are planning. " + "It has many moving parts and ".repeat(20)
                    + "they want to do it in stages.";
            Draft draft = WRITER.write(full(Rule.THANK_YOU).notes(rambling, rambling));

            assertThat(draft.body()).contains("stayed with me: The billing migration they are planning.\n")
                    .doesNotContain("many moving parts");
            assertThat(DraftCheck.check(draft.body(), contextFor(full(Rule.THANK_YOU)))).isEmpty();
        }

        @Test
        void thereIsNoDraftForRulesThatAreNotMessages() {
            assertThatThrownBy(() -> DraftModel.of(Rule.NOTES, "Ada Lovelace", "Acme", "Backend Engineer"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("thank-you")
    class ThankYou {

        @Test
        void usesTheCandidatesOwnNotes() {
            Draft draft = WRITER.write(full(Rule.THANK_YOU));

            assertThat(draft.subject()).isEqualTo("Thank you – Backend Engineer interview");
            assertThat(draft.body()).startsWith("Dear Grace,\n\n")
                    .contains("Thank you for meeting with me on Tuesday to talk about the Backend Engineer role at Acme.")
                    .contains("stayed with me: " + TOPIC + ".")
                    .contains("Something I meant to mention and didn't get to: " + FORGOT + ".");
            assertThat(draft.recipientEmail()).isEqualTo("grace@acme.example");
        }

        @Test
        void withoutNotesSaysNothingAboutThem() {
            String body = WRITER.write(bare(Rule.THANK_YOU).to("Grace Hopper", null, null)).body();

            assertThat(body).startsWith("Dear Grace,\n\nThank you for meeting with me to talk about the Backend Engineer role at Acme.\n\n")
                    .doesNotContain("stayed with me", "meant to mention", "Tuesday");
        }

        @Test
        void thanksThemForMeetingAgainAfterALaterRound() {
            assertThat(WRITER.write(full(Rule.THANK_YOU).interview(TUESDAY, 2)).body())
                    .contains("Thank you for meeting with me again on Tuesday");
        }

        @Test
        void tidiesTheNotesItQuotes() {
            DraftModel listed = full(Rule.THANK_YOU).notes("- their on-call rota is shared by everyone;\n- lunch was great",
                    "I forgot to mention that I  mentor two junior engineers...");

            assertThat(WRITER.write(listed).body())
                    .contains("stayed with me: their on-call rota is shared by everyone.\n")
                    .contains("didn't get to: I mentor two junior engineers.\n")
                    .doesNotContain("lunch");
        }

        @Test
        void twoInterviewersThankedFromTheSameNotesAreAskedForANoteOfTheirOwn() {
            Draft toAlan = WRITER.write(full(Rule.THANK_YOU).to("Alan Turing", null, null));
            Draft toGrace = WRITER.write(full(Rule.THANK_YOU));
            DraftContext context = new DraftContext(Rule.THANK_YOU, "Acme", List.of("Grace Hopper", "Alan Turing"),
                    "Grace Hopper", List.of(), List.of(), List.of(new DraftContext.SentMessage(toAlan.body(), "Alan Turing")));

            assertThat(DraftCheck.check(toGrace.body(), context)).extracting(DraftProblem::kind).containsExactly(Kind.SAME_TEXT);
        }

        @Test
        void greetsARecipientRecordedOnlyByTitleAndSurnameByBoth() {
            assertThat(WRITER.write(full(Rule.THANK_YOU).to("Dr. Hopper", null, null)).body()).startsWith("Dear Dr. Hopper,");
            assertThat(WRITER.write(full(Rule.THANK_YOU).to("Dr Grace Hopper", null, null)).body()).startsWith("Dear Grace,");
        }
    }

    @Nested
    @DisplayName("next steps")
    class NextSteps {

        @Test
        void asksWhatHappensNextAndWhen() {
            Draft draft = WRITER.write(full(Rule.NEXT_STEPS));

            assertThat(draft.subject()).isEqualTo("Next steps for the Backend Engineer role");
            assertThat(draft.body()).contains("on Tuesday 10 March", "what the next step is", "when I might hear")
                    .doesNotContain("names and job titles");
        }

        @Test
        void alsoAsksForTheNamesWhenNoneWereNoted() {
            assertThat(WRITER.write(bare(Rule.NEXT_STEPS).interview(TUESDAY, 1)).body())
                    .startsWith("Hello,").contains("names and job titles of the people I met");
        }
    }

    @Nested
    @DisplayName("status check")
    class StatusCheck {

        @Test
        void mentionsTheDateTheEmployerGave() {
            Draft draft = WRITER.write(full(Rule.STATUS_CHECK));

            assertThat(draft.subject()).isEqualTo("Backend Engineer role – checking in");
            assertThat(draft.body()).contains("by Friday 20 March").contains("any news");
        }

        @Test
        void withoutADateCountsFromTheInterview() {
            assertThat(WRITER.write(full(Rule.STATUS_CHECK).decidingBy(null)).body())
                    .contains("since my interview on Tuesday 10 March").doesNotContain("20 March");
        }

        @Test
        void aSecondCheckInIsBriefAndTheThirdSaysItIsTheLast() {
            assertThat(WRITER.write(full(Rule.STATUS_CHECK).checkInNumber(2)).body()).contains("once more")
                    .doesNotContain("last time", "20 March");
            assertThat(WRITER.write(full(Rule.STATUS_CHECK).checkInNumber(3)).body()).contains("one last time")
                    .doesNotContain("once more");
        }
    }

    @Nested
    @DisplayName("clear the air")
    class ClearTheAir {

        @Test
        void givesTheOtherOffersDeadlineWithoutNamingTheOtherCompany() {
            DraftModel model = full(Rule.CLEAR_THE_AIR);
            Draft draft = WRITER.write(model);

            assertThat(draft.body()).contains("another job offer", "by Friday 27 March", "Backend Engineer role at Acme");
            assertThat(DraftCheck.check(draft.body(), contextFor(model))).isEmpty();
        }

        @Test
        void withoutTheDeadlineSaysSoon() {
            assertThat(WRITER.write(bare(Rule.CLEAR_THE_AIR)).body()).contains("give my answer soon.");
        }
    }

    @Nested
    @DisplayName("answering a concern")
    class AddressConcern {

        @Test
        void namesTheConcernAndOffersThePointTheyMissed() {
            assertThat(WRITER.write(full(Rule.ADDRESS_CONCERN)).body())
                    .contains("for being direct about this: " + CONCERN + ". I'd like to answer it properly")
                    .contains("may help here: " + FORGOT + ".");
        }

        @Test
        void withoutTheConcernStillReadsWhole() {
            assertThat(WRITER.write(bare(Rule.ADDRESS_CONCERN)).body())
                    .contains("telling me plainly what is on your mind.").doesNotContain("this:", "may help here");
        }
    }

    @Nested
    @DisplayName("after the outcome")
    class AfterOutcome {

        @Test
        void thanksThemForAnOffer() {
            Draft draft = WRITER.write(full(Rule.AFTER_OUTCOME).after(Decision.OFFER));

            assertThat(draft.subject()).isEqualTo("Thank you for the offer – Backend Engineer");
            assertThat(draft.body()).contains("Thank you for the offer").doesNotContain("feedback");
        }

        @Test
        void thanksThemAnywayAfterARejectionAndAsksForFeedback() {
            Draft draft = WRITER.write(full(Rule.AFTER_OUTCOME).after(Decision.REJECTION));

            assertThat(draft.body()).contains("Thank you for letting me know", "feedback", "stay in touch")
                    .doesNotContain("offer");
        }

        @Test
        void cannotBeWrittenWithoutKnowingWhichItWas() {
            DraftModel undecided = DraftModel.of(Rule.AFTER_OUTCOME, "Ada Lovelace", "Acme", "Backend Engineer");

            assertThatThrownBy(() -> WRITER.write(undecided)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("offer or a rejection");
        }
    }

    @Nested
    @DisplayName("mailto link")
    class MailtoLink {

        @Test
        void encodesSpacesLineBreaksAmpersandsQuestionMarksAndNonAscii() {
            URI link = Mailto.link("grace@acme.example", "Q&A? Café – next", "Hi Grace,\n\nR&D = fun?\nAda");

            assertThat(link.toString()).isEqualTo("mailto:grace@acme.example"
                    + "?subject=Q%26A%3F%20Caf%C3%A9%20%E2%80%93%20next"
                    + "&body=Hi%20Grace%2C%0D%0A%0D%0AR%26D%20%3D%20fun%3F%0D%0AAda");
        }

        @Test
        void encodesAPlusInTheAddressAndLeavesTheAddressOutWhenUnknown() {
            assertThat(Mailto.link("ada+jobs@example.org", "Hi", "x").toString()).startsWith("mailto:ada%2Bjobs@example.org?subject=Hi&");
            assertThat(Mailto.link(null, "Hi", "x").toString()).isEqualTo("mailto:?subject=Hi&body=x");
        }

        @Test
        void decodesBackToTheDraftWithCrlfLineBreaks() {
            Draft draft = WRITER.write(full(Rule.CLEAR_THE_AIR).to("Zoë Ångström", null, "zoe@acme.example"));
            // mailto: is an opaque URI: java.net.URI leaves its query unparsed
            String[] addressAndQuery = draft.mailto().getRawSchemeSpecificPart().split("\\?", 2);
            String query = addressAndQuery[1];

            assertThat(draft.mailto().getScheme()).isEqualTo("mailto");
            assertThat(addressAndQuery[0]).isEqualTo("zoe@acme.example");
            assertThat(query).doesNotContain(" ", "\n", "+").contains("&body=");
            String[] fields = query.split("&");
            assertThat(fields).hasSize(2);
            assertThat(URLDecoder.decode(fields[0].substring("subject=".length()), StandardCharsets.UTF_8))
                    .isEqualTo(draft.subject());
            assertThat(URLDecoder.decode(fields[1].substring("body=".length()), StandardCharsets.UTF_8))
                    .isEqualTo(draft.body().replace("\n", "\r\n")).contains("Hi Zoë,");
        }
    }
}
