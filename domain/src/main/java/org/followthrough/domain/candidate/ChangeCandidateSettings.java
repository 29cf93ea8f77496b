package org.followthrough.domain.candidate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.shared.CandidateId;

import java.time.ZoneId;

/** The candidate changes where they live (time zone, holidays) or the numbers of their follow-up policy. */
public record ChangeCandidateSettings(@TargetAggregateIdentifier CandidateId candidateId, ZoneId timeZone, Region region,
                                      FollowUpPolicy policy) {
}
