package org.followthrough.application.projection;

import java.util.UUID;

/** A projection that can handle one stream again from the event store, which is what retrying a dead letter does. */
public interface Replayable {

    boolean replays(String processor);

    /** Handles the stream's whole history again, in the caller's transaction; throws if it still cannot. */
    void replay(String processor, UUID streamId);
}
