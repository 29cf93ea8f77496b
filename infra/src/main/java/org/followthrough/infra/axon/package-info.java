@NullMarked
package org.followthrough.infra.axon;

import org.jspecify.annotations.NullMarked;
