/** Use cases around the domain, one package each, and the read models they ask (see docs/architecture.md). */
@NullMarked
package org.followthrough.application;

import org.jspecify.annotations.NullMarked;
