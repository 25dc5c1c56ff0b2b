package io.escalation.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.escalation.model.CallState;
import io.escalation.model.Category;
import io.escalation.model.ContactPoint;
import io.escalation.model.ContactWindow;
import io.escalation.model.Customer;
import io.escalation.model.CustomerRef;
import io.escalation.model.CustomerState;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationId;
import io.escalation.model.FreeText;
import io.escalation.model.IdempotencyKey;
import io.escalation.model.Inquiry;
import io.escalation.model.Operator;
import io.escalation.model.OperatorId;
import io.escalation.model.PersonName;
import io.escalation.model.SiteId;
import io.escalation.model.Skill;
import io.escalation.model.TenantId;
import io.escalation.model.Tier;
import io.escalation.model.Urgency;
import java.util.List;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/** Registers the model's mix-ins and inclusion rules on any Jackson 3 mapper. */
public final class ModelModule extends JacksonModule {

    private static final List<Class<?>> STRING_VALUES = List.of(EscalationId.class, TenantId.class,
            IdempotencyKey.class, OperatorId.class, CustomerRef.class, SiteId.class,
            FreeText.class, PersonName.class, io.escalation.model.ActorId.class);

    private static final List<Class<?>> OBJECTS = List.of(Escalation.class, Customer.class, Operator.class,
            Inquiry.class, CustomerState.class, Urgency.class, ContactPoint.class, ContactWindow.class,
            Category.class, Tier.class, Department.class, Skill.class, io.escalation.model.Reason.class,
            io.escalation.model.Reason.Arg.class, CallState.Live.class, CallState.OnHold.class,
            CallState.CallbackPromised.class, CallState.Ended.class);

    /** Creates the module. */
    public ModelModule() {}

    @Override
    public String getModuleName() {
        return "io.escalation.model";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        for (Class<?> type : STRING_VALUES) {
            context.setMixIn(type, ModelMixins.StringValue.class);
        }
        JsonInclude.Value nonNull = JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                JsonInclude.Include.NON_NULL);
        for (Class<?> type : OBJECTS) {
            context.configOverride(type).setInclude(nonNull);
        }
        for (io.escalation.lifecycle.Action action : io.escalation.lifecycle.Action.values()) {
            context.configOverride(action.changeType()).setInclude(nonNull);
        }
        context.addSerializers(new tools.jackson.databind.module.SimpleSerializers()
                .addSerializer(io.escalation.lifecycle.EscalationEvent.class, new EventMapping.Serializer())
                .addSerializer(io.escalation.model.LocalizedText.class, new LocalizedTextMapping.Serializer()));
        context.addDeserializers(new StrictScalars.Lookup()
                .addDeserializer(io.escalation.lifecycle.EscalationEvent.class, new EventMapping.Deserializer())
                .addDeserializer(io.escalation.model.LocalizedText.class, new LocalizedTextMapping.Deserializer())
                .addDeserializer(java.time.Instant.class, StrictScalars.instants())
                .addDeserializer(java.time.Duration.class, StrictScalars.durations())
                .addDeserializer(java.time.LocalTime.class, StrictScalars.localTimes())
                .addDeserializer(java.time.ZoneId.class, StrictScalars.zones())
                .addDeserializer(java.util.Locale.class, StrictScalars.locales()));
        context.setMixIn(Escalation.class, ModelMixins.EscalationMixin.class);
        context.setMixIn(Customer.class, ModelMixins.CustomerMixin.class);
        context.setMixIn(Urgency.class, ModelMixins.UrgencyMixin.class);
        context.setMixIn(ContactWindow.class, ModelMixins.ContactWindowMixin.class);
        context.setMixIn(CallState.class, ModelMixins.CallStateMixin.class);
        context.setMixIn(CallState.OnHold.class, ModelMixins.OnHoldMixin.class);
        context.setMixIn(CallState.CallbackPromised.class, ModelMixins.CallbackPromisedMixin.class);
    }
}
