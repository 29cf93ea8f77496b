package org.followthrough.domain.candidate;

/** Where a candidate's share with one coach stands: waiting for the candidate to confirm the coach's name, or shown. */
public enum CoachShareStatus { PENDING, ACTIVE }
