package org.followthrough.infra.testing;

import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.infra.json.DomainJacksonModule;
import tools.jackson.databind.DeserializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The golden JSON of stored events ({@code src/test/resources/events/}), each as the {@code payload} column holds it,
 * and the event they describe. Tests that need several streams take the fixtures with ids of their own.
 */
public final class EventFixtures {

    public static final OpportunityId OPPORTUNITY = OpportunityId.of(UUID.fromString("6f1c9a52-3c1e-4d0b-9a55-1d7e8c2b4a10"));
    public static final CandidateId CANDIDATE = CandidateId.of(UUID.fromString("0b6a2f4e-8d3c-4e71-a5b9-2c4d6e8f0a12"));
    public static final InterviewId INTERVIEW = InterviewId.of(UUID.fromString("9c8b7a65-4321-4fed-8cba-987654321098"));

    /** The first released shape of InterviewHeld: interviewers as display lines, {@code statedDecision}. */
    public static final String INTERVIEW_HELD_REV_1 = "InterviewHeld-rev1.json";
    /** InterviewHeld as revision 2 stores it: the same interview as {@link #INTERVIEW_HELD_REV_1}. */
    public static final String INTERVIEW_HELD_REV_2 = "InterviewHeld-rev2.json";

    /** The payload settings of the app's serializer (AxonConfiguration); the stored JSON depends on nothing else. */
    public static final Jackson3Serializer SERIALIZER = Jackson3Serializer.builder()
            .revisionResolver(new AnnotationRevisionResolver())
            .jsonMapperBuilderCustomizer(builder -> builder
                    .addModule(new DomainJacksonModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    private EventFixtures() {
    }

    /** The fixture's JSON, without the file's final line break. */
    public static String json(String fixture) {
        try (InputStream in = EventFixtures.class.getResourceAsStream("/events/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture events/" + fixture);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's JSON about another opportunity, candidate and interview. */
    public static String json(String fixture, OpportunityId opportunity, CandidateId candidate, InterviewId interview) {
        return json(fixture)
                .replace(OPPORTUNITY.toString(), opportunity.toString())
                .replace(CANDIDATE.toString(), candidate.toString())
                .replace(INTERVIEW.toString(), interview.toString());
    }

    /** The interview both InterviewHeld fixtures describe, as today's record. */
    public static InterviewHeld interviewHeld(OpportunityId opportunity, CandidateId candidate, InterviewId interview) {
        return new InterviewHeld(opportunity, candidate, interview, 1,
                Instant.parse("2026-03-10T13:00:00Z"), Instant.parse("2026-03-10T14:00:00Z"),
                List.of(new Interviewer("Grace Hopper", "Engineering Manager", "grace@acme.example"),
                        new Interviewer("Alan Turing", null, null),
                        new Interviewer("Barbara Liskov", "VP, Platform & Data", "barbara@acme.example")),
                DecisionTimeline.by(LocalDate.of(2026, 3, 20)));
    }

    public static InterviewHeld interviewHeld() {
        return interviewHeld(OPPORTUNITY, CANDIDATE, INTERVIEW);
    }
}
