package org.followthrough.domain.followup;

/** How much an action matters if several are due together. */
public enum Priority { HIGH, NORMAL, LOW }
