package org.followthrough.application.projection;

import java.util.List;

/**
 * A read model kept by a streaming event processor, as a rebuild needs to know it: its processing group and every
 * table it owns, which a rebuild builds afresh and swaps in whole.
 */
public interface StreamingProjection {

    /** Its processing group. */
    String name();

    /** The tables it owns, all of them. */
    List<String> tables();
}
