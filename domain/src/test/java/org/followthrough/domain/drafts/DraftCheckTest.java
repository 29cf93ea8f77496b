package org.followthrough.domain.drafts;

import org.followthrough.domain.drafts.DraftContext.SentMessage;
import org.followthrough.domain.drafts.DraftProblem.Kind;
import org.followthrough.domain.followup.Rule;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DraftCheckTest {

    /** Ada is writing to Grace Hopper at Acme, where she also met Alan Turing; Globex and Initech are her other leads. */
    private static final String COMPANY = "Acme";
    private static final String GRACE = "Grace Hopper";
    private static final String ALAN = "Alan Turing";

    private static final String GOOD_THANK_YOU = """
            Dear Grace,

            Thank you for Tuesday's conversation about the Backend Engineer role at Acme. One part of it has stayed \
            with me: the plan to move billing out of the monolith one service at a time.

            Something I meant to mention and didn't: I ran the on-call rotation for our payments team for two years.

            I came away even keener on the role. If there is anything else I can send you, just let me know.

            Best wishes,
            Ada Lovelace
            """;

    private static DraftContext context(Rule rule, @Nullable String recipient, SentMessage... sent) {
        return new DraftContext(rule, COMPANY, List.of(GRACE, ALAN), recipient, List.of("Globex", "Initech", "Umbrella Corp"),
                List.of("Hank Scorpio", "Bill Lumbergh", "Peter"), List.of(sent));
    }

    private static DraftContext toGrace(Rule rule) {
        return context(rule, GRACE);
    }

    private static List<Kind> kinds(String draft, DraftContext context) {
        return DraftCheck.check(draft, context).stream().map(DraftProblem::kind).toList();
    }

    private static String words(int count) {
        StringBuilder text = new StringBuilder("Hi Grace,\n\n");
        for (int i = 0; i < count - 3; i++) {
            text.append(i % 12 == 11 ? "word.\n" : "word ");
        }
        return text.append("\nAda").toString();
    }

    @Test
    void aCarefulThankYouHasNoProblems() {
        assertThat(DraftCheck.check(GOOD_THANK_YOU, toGrace(Rule.THANK_YOU))).isEmpty();
    }

    @Nested
    @DisplayName("too long")
    class TooLong {

        @Test
        void aCheckInOfMoreThan150WordsIsTooLongAndSaysHowLong() {
            List<DraftProblem> problems = DraftCheck.check(words(151), toGrace(Rule.STATUS_CHECK));

            assertThat(problems).extracting(DraftProblem::kind).containsExactly(Kind.TOO_LONG);
            assertThat(problems.getFirst().message()).contains("151 words", "check-in", "150");
        }

        @Test
        void aCheckInOf150WordsIsFine() {
            assertThat(kinds(words(150), toGrace(Rule.STATUS_CHECK))).isEmpty();
        }

        @Test
        void everyKindOfCheckInHasTheShortBound() {
            for (Rule rule : List.of(Rule.STATUS_CHECK, Rule.NEXT_STEPS, Rule.CLEAR_THE_AIR)) {
                assertThat(kinds(words(180), toGrace(rule))).as(rule.name()).containsExactly(Kind.TOO_LONG);
            }
        }

        @Test
        void aThankYouMayRunTo250Words() {
            assertThat(kinds(words(240), toGrace(Rule.THANK_YOU))).isEmpty();
            assertThat(kinds(words(240), toGrace(Rule.AFTER_OUTCOME))).isEmpty();
            assertThat(kinds(words(240), toGrace(Rule.ADDRESS_CONCERN))).isEmpty();
        }

        @Test
        void aThankYouOver250WordsIsTooLong() {
            List<DraftProblem> problems = DraftCheck.check(words(260), toGrace(Rule.THANK_YOU));

            assertThat(problems).extracting(DraftProblem::kind).containsExactly(Kind.TOO_LONG);
            assertThat(problems.getFirst().message()).contains("260 words", "thank-you note", "250");
        }

        @Test
        void countsContractionsAndHyphenatedWordsAsOneWord() {
            assertThat(DraftCheck.words("I don't mind a follow-up, Grace — really!")).isEqualTo(7);
        }
    }

    @Nested
    @DisplayName("placeholders")
    class Placeholders {

        @ParameterizedTest
        @ValueSource(strings = {"[Company name]", "[ ]", "{first_name}", "{{role}}", "<Interviewer>", "(insert date)",
                "(Insert the name of the hiring manager here)", "(your name)", "(company name)", "(job title)",
                "(name here)", "TODO", "XXX", "XX", "___", "____________"})
        void findsAPlaceholderLeftIn(String placeholder) {
            String draft = "Hi Grace,\n\nThank you for the interview at Acme. I look forward to " + placeholder + ".\n\nAda";

            List<DraftProblem> problems = DraftCheck.check(draft, toGrace(Rule.THANK_YOU));

            assertThat(problems).extracting(DraftProblem::kind).containsExactly(Kind.PLACEHOLDER);
            assertThat(problems.getFirst().message()).contains(placeholder.strip());
        }

        @Test
        void findsAGreetingWithTheNameLeftOut() {
            assertThat(kinds("Dear ,\n\nThank you for the interview.\n\nAda", toGrace(Rule.THANK_YOU)))
                    .containsExactly(Kind.PLACEHOLDER);
        }

        @Test
        void namesEachPlaceholderOnceInTheOrderTheyAppear() {
            String draft = "Dear [Name],\n\nThanks for the [Role] interview. [Name], I hope to hear soon. TODO\n\n[Name]";

            assertThat(DraftCheck.check(draft, toGrace(Rule.THANK_YOU))).extracting(DraftProblem::message)
                    .hasSize(3)
                    .satisfiesExactly(first -> assertThat(first).contains("[Name]"),
                            second -> assertThat(second).contains("[Role]"),
                            third -> assertThat(third).contains("TODO"));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "You can reach me at <ada@example.org> or on 0151 234 567.",
                "My portfolio is at <https://ada.example.org/work>.",
                "I enjoyed meeting the whole team (and the office dog).",
                "It was good to hear about your plans (the Berlin office especially).",
                "I have a long to-do list before Friday, and the todo app we discussed is on it.",
                "Max and Rex from the platform team were great.",
                "Room 3 < 4 in size, but 5 > 2 in charm.",
                "The role's scope (mostly payments) suits me."})
        void leavesOrdinaryWritingAlone(String sentence) {
            String draft = "Hi Grace,\n\n" + sentence + "\n\nBest,\nAda";

            assertThat(DraftCheck.check(draft, toGrace(Rule.THANK_YOU))).isEmpty();
        }
    }

    @Nested
    @DisplayName("another company")
    class AnotherCompany {

        @Test
        void findsAnotherCompanysNameWhateverItsCase() {
            List<DraftProblem> problems = DraftCheck.check("Hi Grace,\n\nI would love to join GLOBEX.\n\nAda",
                    toGrace(Rule.THANK_YOU));

            assertThat(problems).extracting(DraftProblem::kind).containsExactly(Kind.OTHER_COMPANY);
            assertThat(problems.getFirst().message()).contains("Globex", "Acme");
        }

        @Test
        void findsItInThePossessiveAndAcrossALineBreak() {
            assertThat(kinds("Hi Grace,\n\nGlobex's team was great.\n\nAda", toGrace(Rule.THANK_YOU)))
                    .containsExactly(Kind.OTHER_COMPANY);
            assertThat(kinds("Hi Grace,\n\nI admire Umbrella\nCorp.\n\nAda", toGrace(Rule.THANK_YOU)))
                    .containsExactly(Kind.OTHER_COMPANY);
        }

        @Test
        void matchesWholeWordsOnly() {
            String draft = "Hi Grace,\n\nThe Globexian architecture and the initechnical debt talk were fun.\n\nAda";

            assertThat(DraftCheck.check(draft, toGrace(Rule.THANK_YOU))).isEmpty();
        }

        @Test
        void doesNotFlagANameThatIsPartOfThisCompanysOwnName() {
            DraftContext acmeRobotics = new DraftContext(Rule.THANK_YOU, "Acme Robotics", List.of(GRACE), GRACE,
                    List.of("Acme", "Robotics", "Globex"), List.of(), List.of());

            assertThat(DraftCheck.check("Hi Grace,\n\nI would love to join Acme Robotics.\n\nAda", acmeRobotics)).isEmpty();
        }

        @Test
        void reportsEachCompanyOnce() {
            DraftContext twice = new DraftContext(Rule.THANK_YOU, COMPANY, List.of(GRACE), GRACE,
                    List.of("Globex", "globex "), List.of(), List.of());

            assertThat(kinds("Hi Grace,\n\nGlobex, Globex, Globex.\n\nAda", twice)).containsExactly(Kind.OTHER_COMPANY);
        }
    }

    @Nested
    @DisplayName("another interviewer")
    class AnotherInterviewer {

        @Test
        void findsTheFullNameOfSomeoneMetInAnotherApplication() {
            List<DraftProblem> problems = DraftCheck.check(
                    "Hi Grace,\n\nIt was great to hear hank  scorpio describe the team.\n\nAda", toGrace(Rule.THANK_YOU));

            assertThat(problems).extracting(DraftProblem::kind).containsExactly(Kind.OTHER_INTERVIEWER);
            assertThat(problems.getFirst().message()).contains("Hank Scorpio", GRACE);
        }

        @Test
        void doesNotLookForAFirstNameAloneInTheBody() {
            String draft = "Hi Grace,\n\nHank from the support team and Peter at the desk were kind.\n\nAda";

            assertThat(DraftCheck.check(draft, toGrace(Rule.THANK_YOU))).isEmpty();
        }

        @Test
        void doesNotFlagSomeoneWhoInterviewedHereToo() {
            DraftContext sameManAtBoth = new DraftContext(Rule.THANK_YOU, COMPANY, List.of(GRACE, "Hank Scorpio"), GRACE,
                    List.of(), List.of("Hank Scorpio"), List.of());

            assertThat(DraftCheck.check("Hi Grace,\n\nPlease thank Hank Scorpio for me.\n\nAda", sameManAtBoth)).isEmpty();
        }

        @Test
        void findsAGreetingToSomeoneOtherThanTheRecipient() {
            List<DraftProblem> problems = DraftCheck.check("Hi Hank,\n\nThank you for the interview.\n\nAda",
                    toGrace(Rule.THANK_YOU));

            assertThat(problems).extracting(DraftProblem::kind).containsExactly(Kind.OTHER_INTERVIEWER);
            assertThat(problems.getFirst().message()).contains("Hi Hank", GRACE);
        }

        @Test
        void findsTheThankYouCopiedFromOneInterviewerToTheOther() {
            assertThat(kinds("Dear Grace,\n\nThank you for the interview.\n\nAda", context(Rule.THANK_YOU, ALAN)))
                    .containsExactly(Kind.OTHER_INTERVIEWER);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Hi Grace,", "hi grace,", "Dear Ms Hopper,", "Dear Dr. Hopper,", "Hello, Grace!",
                "Good morning Grace,", "Dear Grace Hopper,"})
        void acceptsTheWaysOfGreetingTheRecipient(String greeting) {
            assertThat(DraftCheck.check(greeting + "\n\nThank you for the interview.\n\nAda", toGrace(Rule.THANK_YOU))).isEmpty();
        }

        @Test
        void acceptsAShortFormOfTheRecipientsFirstName() {
            DraftContext toAlexandra = context(Rule.THANK_YOU, "Alexandra Elbakyan");
            DraftContext toJeanLuc = context(Rule.THANK_YOU, "Jean-Luc Picard");

            assertThat(DraftCheck.check("Hi Alex,\n\nThank you.\n\nAda", toAlexandra)).isEmpty();
            assertThat(DraftCheck.check("Hi Jean,\n\nThank you.\n\nAda", toJeanLuc)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Hello all,", "Hi team,", "Dear Hiring Manager,", "Hello Acme team,", "Hi Platform team,",
                "Dear Sir or Madam,", "Hi there,", "Hello again!", "Hi everyone,"})
        void acceptsGreetingsToNobodyInParticular(String greeting) {
            assertThat(DraftCheck.check(greeting + "\n\nThank you for the interview.\n\nAda", toGrace(Rule.THANK_YOU))).isEmpty();
        }

        @Test
        void withoutARecipientFlagsOnlyANameFromAnotherApplication() {
            DraftContext toNobody = context(Rule.NEXT_STEPS, null);

            assertThat(kinds("Hi Hank,\n\nWhat happens next?\n\nAda", toNobody)).containsExactly(Kind.OTHER_INTERVIEWER);
            assertThat(kinds("Hi Grace,\n\nWhat happens next?\n\nAda", toNobody)).isEmpty();
            assertThat(kinds("Hi Sam,\n\nWhat happens next?\n\nAda", toNobody)).isEmpty();
        }
    }

    @Nested
    @DisplayName("the same text twice")
    class SameText {

        private static final String TO_ALAN = """
                Dear Alan,

                Thank you for Tuesday's conversation about the Backend Engineer role at Acme. One part of it has \
                stayed with me: the plan to move billing out of the monolith one service at a time.

                Something I meant to mention and didn't: I ran the on-call rotation for our payments team for two years.

                I came away even keener on the role. If there is anything else I can send you, just let me know.

                Best wishes,
                Ada Lovelace
                """;

        @Test
        void findsTheSameNoteSentToAnotherInterviewerWithOnlyTheNameChanged() {
            List<DraftProblem> problems = DraftCheck.check(GOOD_THANK_YOU,
                    context(Rule.THANK_YOU, GRACE, new SentMessage(TO_ALAN, ALAN)));

            assertThat(problems).extracting(DraftProblem::kind).containsExactly(Kind.SAME_TEXT);
            assertThat(problems.getFirst().message()).contains("same text", ALAN, GRACE);
        }

        @Test
        void caseSpacingAndPunctuationDoNotMakeItDifferent() {
            String reflowed = TO_ALAN.toUpperCase().replace("\n", " ").replace(",", "").replace(":", " -- ")
                    .replace("'", "’");

            assertThat(kinds(GOOD_THANK_YOU, context(Rule.THANK_YOU, GRACE, new SentMessage(reflowed, ALAN))))
                    .containsExactly(Kind.SAME_TEXT);
        }

        @Test
        void findsANoteWithOneSentenceChanged() {
            String oneSentenceChanged = TO_ALAN.replace(
                    "the plan to move billing out of the monolith one service at a time.",
                    "how your team reviews every design in writing before building it.");

            double similarity = DraftCheck.similarity(Shingles.words(GOOD_THANK_YOU, Set.of("grace", "alan")),
                    Shingles.words(oneSentenceChanged, Set.of("grace", "alan")));
            List<DraftProblem> problems = DraftCheck.check(GOOD_THANK_YOU,
                    context(Rule.THANK_YOU, GRACE, new SentMessage(oneSentenceChanged, ALAN)));

            assertThat(similarity).isBetween(DraftCheck.SAME_TEXT_SIMILARITY, 0.99);
            assertThat(problems).extracting(DraftProblem::kind).containsExactly(Kind.SAME_TEXT);
            assertThat(problems.getFirst().message()).contains("almost", "%");
        }

        @Test
        void leavesNotesWrittenSeparatelyThatShareOnlyTheirGreetingAndSignOff() {
            String ownNoteToAlan = """
                    Dear Alan,

                    Thank you for walking me through the test suite on Tuesday. Your point that a flaky test is a \
                    bug in the design, not in the test, changed how I think about our own pipeline.

                    I came away even keener on the role.

                    Best wishes,
                    Ada Lovelace
                    """;

            assertThat(DraftCheck.check(GOOD_THANK_YOU, context(Rule.THANK_YOU, GRACE, new SentMessage(ownNoteToAlan, ALAN))))
                    .isEmpty();
        }

        @Test
        void isNotAboutTextSentToTheSamePerson() {
            assertThat(DraftCheck.check(GOOD_THANK_YOU,
                    context(Rule.THANK_YOU, GRACE, new SentMessage(GOOD_THANK_YOU, "grace  hopper")))).isEmpty();
        }

        @Test
        void cannotTellWhenEitherRecipientIsUnknown() {
            assertThat(DraftCheck.check(GOOD_THANK_YOU, context(Rule.THANK_YOU, GRACE, new SentMessage(TO_ALAN, null))))
                    .isEmpty();
            assertThat(kinds(TO_ALAN.replace("Dear Alan", "Hello"), context(Rule.THANK_YOU, null, new SentMessage(TO_ALAN, ALAN))))
                    .isEmpty();
        }

        @Test
        void namesEachEarlierRecipientOnce() {
            DraftContext twiceToAlan = context(Rule.THANK_YOU, GRACE, new SentMessage(TO_ALAN, ALAN),
                    new SentMessage(TO_ALAN, ALAN));

            assertThat(kinds(GOOD_THANK_YOU, twiceToAlan)).containsExactly(Kind.SAME_TEXT);
        }
    }
}
