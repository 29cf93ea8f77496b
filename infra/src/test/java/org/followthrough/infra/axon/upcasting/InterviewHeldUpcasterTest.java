package org.followthrough.infra.axon.upcasting;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.infra.testing.EventFixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.infra.testing.EventFixtures.INTERVIEW_HELD_REV_1;
import static org.followthrough.infra.testing.EventFixtures.INTERVIEW_HELD_REV_2;

class InterviewHeldUpcasterTest {

    private static final Jackson3Serializer SERIALIZER = EventFixtures.SERIALIZER;

    private static final EventUpcasterChain CHAIN = new EventUpcasterChain(new InterviewHeldUpcaster());

    @Nested
    @DisplayName("the golden fixtures")
    class GoldenFixtures {

        @Test
        void theFirstShapeUpcastsIntoTheSecondByteForByte() {
            IntermediateEventRepresentation upcast = upcast(InterviewHeldUpcaster.TYPE, null, EventFixtures.json(INTERVIEW_HELD_REV_1));

            assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(InterviewHeldUpcaster.TYPE, "2"));
            assertThat(json(upcast)).isEqualTo(EventFixtures.json(INTERVIEW_HELD_REV_2));
            InterviewHeld read = SERIALIZER.deserialize(upcast.getData());
            assertThat(read).isEqualTo(EventFixtures.interviewHeld());
        }

        @Test
        void revisionOneIsTheFirstShapeToo() {
            IntermediateEventRepresentation upcast = upcast(InterviewHeldUpcaster.TYPE, "1", EventFixtures.json(INTERVIEW_HELD_REV_1));

            assertThat(json(upcast)).isEqualTo(EventFixtures.json(INTERVIEW_HELD_REV_2));
        }

        @Test
        void theSecondShapeIsWhatTodaysInterviewHeldIsStoredAs() {
            SerializedObject<byte[]> stored = SERIALIZER.serialize(EventFixtures.interviewHeld(), byte[].class);

            assertThat(stored.getType()).isEqualTo(new SimpleSerializedType(InterviewHeld.class.getName(), "2"));
            assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).isEqualTo(EventFixtures.json(INTERVIEW_HELD_REV_2));
        }

        @Test
        void theUpcasterMatchesTheStoredNameOfTodaysClass() {
            assertThat(InterviewHeldUpcaster.TYPE).isEqualTo(InterviewHeld.class.getName());
        }
    }

    @Nested
    @DisplayName("what it leaves alone")
    class LeavesAlone {

        @Test
        void revisionTwoPassesThroughUntouched() {
            IntermediateEventRepresentation stored = initial(InterviewHeldUpcaster.TYPE, "2", EventFixtures.json(INTERVIEW_HELD_REV_2));

            assertThat(CHAIN.upcast(Stream.of(stored)).toList()).containsExactly(stored);
        }

        @Test
        void otherEventsPassThroughUntouched() {
            SerializedObject<byte[]> opened = SERIALIZER.serialize(new OpportunityOpened(EventFixtures.OPPORTUNITY,
                    EventFixtures.CANDIDATE, "Acme", "Engineer", Instant.parse("2026-03-01T09:00:00Z")), byte[].class);
            IntermediateEventRepresentation stored = initial(opened.getType().getName(), null,
                    new String(opened.getData(), StandardCharsets.UTF_8));

            assertThat(CHAIN.upcast(Stream.of(stored)).toList()).containsExactly(stored);
        }

        @Test
        void todaysShapeStoredBeforeItHadARevisionOnlyGainsTheRevision() {
            IntermediateEventRepresentation upcast = upcast(InterviewHeldUpcaster.TYPE, null, EventFixtures.json(INTERVIEW_HELD_REV_2));

            assertThat(upcast.getType().getRevision()).isEqualTo("2");
            assertThat(json(upcast)).isEqualTo(EventFixtures.json(INTERVIEW_HELD_REV_2));
        }
    }

    @Nested
    @DisplayName("first-shape payloads with parts missing")
    class MissingParts {

        @Test
        void noStatedDecisionMeansNoneWasStated() {
            InterviewHeld held = read("""
                    {"interviewers":["Alan Turing"]}""");

            assertThat(held.decision()).isEqualTo(DecisionTimeline.notStated());
        }

        @Test
        void aNullStatedDecisionMeansNoneWasStated() {
            assertThat(read("""
                    {"interviewers":[],"statedDecision":null}""").decision()).isEqualTo(DecisionTimeline.notStated());
        }

        @Test
        void aFewDaysStaysAFewDays() {
            assertThat(read("""
                    {"interviewers":[],"statedDecision":{"kind":"FEW_DAYS"}}""").decision())
                    .isEqualTo(DecisionTimeline.withinAFewDays());
        }

        @Test
        void noInterviewersAtAllIsAnEmptyList() {
            assertThat(read("""
                    {"statedDecision":{"kind":"NONE"}}""").interviewers()).isEmpty();
            assertThat(read("""
                    {"interviewers":null,"statedDecision":{"kind":"NONE"}}""").interviewers()).isEmpty();
        }

        @Test
        void blankLinesAreNoInterviewers() {
            assertThat(read("""
                    {"interviewers":["", "   ", " , ; ", "Alan Turing", null],"statedDecision":{"kind":"NONE"}}""").interviewers())
                    .containsExactly(new Interviewer("Alan Turing", null, null));
        }

        @Test
        void interviewersAlreadyInTheirOwnFieldsAreKept() {
            assertThat(read("""
                    {"interviewers":[{"name":"Grace Hopper","title":"Engineering Manager","email":"grace@acme.example"},
                                     "Alan Turing"],
                     "statedDecision":{"kind":"NONE"}}""").interviewers())
                    .containsExactly(new Interviewer("Grace Hopper", "Engineering Manager", "grace@acme.example"),
                            new Interviewer("Alan Turing", null, null));
        }

        @Test
        void aDecisionAlreadyCalledDecisionIsKept() {
            assertThat(read("""
                    {"interviewers":[],"decision":{"kind":"FEW_DAYS","date":null}}""").decision())
                    .isEqualTo(DecisionTimeline.withinAFewDays());
        }

        private InterviewHeld read(String fields) {
            String stored = """
                    {"opportunityId":"%s","candidateId":"%s","interviewId":"%s","round":1,"startedAt":null,\
                    "endedAt":"2026-03-10T14:00:00Z",%s""".formatted(EventFixtures.OPPORTUNITY, EventFixtures.CANDIDATE,
                    EventFixtures.INTERVIEW, fields.strip().substring(1));
            return SERIALIZER.deserialize(upcast(InterviewHeldUpcaster.TYPE, null, stored).getData());
        }
    }

    @Nested
    @DisplayName("one display line into name, title and e-mail")
    class Lines {

        static Stream<Arguments> lines() {
            return Stream.of(
                    line("Grace Hopper, Engineering Manager <grace@acme.example>", "Grace Hopper", "Engineering Manager", "grace@acme.example"),
                    line("Alan Turing", "Alan Turing", null, null),
                    line("Grace Hopper, Engineering Manager", "Grace Hopper", "Engineering Manager", null),
                    line("Alan Turing <alan@bletchley.example>", "Alan Turing", null, "alan@bletchley.example"),
                    line("Barbara Liskov, VP, Platform, EMEA <barbara@acme.example>", "Barbara Liskov", "VP, Platform, EMEA", "barbara@acme.example"),
                    line("  Grace   Hopper ,Engineering\tManager<grace@acme.example>  ", "Grace Hopper", "Engineering Manager", "grace@acme.example"),
                    line("Grace\u00a0Hopper,\u00a0Engineering Manager", "Grace Hopper", "Engineering Manager", null),
                    line("Grace Hopper,, VP ,, Platform ,<grace@acme.example>", "Grace Hopper", "VP, Platform", "grace@acme.example"),
                    line("Grace Hopper <grace@acme.example>, Engineering Manager", "Grace Hopper", "Engineering Manager", "grace@acme.example"),
                    line("Grace Hopper, Engineering Manager < grace@acme.example >;", "Grace Hopper", "Engineering Manager", "grace@acme.example"),
                    line("Grace Hopper, grace@acme.example", "Grace Hopper", null, "grace@acme.example"),
                    line("Alan Turing (alan@bletchley.example)", "Alan Turing", null, "alan@bletchley.example"),
                    line("<grace@acme.example>", "grace@acme.example", null, "grace@acme.example"),
                    line(", Recruiter", "Recruiter", null, null),
                    line(", Recruiter <jobs@acme.example>", "Recruiter", null, "jobs@acme.example"),
                    line("Grace Hopper <>", "Grace Hopper", null, null),
                    line("Grace Hopper <not an address>", "Grace Hopper <not an address>", null, null));
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @MethodSource("lines")
        void splitsTheLine(String line, String name, @Nullable String title, @Nullable String email) {
            assertThat(InterviewerLine.parse(line)).contains(new InterviewerLine(name, title, email));
            assertThat(new Interviewer(name, title, email)).isNotNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", ",", " ; , ", "<>"})
        void aBlankLineIsNobody(String line) {
            assertThat(InterviewerLine.parse(line)).isEmpty();
        }

        private static Arguments line(String line, String name, @Nullable String title, @Nullable String email) {
            return Arguments.of(line, name, title, email);
        }
    }

    private static IntermediateEventRepresentation upcast(String type, @Nullable String revision, String json) {
        List<IntermediateEventRepresentation> upcast = CHAIN.upcast(Stream.of(initial(type, revision, json))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.getFirst();
    }

    private static IntermediateEventRepresentation initial(String type, @Nullable String revision, String json) {
        SerializedType serializedType = new SimpleSerializedType(type, revision);
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Opportunity", EventFixtures.OPPORTUNITY.toString(),
                1, "event-1", Instant.parse("2026-03-10T14:00:05Z"), serializedType.getName(), serializedType.getRevision(),
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)), SERIALIZER);
    }

    private static String json(IntermediateEventRepresentation representation) {
        return new String(representation.getData(byte[].class).getData(), StandardCharsets.UTF_8);
    }
}
