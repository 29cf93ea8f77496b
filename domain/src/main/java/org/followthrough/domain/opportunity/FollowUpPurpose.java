package org.followthrough.domain.opportunity;

/** Why the candidate wrote or called after the thank-you. */
public enum FollowUpPurpose { STATUS_CHECK, NEXT_STEPS, REITERATE, CLEAR_THE_AIR, THANKS_AFTER_OUTCOME }
