package org.followthrough.domain.shared;

/**
 * Which clock an "as it stood" view reads: when things happened ({@link #OCCURRED}; a backdated entry counts from its
 * own time) or when the app was told of them ({@link #RECORDED}; what the app knew then).
 */
public enum Basis { OCCURRED, RECORDED }
