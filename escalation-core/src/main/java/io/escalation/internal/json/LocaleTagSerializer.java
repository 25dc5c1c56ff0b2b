package io.escalation.internal.json;

import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/** Writes a locale as its BCP 47 language tag ({@code ja-JP}), not {@code ja_JP}. */
public final class LocaleTagSerializer extends StdScalarSerializer<Locale> {

    /** Creates the serializer. */
    public LocaleTagSerializer() {
        super(Locale.class);
    }

    @Override
    public void serialize(Locale value, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
        gen.writeString(value.toLanguageTag());
    }
}
