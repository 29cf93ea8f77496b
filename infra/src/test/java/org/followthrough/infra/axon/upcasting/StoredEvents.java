package org.followthrough.infra.axon.upcasting;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.followthrough.infra.json.DomainJacksonModule;
import org.followthrough.infra.testing.EventFixtures;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Stored events as the upcasters meet them, read with the payload settings of the app's serializer. */
final class StoredEvents {

    /** The payload settings of the app's serializer (AxonConfiguration); the stored JSON depends on nothing else. */
    static final Jackson3Serializer SERIALIZER = Jackson3Serializer.builder()
            .revisionResolver(new AnnotationRevisionResolver())
            .jsonMapperBuilderCustomizer(builder -> builder
                    .addModule(new DomainJacksonModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    private StoredEvents() {
    }

    /** A row as the JDBC storage engine hands it to the upcaster chain. */
    static IntermediateEventRepresentation initial(String type, @Nullable String revision, String json) {
        return initial(type, revision, json.getBytes(StandardCharsets.UTF_8));
    }

    static IntermediateEventRepresentation initial(String type, @Nullable String revision, byte[] json) {
        SerializedType serializedType = new SimpleSerializedType(type, revision);
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Opportunity", EventFixtures.OPPORTUNITY.toString(),
                1, "event-1", Instant.parse("2026-03-10T14:00:05Z"), serializedType.getName(), serializedType.getRevision(),
                json, "{}".getBytes(StandardCharsets.UTF_8)), SERIALIZER);
    }

    static String json(IntermediateEventRepresentation representation) {
        return new String(representation.getData(byte[].class).getData(), StandardCharsets.UTF_8);
    }
}
