package org.followthrough.domain.opportunity;

/** How an opportunity ended. */
public enum Outcome { ACCEPTED_OFFER, REJECTED, WITHDRAWN, GHOSTED }
