package org.followthrough.application.timeline;

import org.followthrough.domain.shared.CandidateId;

/** The candidate's opportunities, most recently opened first. */
public record FetchOpportunities(CandidateId candidateId) {
}
