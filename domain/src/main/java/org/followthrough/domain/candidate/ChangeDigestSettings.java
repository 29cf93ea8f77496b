package org.followthrough.domain.candidate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;

import java.time.LocalTime;

/** The candidate turns the morning digest on or off, or picks the time of day (their own zone) it arrives at. */
public record ChangeDigestSettings(@TargetAggregateIdentifier CandidateId candidateId, boolean enabled, LocalTime at) {
}
