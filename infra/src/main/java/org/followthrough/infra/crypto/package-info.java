/**
 * Crypto-shredding: each candidate's personal fields in the event store are encrypted with a data key of their own
 * (AES-256-GCM), kept in {@code candidate_key} wrapped by the master key; erasure destroys the data key.
 */
@NullMarked
package org.followthrough.infra.crypto;

import org.jspecify.annotations.NullMarked;
