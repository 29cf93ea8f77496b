/** Use cases around the domain: accounts, projections and the queries that read them. */
@NullMarked
package org.followthrough.application;

import org.jspecify.annotations.NullMarked;
