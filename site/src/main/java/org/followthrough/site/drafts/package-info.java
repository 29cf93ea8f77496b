/**
 * Message drafts for the follow-up rules: plain-text jte templates written from the candidate's own notes, and the
 * subject, body and {@code mailto:} link they make.
 */
@NullMarked
package org.followthrough.site.drafts;

import org.jspecify.annotations.NullMarked;
