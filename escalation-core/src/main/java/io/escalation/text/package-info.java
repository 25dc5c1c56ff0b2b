/**
 * Every text the SDK shows, in the reader's language: {@link io.escalation.text.Texts} holds the
 * built-in Japanese and English wording of terms, reasons, briefings, handover sheets and callback
 * promises, and takes a host's own languages and wording.
 */
@NullMarked
package io.escalation.text;

import org.jspecify.annotations.NullMarked;
