/** Internal: dictionary-free text terms for case search. Not part of the API. */
@NullMarked
package io.escalation.internal.text;

import org.jspecify.annotations.NullMarked;
