/** What a message draft is made from: the action, the candidate's own notes, and what to check the text against. */
@NullMarked
package org.followthrough.application.drafts;

import org.jspecify.annotations.NullMarked;
