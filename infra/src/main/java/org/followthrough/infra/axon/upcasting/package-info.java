/** Reading events stored in an earlier shape: Axon upcasters, and the chain Axon's event store reads through. */
@NullMarked
package org.followthrough.infra.axon.upcasting;

import org.jspecify.annotations.NullMarked;
