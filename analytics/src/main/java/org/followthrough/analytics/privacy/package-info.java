/**
 * What protects a coach's pooled figures from differencing: counts perturbed with two-sided geometric noise (the
 * discrete Laplace mechanism of differential privacy), drawn deterministically from a server-held key so that asking
 * the same question again returns the same noise. Owner of the {@code figure_noise_key} table. See docs/privacy.md.
 */
@NullMarked
package org.followthrough.analytics.privacy;

import org.jspecify.annotations.NullMarked;
