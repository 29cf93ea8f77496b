package org.followthrough.domain.opportunity;

/**
 * Why the candidate wrote or called after the thank-you. {@code ADDRESS_CONCERN} answers a concern or a request for
 * information; {@code CONNECT} is a LinkedIn connection request, a courtesy rather than a request for news.
 */
public enum FollowUpPurpose {
    STATUS_CHECK, NEXT_STEPS, REITERATE, CLEAR_THE_AIR, ADDRESS_CONCERN, CONNECT, THANKS_AFTER_OUTCOME;

    /** A message that asks the employer for news: it counts as the candidate's last contact. */
    public boolean asksForNews() {
        return switch (this) {
            case STATUS_CHECK, NEXT_STEPS, CLEAR_THE_AIR, ADDRESS_CONCERN -> true;
            case REITERATE, CONNECT, THANKS_AFTER_OUTCOME -> false;
        };
    }
}
