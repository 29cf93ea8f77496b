package org.followthrough.domain.candidate;

import org.followthrough.domain.shared.NotFound;

/** A confirmation for an address the candidate has no pending (or active) share with: nothing to confirm. */
public class NoPendingShare extends NotFound {

    public NoPendingShare() {
        super("pending share");
    }
}
