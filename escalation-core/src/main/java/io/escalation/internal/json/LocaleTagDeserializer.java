package io.escalation.internal.json;

import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/** Reads a locale from a BCP 47 language tag; anything but a string is a type error. */
public final class LocaleTagDeserializer extends StdScalarDeserializer<Locale> {

    /** Creates the deserializer. */
    public LocaleTagDeserializer() {
        super(Locale.class);
    }

    @Override
    public Locale deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (Locale) ctxt.handleUnexpectedToken(Locale.class, p);
        }
        return Locale.forLanguageTag(p.getString());
    }
}
