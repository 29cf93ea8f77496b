@NullMarked
package org.followthrough.infra.persistence;

import org.jspecify.annotations.NullMarked;
