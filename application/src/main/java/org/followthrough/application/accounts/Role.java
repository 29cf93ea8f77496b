package org.followthrough.application.accounts;

/** What a signed-in person may do: follow up (candidate), read shared aggregates (coach), run the app (admin). */
public enum Role { CANDIDATE, COACH, ADMIN }
