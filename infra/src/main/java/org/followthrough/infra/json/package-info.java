@NullMarked
package org.followthrough.infra.json;

import org.jspecify.annotations.NullMarked;
