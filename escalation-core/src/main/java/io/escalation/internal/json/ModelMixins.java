package io.escalation.internal.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Locale;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Jackson mix-ins for the model, so the model itself carries no Jackson annotation and hosts can
 * register the mapping on their own mapper.
 */
final class ModelMixins {

    private ModelMixins() {}

    /** Single-string value types (ids, codes, free text) are written as a JSON string. */
    abstract static class StringValue {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        StringValue(String value) {}

        @JsonValue
        abstract String value();
    }

    abstract static class EscalationMixin {
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        abstract Instant raisedAt();

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        abstract Duration handlingTime();
    }

    abstract static class CustomerMixin {
        @JsonSerialize(using = LocaleTagSerializer.class)
        abstract Locale locale();
    }

    abstract static class UrgencyMixin {
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        abstract Instant waitingSince();
    }

    abstract static class ContactWindowMixin {
        @JsonSerialize(using = StrictScalars.LocalTimeWriter.class)
        abstract LocalTime from();

        @JsonSerialize(using = StrictScalars.LocalTimeWriter.class)
        abstract LocalTime until();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "state")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = io.escalation.model.CallState.Live.class, name = "live"),
        @JsonSubTypes.Type(value = io.escalation.model.CallState.OnHold.class, name = "onHold"),
        @JsonSubTypes.Type(value = io.escalation.model.CallState.CallbackPromised.class, name = "callbackPromised"),
        @JsonSubTypes.Type(value = io.escalation.model.CallState.Ended.class, name = "ended")
    })
    interface CallStateMixin {}

    abstract static class OnHoldMixin {
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        abstract Instant since();
    }

    abstract static class CallbackPromisedMixin {
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        abstract Instant until();
    }
}
