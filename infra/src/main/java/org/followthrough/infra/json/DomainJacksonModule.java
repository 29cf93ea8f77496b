package org.followthrough.infra.json;

import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.Identifier;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

import java.util.UUID;
import java.util.function.Function;

/**
 * Writes the domain's value types as plain strings, so stored events, the export and the API read
 * {@code "opportunityId": "6f1c…"} rather than {@code {"value": "6f1c…"}}. Used by Axon's serializer and by
 * the web layer alike, so both agree on the shape of an event.
 */
public class DomainJacksonModule extends SimpleModule {

    public DomainJacksonModule() {
        super("followthrough-domain");
        identifier(OpportunityId.class, OpportunityId::of);
        identifier(CandidateId.class, CandidateId::of);
        identifier(InterviewId.class, InterviewId::of);
        addSerializer(Region.class, new ValueSerializer<>() {
            @Override
            public void serialize(Region value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(value.code());
            }
        });
        addDeserializer(Region.class, new ValueDeserializer<>() {
            @Override
            public Region deserialize(JsonParser parser, DeserializationContext context) {
                return Region.parse(parser.getValueAsString());
            }
        });
    }

    private <T extends Identifier> void identifier(Class<T> type, Function<UUID, T> factory) {
        addSerializer(type, new ValueSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(value.value().toString());
            }
        });
        addDeserializer(type, new ValueDeserializer<>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) {
                String text = parser.getValueAsString();
                try {
                    return factory.apply(UUID.fromString(text));
                } catch (IllegalArgumentException | NullPointerException e) {
                    return context.reportInputMismatch(type, "'%s' is not an id", text);
                }
            }
        });
    }
}
