package io.escalation.internal.json;

import io.escalation.model.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * The JSON form of a {@link LocalizedText}: a string for a language-neutral text, else an object of
 * canonical language tags to texts in the text's order (the first is the default), e.g.
 * {@code {"ja":"メールの設定に失敗する","en":"mail setup failing"}}. Each value has one form only: the
 * object form of a neutral text ({@code {"und":...}}) is refused.
 */
final class LocalizedTextMapping {

    private LocalizedTextMapping() {}

    /** Writes localized texts. */
    static final class Serializer extends ValueSerializer<LocalizedText> {
        @Override
        public void serialize(LocalizedText value, JsonGenerator gen, SerializationContext ctxt) {
            if (value.isNeutral()) {
                gen.writeString(value.texts().get(Locale.ROOT));
                return;
            }
            gen.writeStartObject();
            for (Map.Entry<Locale, String> e : value.texts().entrySet()) {
                gen.writeStringProperty(e.getKey().toLanguageTag(), e.getValue());
            }
            gen.writeEndObject();
        }
    }

    /** Reads localized texts strictly. */
    static final class Deserializer extends ValueDeserializer<LocalizedText> {
        @Override
        public LocalizedText deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                return LocalizedText.of(p.getString());
            }
            if (!p.hasToken(JsonToken.START_OBJECT)) {
                return (LocalizedText) ctxt.handleUnexpectedToken(LocalizedText.class, p);
            }
            Map<Locale, String> texts = new LinkedHashMap<>();
            for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String tag = p.currentName();
                Locale locale = null;
                if (tag.length() <= 35 && !tag.equals("und")) {
                    try {
                        locale = new Locale.Builder().setLanguageTag(tag).build();
                    } catch (java.util.IllformedLocaleException e) {
                        locale = null;
                    }
                }
                if (locale == null || !locale.toLanguageTag().equals(tag) || locale.getLanguage().isEmpty()) {
                    return (LocalizedText) ctxt.handleWeirdKey(LocalizedText.class, tag,
                            "expected a canonical language tag such as ja or zh-TW");
                }
                if (p.nextToken() != JsonToken.VALUE_STRING) {
                    return (LocalizedText) ctxt.handleUnexpectedToken(String.class, p);
                }
                texts.put(locale, p.getString());
            }
            return LocalizedText.of(texts);
        }
    }
}
