package org.followthrough.analytics.facts;

/** When the first thank-you for an interview went out, counted from the interview's end. */
public enum ThankYouTiming { WITHIN_24H, LATER, NONE }
