package org.followthrough.application.projection;

import org.followthrough.domain.shared.OpportunityId;

/**
 * An entry was recorded, but a read model will not show it soon for a reason other than load: the entry's stream is
 * parked as a dead letter, or the processor is failing. Waiting would only hold the request; the caller says so.
 */
public class ProjectionStalled extends RuntimeException {

    private final String processor;
    private final OpportunityId opportunityId;
    private final long sequence;
    private final boolean parked;

    public ProjectionStalled(String processor, OpportunityId opportunityId, long sequence, boolean parked) {
        super(parked
                ? "Entry " + sequence + " of opportunity " + opportunityId + " is recorded, but the " + processor
                  + " view has set this opportunity aside after an error and shows it only once an administrator has"
                  + " retried it."
                : "Entry " + sequence + " of opportunity " + opportunityId + " is recorded, but the " + processor
                  + " view is failing at the moment and shows it later.");
        this.processor = processor;
        this.opportunityId = opportunityId;
        this.sequence = sequence;
        this.parked = parked;
    }

    public String processor() {
        return processor;
    }

    public OpportunityId opportunityId() {
        return opportunityId;
    }

    public long sequence() {
        return sequence;
    }

    /** Parked as a dead letter (until an admin acts), rather than a processor failing (which may pass by itself). */
    public boolean parked() {
        return parked;
    }
}
