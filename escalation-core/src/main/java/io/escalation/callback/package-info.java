/**
 * Business calendars and callbacks: {@link io.escalation.callback.BusinessCalendar} (zones,
 * shifts, overrides, holidays; business-time arithmetic), Japanese national holidays and holiday
 * files, and the callback planner that says when a responder can call, what to promise, when to
 * remind and which alternatives to offer.
 */
@NullMarked
package io.escalation.callback;

import org.jspecify.annotations.NullMarked;
