/** Benchmarks run by hand, outside the test suite; their figures go into docs/benchmarks.md. */
@NullMarked
package org.followthrough.bench;

import org.jspecify.annotations.NullMarked;
