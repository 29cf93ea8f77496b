package org.followthrough.application.rebuild;

/**
 * A projection Axon cannot replay, because a subscribing processor keeps it (current within the command's own
 * transaction): it rebuilds itself from the event store when asked.
 */
public interface DirectRebuild {

    String name();

    void rebuild();
}
