package org.followthrough.infra.axon.upcasting;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.InterviewNotesRecorded;
import org.followthrough.domain.opportunity.InterviewerNotes;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.infra.testing.EventFixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored before the next-steps flag on thank-yous and the notes per interviewer existed (golden JSON in
 * {@code src/test/resources/events/}) are still read, with the new fields at their defaults: no upcaster is needed,
 * since a missing field reads as false or as an empty list.
 */
class EventsStoredBeforeIssue10Test {

    private static final Jackson3Serializer SERIALIZER = StoredEvents.SERIALIZER;

    @Test
    void aThankYouStoredWithoutTheFlagDidNotAskAboutNextSteps() {
        ThankYouSent read = read(ThankYouSent.class, "ThankYouSent-before-next-steps-flag.json");

        assertThat(read).isEqualTo(new ThankYouSent(EventFixtures.OPPORTUNITY, EventFixtures.CANDIDATE,
                EventFixtures.INTERVIEW, "Grace Hopper", Channel.EMAIL, Instant.parse("2026-03-10T18:00:00Z"),
                "Thank you for the conversation about compilers.", false));
    }

    @Test
    void notesStoredWithoutPerInterviewerNotesHaveNone() {
        InterviewNotesRecorded read = read(InterviewNotesRecorded.class, "InterviewNotesRecorded-before-per-interviewer.json");

        assertThat(read.perInterviewer()).isEmpty();
        assertThat(read).isEqualTo(new InterviewNotesRecorded(EventFixtures.OPPORTUNITY, EventFixtures.CANDIDATE,
                EventFixtures.INTERVIEW, "the system design part", null, "their on-call rota", "my Kafka migration",
                List.of(), Instant.parse("2026-03-10T19:00:00Z")));
    }

    @Test
    void todaysShapesKeepTheNewFields() {
        InterviewNotesRecorded notes = new InterviewNotesRecorded(EventFixtures.OPPORTUNITY, EventFixtures.CANDIDATE,
                EventFixtures.INTERVIEW, null, null, null, null, List.of(new InterviewerNotes("Grace Hopper", "compilers")),
                Instant.parse("2026-03-10T19:00:00Z"));
        SerializedObject<byte[]> stored = SERIALIZER.serialize(notes, byte[].class);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8))
                .contains("\"perInterviewer\":[{\"interviewer\":\"Grace Hopper\",\"notes\":\"compilers\"}]");
        assertThat((Object) SERIALIZER.deserialize(stored)).isEqualTo(notes);
    }

    private static <T> T read(Class<T> type, String fixture) {
        byte[] json = EventFixtures.json(fixture).getBytes(StandardCharsets.UTF_8);
        return SERIALIZER.deserialize(new SimpleSerializedObject<>(json, byte[].class,
                new SimpleSerializedType(type.getName(), null)));
    }
}
