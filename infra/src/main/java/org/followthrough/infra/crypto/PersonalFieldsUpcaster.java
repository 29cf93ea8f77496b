package org.followthrough.infra.crypto;

import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.SecretKey;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The first upcaster of the chain: opens the sealed personal fields ({@link PersonalFields}) with the candidate's key,
 * or puts the placeholders in when the key was destroyed, so that every later upcaster and the event records see
 * plain JSON. Only events whose bytes hold a sealed field are parsed.
 */
public final class PersonalFieldsUpcaster extends SingleEventUpcaster {

    private final Function<UUID, Optional<SecretKey>> keys;

    public PersonalFieldsUpcaster(Function<UUID, Optional<SecretKey>> keys) {
        this.keys = keys;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        if (!PersonalFields.covers(representation.getType().getName())) {
            return false;
        }
        return representation.getContentType() != byte[].class
                || PersonalFields.maySealFields(representation.getData(byte[].class).getData());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        return representation.upcastPayload(representation.getType(), ObjectNode.class,
                stored -> PersonalFields.open(stored.deepCopy(), type, keys));
    }
}
