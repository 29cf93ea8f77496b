package org.followthrough.analytics.survival;

/**
 * One drop of the curve: on {@code day}, {@code replies} of the {@code atRisk} interviews still waiting heard back,
 * and the share still waiting fell to {@code survival}.
 */
public record SurvivalStep(int day, double survival, int atRisk, int replies) {
}
