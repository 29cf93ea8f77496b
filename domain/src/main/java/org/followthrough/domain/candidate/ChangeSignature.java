package org.followthrough.domain.candidate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.followthrough.domain.shared.CandidateId;
import org.jspecify.annotations.Nullable;

/** The candidate sets how their messages end: phone, e-mail, a profile link; all absent clears it. */
public record ChangeSignature(@TargetAggregateIdentifier CandidateId candidateId, @Nullable String phone,
                              @Nullable String email, @Nullable String profileUrl) {
}
