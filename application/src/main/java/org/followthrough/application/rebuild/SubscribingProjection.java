package org.followthrough.application.rebuild;

import org.axonframework.config.ProcessingGroup;

import java.util.List;

/**
 * A projection kept by a subscribing processor: its rows change in the same transaction as the event, so the very next
 * request already reads them. Axon cannot replay it; {@link SubscribingRebuilds} rebuilds it from the candidates'
 * streams instead. Implementing this is all a projection does to be processed, and rebuilt, that way.
 */
public interface SubscribingProjection {

    /** Its processing group, as its {@code @ProcessingGroup} names it. */
    default String processingGroup() {
        return getClass().getAnnotation(ProcessingGroup.class).value();
    }

    /** The tables it owns, emptied before a rebuild. */
    List<String> tables();
}
