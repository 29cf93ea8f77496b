/** Value types every part of the domain speaks: typed identifiers and rule violations. */
@NullMarked
package org.followthrough.domain.shared;

import org.jspecify.annotations.NullMarked;
