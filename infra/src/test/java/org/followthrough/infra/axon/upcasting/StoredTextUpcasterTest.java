package org.followthrough.infra.axon.upcasting;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.followthrough.domain.candidate.CandidateEvent;
import org.followthrough.domain.candidate.CandidateRegistered;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.candidate.SharedWithCoach;
import org.followthrough.domain.candidate.Signature;
import org.followthrough.domain.candidate.SignatureChanged;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.ConnectionMade;
import org.followthrough.domain.opportunity.DeadlinePassed;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewCancelled;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.InterviewNotesRecorded;
import org.followthrough.domain.opportunity.InterviewScheduled;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.InterviewerNotes;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.EmailAddress;
import org.followthrough.domain.shared.Text;
import org.followthrough.infra.axon.upcasting.StoredText.Field;
import org.followthrough.infra.axon.upcasting.StoredText.ListOf;
import org.followthrough.infra.axon.upcasting.StoredText.ObjectOf;
import org.followthrough.infra.testing.EventFixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.followthrough.infra.axon.upcasting.StoredEvents.SERIALIZER;
import static org.followthrough.infra.axon.upcasting.StoredEvents.initial;
import static org.followthrough.infra.axon.upcasting.StoredEvents.json;
import static org.followthrough.infra.testing.EventFixtures.CANDIDATE;
import static org.followthrough.infra.testing.EventFixtures.INTERVIEW;
import static org.followthrough.infra.testing.EventFixtures.OPPORTUNITY;

class StoredTextUpcasterTest {

    private static final EventUpcasterChain CHAIN = new EventUpcasterChain(new InterviewHeldUpcaster(), new StoredTextUpcaster());
    private static final String OPENED = OpportunityOpened.class.getName();
    private static final String HELD = InterviewHeld.class.getName();
    private static final String THANKED = ThankYouSent.class.getName();

    @Nested
    @DisplayName("the golden fixtures of events stored before the text rules")
    class GoldenFixtures {

        @Test
        void aNulAndAnOverLongRoleAreReadCleanedAndShortenedWithAnEllipsis() {
            IntermediateEventRepresentation read = upcast(OPENED, null, EventFixtures.json(EventFixtures.OPPORTUNITY_OPENED_BEFORE_TEXT_RULES));

            assertThat(json(read)).isEqualTo(EventFixtures.json(EventFixtures.OPPORTUNITY_OPENED_BEFORE_TEXT_RULES_READ));
            OpportunityOpened opened = SERIALIZER.deserialize(read.getData());
            assertThat(opened.company()).isEqualTo("Acme Corp");
            assertThat(opened.role()).hasSize(200).startsWith("Backend Engineer (platform team)").endsWith("(platf\u2026");
        }

        @Test
        void interviewersAreReadCleanedAndAnInvalidAddressIsDropped() {
            IntermediateEventRepresentation read = upcast(HELD, "2", EventFixtures.json(EventFixtures.INTERVIEW_HELD_BEFORE_TEXT_RULES));

            assertThat(json(read)).isEqualTo(EventFixtures.json(EventFixtures.INTERVIEW_HELD_BEFORE_TEXT_RULES_READ));
            InterviewHeld held = SERIALIZER.deserialize(read.getData());
            assertThat(held.interviewers()).containsExactly(new Interviewer("Grace Hopper", "Engineering Manager", null),
                    new Interviewer(Text.NOT_GIVEN, null, "alan@bletchley.example"));
        }

        @Test
        void aCoachsAddressTheRulesRefuseBecomesAStandInNobodyHas() {
            String stored = EventFixtures.json(EventFixtures.SHARED_WITH_COACH_BEFORE_TEXT_RULES);
            IntermediateEventRepresentation read = upcast(SharedWithCoach.class.getName(), null, stored);

            assertThat(json(read)).isEqualTo(EventFixtures.json(EventFixtures.SHARED_WITH_COACH_BEFORE_TEXT_RULES_READ));
            SharedWithCoach shared = SERIALIZER.deserialize(read.getData());
            assertThat(shared.coachEmail()).endsWith("@" + StoredText.STAND_IN_DOMAIN)
                    .isEqualTo(EmailAddress.parse("coachEmail", shared.coachEmail()).value())
                    .as("the revocation of the same address finds the same stand-in")
                    .isEqualTo(StoredText.standIn("cora\u0000@coaching.example"));
        }

        @Test
        void theFirstShapeWithAControlCharacterInALineGoesThroughBothUpcasters() {
            String stored = EventFixtures.json(EventFixtures.INTERVIEW_HELD_REV_1)
                    .replace("\"Alan Turing\"", "\"Alan\\u0000 Turing\\u202e\"");

            InterviewHeld held = SERIALIZER.deserialize(upcast(HELD, null, stored).getData());

            assertThat(held.interviewers()).extracting(Interviewer::name).containsExactly("Grace Hopper", "Alan Turing", "Barbara Liskov");
        }

        @Test
        void aRequiredTextMissingAltogetherReadsAsNotGiven() {
            ThankYouSent thankYou = SERIALIZER.deserialize(upcast(THANKED, null, """
                    {"opportunityId":"%s","candidateId":"%s","interviewId":"%s","channel":"EMAIL",\
                    "sentAt":"2026-03-11T08:30:00Z","message":"Dear Grace,\\u0000\\nthank you."}""".formatted(OPPORTUNITY,
                    CANDIDATE, INTERVIEW)).getData());

            assertThat(thankYou.interviewer()).isEqualTo(Text.NOT_GIVEN);
            assertThat(thankYou.message()).isEqualTo("Dear Grace,\nthank you.");
        }
    }

    @Nested
    @DisplayName("text nested in lists and objects")
    class NestedText {

        @Test
        void notesPerInterviewerAreReadCleaned() {
            InterviewNotesRecorded notes = SERIALIZER.deserialize(upcast(InterviewNotesRecorded.class.getName(), null, """
                    {"opportunityId":"%s","candidateId":"%s","interviewId":"%s","wentWell":null,"wentBadly":null,\
                    "stoodOut":null,"forgot":null,"perInterviewer":[{"interviewer":"Grace\\u0000 Hopper",\
                    "notes":"compilers\\u0007"},{"interviewer":"Alan Turing","notes":" "}],\
                    "writtenAt":"2026-03-10T19:00:00Z"}""".formatted(OPPORTUNITY, CANDIDATE, INTERVIEW)).getData());

            assertThat(notes.perInterviewer()).containsExactly(new InterviewerNotes("Grace Hopper", "compilers"),
                    new InterviewerNotes("Alan Turing", Text.NOT_GIVEN));
        }

        @Test
        void notesStoredBeforeNotesPerInterviewerAreNotParsed() {
            IntermediateEventRepresentation stored = initial(InterviewNotesRecorded.class.getName(), null,
                    EventFixtures.json("InterviewNotesRecorded-before-per-interviewer.json"));

            assertThat(new StoredTextUpcaster().canUpcast(stored)).isFalse();
        }

        @Test
        void theInterviewersOfAScheduledInterviewAreReadCleaned() {
            InterviewScheduled scheduled = SERIALIZER.deserialize(upcast(InterviewScheduled.class.getName(), null, """
                    {"opportunityId":"%s","candidateId":"%s","interviewId":"%s","round":2,\
                    "startsAt":"2026-03-19T09:00:00Z","endsAt":null,"interviewers":[{"name":"Alan\\tTuring",\
                    "title":null,"email":"alan@bletchley"}],"scheduledAt":"2026-03-12T09:00:00Z"}"""
                    .formatted(OPPORTUNITY, CANDIDATE, INTERVIEW)).getData());

            assertThat(scheduled.interviewers()).containsExactly(new Interviewer("Alan Turing", null, null));
        }

        @Test
        void aSignatureIsReadCleanedAndAMissingOneAsNone() {
            SignatureChanged changed = SERIALIZER.deserialize(upcast(SignatureChanged.class.getName(), null, """
                    {"candidateId":"%s","signature":{"phone":"+49 30 1234567\\u0000","email":"ada@@example",\
                    "profileUrl":"https://www.linkedin.com/in/ada\\u202e"},"changedAt":"2026-03-12T09:00:00Z"}"""
                    .formatted(CANDIDATE)).getData());
            SignatureChanged missing = SERIALIZER.deserialize(upcast(SignatureChanged.class.getName(), null, """
                    {"candidateId":"%s","changedAt":"2026-03-12T09:00:00Z"}""".formatted(CANDIDATE)).getData());

            assertThat(changed.signature()).isEqualTo(new Signature("+49 30 1234567", null, "https://www.linkedin.com/in/ada"));
            assertThat(missing.signature()).isEqualTo(Signature.NONE);
        }
    }

    @Nested
    @DisplayName("what it leaves alone")
    class LeavesAlone {

        @Test
        void todaysEventsPassThroughWithoutBeingParsed() {
            Instant at = Instant.parse("2026-03-11T08:30:00Z");
            List<Object> events = List.of(
                    new OpportunityOpened(OPPORTUNITY, CANDIDATE, "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale", "Backend Engineer", at),
                    EventFixtures.interviewHeld(),
                    new InterviewNotesRecorded(OPPORTUNITY, CANDIDATE, INTERVIEW, "the design exercise\n\twith a whiteboard",
                            null, "x".repeat(Text.MAX_LONG), "\u5e73\u548c".repeat(1_000),
                            List.of(new InterviewerNotes("Grace Hopper", "compilers\n\tand COBOL")), at),
                    new ThankYouSent(OPPORTUNITY, CANDIDATE, INTERVIEW, "Grace Hopper", Channel.EMAIL, at,
                            "Dear Grace,\n\nthank you \"for\" the time \\ \uD83D\uDE00", true),
                    new InterviewScheduled(OPPORTUNITY, CANDIDATE, INTERVIEW, 2, at, null,
                            List.of(new Interviewer("Alan Turing", "Head of Research", "alan@bletchley.example")), at),
                    new InterviewCancelled(OPPORTUNITY, CANDIDATE, INTERVIEW, "they filled the role", at),
                    new ConnectionMade(OPPORTUNITY, CANDIDATE, "Grace Hopper", at),
                    new SignatureChanged(CANDIDATE, new Signature("+49 30 1234567", "ada@example.com",
                            "https://www.linkedin.com/in/ada"), at),
                    new FollowUpSent(OPPORTUNITY, CANDIDATE, FollowUpPurpose.STATUS_CHECK, Channel.EMAIL, at, "a".repeat(200), null),
                    new RecruiterReplied(OPPORTUNITY, CANDIDATE, ReplyKind.UPDATE, at, "\u0645\u0631\u062d\u0628\u0627"),
                    new EntryRetracted(OPPORTUNITY, CANDIDATE, 1, null, at),
                    new CandidateRegistered(CANDIDATE, "Ada", ZoneId.of("Europe/Berlin"), Region.parse("DE"), at),
                    new SharedWithCoach(CANDIDATE, "cora@xn--bcher-kva.example", true, at));
            for (Object event : events) {
                SerializedObject<byte[]> stored = SERIALIZER.serialize(event, byte[].class);
                IntermediateEventRepresentation representation = initial(stored.getType().getName(),
                        stored.getType().getRevision(), stored.getData());

                assertThat(CHAIN.upcast(Stream.of(representation)).toList()).as(event.getClass().getSimpleName())
                        .containsExactly(representation);
            }
        }

        @Test
        void eventsWithoutTextAreNotLookedAt() {
            SerializedObject<byte[]> stored = SERIALIZER.serialize(new DeadlinePassed(OPPORTUNITY, CANDIDATE, INTERVIEW,
                    LocalDate.of(2026, 3, 20), Instant.parse("2026-03-20T23:00:00Z")), byte[].class);
            IntermediateEventRepresentation representation = initial(stored.getType().getName(), null, stored.getData());

            assertThat(new StoredTextUpcaster().canUpcast(representation)).isFalse();
        }
    }

    @Nested
    @DisplayName("its promise: a payload it does not repair is one the event's record accepts")
    class Promise {

        private static final int[] ALPHABET = {'a', 'Z', ' ', '"', '\\', '/', '\t', '\n', '\r', 0, 7, 0x1F, 0x7F, 0x85,
                0xA0, 0xE9, 0x301, 0x344, 0x2028, 0x202E, 0x2066, 0x3000, 0xD800, 0xDC00, 0xFDD0, 0xFFFE, 0xFB2C, 0x1F680,
                0x1FFFF};
        private static final String[] ADDRESSES = {"grace@acme.example", "Grace@ACME.example", "grace@b\u00fccher.example",
                "grace@acme", "gr ace@acme.example", "grace\u0000@acme.example", "", " ", "\"grace\"@acme.example"};

        private final Random random = new Random(8);

        @Test
        void everyPayloadIsReadableAfterTheChainWhateverItsText() {
            int repaired = 0;
            int untouched = 0;
            for (int run = 0; run < 3_000; run++) {
                String type = switch (run % 3) {
                    case 0 -> OPENED;
                    case 1 -> THANKED;
                    default -> HELD;
                };
                byte[] stored = payload(type).getBytes(StandardCharsets.UTF_8);
                IntermediateEventRepresentation representation = initial(type, type.equals(HELD) ? "2" : null, stored);
                List<IntermediateEventRepresentation> read = CHAIN.upcast(Stream.of(representation)).toList();

                assertThatCode(() -> SERIALIZER.deserialize(read.getFirst().getData()))
                        .as("%s", new String(stored, StandardCharsets.UTF_8)).doesNotThrowAnyException();
                if (read.getFirst() == representation) {
                    untouched++;
                } else {
                    repaired++;
                }
            }
            assertThat(untouched).as("payloads read as stored").isGreaterThan(300);
            assertThat(repaired).as("payloads repaired").isGreaterThan(300);
        }

        private String payload(String type) {
            StringBuilder json = new StringBuilder("{\"opportunityId\":\"" + OPPORTUNITY + "\",\"candidateId\":\"" + CANDIDATE + "\"");
            if (type.equals(OPENED)) {
                field(json, "company", text(Text.MAX_SHORT));
                field(json, "role", text(Text.MAX_SHORT));
                json.append(",\"openedAt\":\"2026-03-01T09:00:00Z\"");
            } else if (type.equals(THANKED)) {
                json.append(",\"interviewId\":\"").append(INTERVIEW).append("\",\"channel\":\"EMAIL\",\"sentAt\":\"2026-03-11T08:30:00Z\"");
                field(json, "interviewer", text(Text.MAX_SHORT));
                field(json, "message", text(Text.MAX_LONG));
            } else {
                json.append(",\"interviewId\":\"").append(INTERVIEW).append("\",\"round\":1,\"endedAt\":\"2026-03-10T14:00:00Z\",")
                        .append("\"decision\":{\"kind\":\"NONE\",\"date\":null},\"interviewers\":[");
                int people = random.nextInt(3);
                for (int i = 0; i < people; i++) {
                    json.append(i == 0 ? "{\"title\":" : ",{\"title\":");
                    value(json, text(Text.MAX_SHORT));
                    field(json, "name", text(Text.MAX_SHORT));
                    field(json, "email", random.nextInt(4) == 0 ? null : ADDRESSES[random.nextInt(ADDRESSES.length)]);
                    json.append('}');
                }
                json.append(']');
            }
            return json.append('}').toString();
        }

        /** Mostly plain text, now and then a nasty character, an empty value, a null or a length near the bound. */
        private @Nullable String text(int bound) {
            int choice = random.nextInt(10);
            if (choice == 0) {
                return null;
            }
            int length = switch (choice) {
                case 1 -> 0;
                case 2 -> bound - 2 + random.nextInt(5);
                case 3 -> bound / 3 - 2 + random.nextInt(5);
                default -> 1 + random.nextInt(30);
            };
            boolean nasty = random.nextInt(3) == 0;
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(nasty || random.nextInt(50) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)]
                        : 'a' + random.nextInt(26));
            }
            return text.toString();
        }

        private static void field(StringBuilder json, String name, @Nullable String value) {
            json.append(",\"").append(name).append("\":");
            value(json, value);
        }

        /** Written as Jackson writes strings, except that unpaired surrogates (which Jackson cannot write) are escaped. */
        private static void value(StringBuilder json, @Nullable String value) {
            if (value == null) {
                json.append("null");
                return;
            }
            json.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"' || c == '\\') {
                    json.append('\\').append(c);
                } else if (c == '\n') {
                    json.append("\\n");
                } else if (c == '\t') {
                    json.append("\\t");
                } else if (c < 0x20) {
                    json.append(String.format("\\u%04x", (int) c));
                } else if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    json.append(c).append(value.charAt(++i));
                } else if (Character.isSurrogate(c)) {
                    json.append(String.format("\\u%04x", (int) c));
                } else {
                    json.append(c);
                }
            }
            json.append('"');
        }
    }

    @Nested
    @DisplayName("it knows every text field of every event")
    class EveryField {

        @Test
        void everyTextComponentOfEveryEventRecordHasItsRule() {
            List<Class<?>> events = new ArrayList<>();
            events.addAll(Arrays.asList(OpportunityEvent.class.getPermittedSubclasses()));
            events.addAll(Arrays.asList(CandidateEvent.class.getPermittedSubclasses()));
            for (Class<?> event : events) {
                List<String> text = textComponents(event);
                StoredTextUpcaster.Shape shape = StoredTextUpcaster.SHAPES.get(event.getName());
                if (text.isEmpty()) {
                    assertThat(shape).as(event.getSimpleName() + " holds no text").isNull();
                    continue;
                }
                assertThat(shape).as(event.getSimpleName() + " holds text: " + text).isNotNull();
                assertThat(shape.text().fields()).extracting(Field::name).as(event.getSimpleName())
                        .containsExactlyInAnyOrderElementsOf(text);
            }
            ListOf interviewers = (ListOf) StoredTextUpcaster.SHAPES.get(HELD).text().fields().getFirst();
            assertThat(interviewers.fields()).extracting(Field::name).containsExactlyInAnyOrderElementsOf(textComponents(Interviewer.class));
        }

        @Test
        void everyTextComponentOfTheRecordsInsideEventsHasItsRule() {
            List<Class<?>> events = new ArrayList<>();
            events.addAll(Arrays.asList(OpportunityEvent.class.getPermittedSubclasses()));
            events.addAll(Arrays.asList(CandidateEvent.class.getPermittedSubclasses()));
            for (Class<?> event : events) {
                StoredTextUpcaster.Shape shape = StoredTextUpcaster.SHAPES.get(event.getName());
                if (shape != null) {
                    nestedFieldsMatch(event, shape.text().fields());
                }
            }
        }

        /** Each list or object field names the text of the records it holds, all the way down. */
        private static void nestedFieldsMatch(Class<?> record, List<Field> fields) {
            assertThat(fields).extracting(Field::name).as(record.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(textComponents(record));
            for (Field field : fields) {
                RecordComponent component = Arrays.stream(record.getRecordComponents())
                        .filter(candidate -> candidate.getName().equals(field.name())).findFirst().orElseThrow();
                switch (field) {
                    case ListOf list -> nestedFieldsMatch(elementType(component), list.fields());
                    case ObjectOf nested -> nestedFieldsMatch(component.getType(), nested.fields());
                    default -> assertThat(component.getType()).as(record.getSimpleName() + "." + field.name())
                            .isEqualTo(String.class);
                }
            }
        }

        /** Strings, and lists of records or records that hold text themselves. */
        private static List<String> textComponents(Class<?> record) {
            return Arrays.stream(record.getRecordComponents())
                    .filter(component -> holdsText(component.getType() == List.class ? elementType(component) : component.getType()))
                    .map(RecordComponent::getName)
                    .toList();
        }

        /** A region is stored as its code (DomainJacksonModule) and read by its own strict parser, not as text. */
        private static boolean holdsText(Class<?> type) {
            return type == String.class || type.isRecord() && type != Region.class && !textComponents(type).isEmpty();
        }

        private static Class<?> elementType(RecordComponent list) {
            return (Class<?>) ((ParameterizedType) list.getGenericType()).getActualTypeArguments()[0];
        }
    }

    private static IntermediateEventRepresentation upcast(String type, @Nullable String revision, String json) {
        List<IntermediateEventRepresentation> upcast = CHAIN.upcast(Stream.of(initial(type, revision, json))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.getFirst();
    }
}
