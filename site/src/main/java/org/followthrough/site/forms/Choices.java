package org.followthrough.site.forms;

import java.util.List;

/** The fixed choices of the record forms, worded for people. */
public final class Choices {

    public static final List<Choice> CHANNELS = List.of(new Choice("EMAIL", "E-mail"),
            new Choice("HANDWRITTEN", "Handwritten note"), new Choice("LINKEDIN", "LinkedIn"), new Choice("PHONE", "Phone"));

    public static final List<Choice> PURPOSES = List.of(new Choice("STATUS_CHECK", "Checking in on where things stand"),
            new Choice("NEXT_STEPS", "Asking about the next steps"),
            new Choice("ADDRESS_CONCERN", "Answering a concern or a question they raised"),
            new Choice("REITERATE", "Making a point again that I want them to remember"),
            new Choice("CLEAR_THE_AIR", "Telling them about another offer"),
            new Choice("THANKS_AFTER_OUTCOME", "Thanking them after the decision"));

    public static final List<Choice> REPLIES = List.of(new Choice("NEXT_ROUND", "They invited me to another round"),
            new Choice("OFFER", "They made me an offer"), new Choice("REJECTION", "They decided not to go ahead"),
            new Choice("NEEDS_INFO", "They asked for more information"), new Choice("CONCERN", "They raised a concern"),
            new Choice("UPDATE", "An update, no decision yet"));

    public static final List<Choice> OUTCOMES = List.of(new Choice("ACCEPTED_OFFER", "I accepted their offer"),
            new Choice("REJECTED", "They turned me down"), new Choice("WITHDRAWN", "I withdrew"),
            new Choice("GHOSTED", "They went silent; I am moving on"));

    public static final List<Choice> DECISIONS = List.of(new Choice("DATE", "They named a date"),
            new Choice("FEW_DAYS", "Within a few days"), new Choice("NONE", "They did not say"));

    private Choices() {
    }
}
