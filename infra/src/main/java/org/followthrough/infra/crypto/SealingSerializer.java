package org.followthrough.infra.crypto;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.UUID;

/**
 * The event store's serializer: today's JSON, with each candidate's personal fields sealed under their key before the
 * event is stored ({@link PersonalFields}). Reading goes through {@link PersonalFieldsUpcaster}, first in the chain;
 * everything else (metadata, tokens, types) is the wrapped serializer's.
 */
public final class SealingSerializer implements Serializer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Serializer json;
    private final CandidateKeys keys;

    public SealingSerializer(Serializer json, CandidateKeys keys) {
        this.json = json;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        SerializedType type = json.typeForClass(object == null ? Void.class : object.getClass());
        if (object == null || !PersonalFields.covers(type.getName())) {
            return json.serialize(object, expectedRepresentation);
        }
        SerializedObject<byte[]> plain = json.serialize(object, byte[].class);
        JsonNode tree = JSON.readTree(plain.getData());
        if (!(tree instanceof ObjectNode event)) {
            return json.serialize(object, expectedRepresentation);
        }
        UUID candidate = PersonalFields.owner(event);
        if (candidate == null || !PersonalFields.seal(event, type.getName(), candidate, keys.forWriting(candidate))) {
            return getConverter().convert(plain, expectedRepresentation);
        }
        SerializedObject<byte[]> sealed = new SimpleSerializedObject<>(JSON.writeValueAsBytes(event), byte[].class,
                plain.getType());
        return getConverter().convert(sealed, expectedRepresentation);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return json.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        return json.deserialize(serializedObject);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return json.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return json.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return json.getConverter();
    }
}
