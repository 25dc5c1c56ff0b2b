/**
 * Business calendars and callbacks: {@link io.escalation.callback.BusinessCalendar} (zones,
 * shifts, overrides, holidays; business-time arithmetic), Japanese national holidays and holiday
 * files, and the callback planner that says when a responder can call, what to promise (inside the
 * customer's window, outside {@linkplain io.escalation.callback.QuietHours quiet hours}, within a
 * horizon), when to remind, which alternatives to offer and, through
 * {@link io.escalation.callback.CallbackAttempts}, when to try again after a missed attempt.
 */
@NullMarked
package io.escalation.callback;

import org.jspecify.annotations.NullMarked;
