package org.followthrough.domain.opportunity;

/** How a message reached the employer. */
public enum Channel { EMAIL, HANDWRITTEN, LINKEDIN, PHONE }
