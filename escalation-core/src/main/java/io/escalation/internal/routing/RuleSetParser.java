package io.escalation.internal.routing;

import io.escalation.internal.validation.FrozenList;

import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.FaultAttribution;
import io.escalation.model.ModelLimits;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import io.escalation.model.Tier;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingMode;
import io.escalation.routing.RoutingPolicy;
import io.escalation.routing.RuleSetException;
import io.escalation.routing.Staffing;
import io.escalation.routing.TierLadder;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a rule set from JSON, validating every part and reporting the first problem with the
 * rule and the JSON pointer. See {@code io.escalation.routing.RoutingPolicies#fromJson} for the format.
 */
public final class RuleSetParser {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern CODE = Pattern.compile(ModelLimits.CODE);
    private static final Set<String> TOP = Set.of("name", "tiers", "rules", "otherwise");
    private static final Set<String> RULE = Set.of("name", "when", "then", "because");
    private static final Set<String> WHEN = Set.of("temperatureAtLeast", "kindIn", "handlingTimeOver", "experienceIs",
            "categoryIn", "faultIs", "demandedSupervisor", "repeatContactsAtLeast", "timeOfDayIn");
    private static final Set<String> THEN = Set.of("tier", "mode", "priority", "department");
    private static final int MAX_RULES = 1000;
    private static final int MAX_CHARS = 1 << 20;
    private static final int MAX_QUOTED = 64;

    private final Map<String, Tier> tiers = new HashMap<>();
    private int ruleIndex = -1;
    private @Nullable String ruleName;

    private RuleSetParser() {
        for (Tier t : TierLadder.standard().tiers()) {
            tiers.put(t.code(), t);
        }
    }

    /**
     * Parses a rule set.
     *
     * @param json the rule set, not null (the caller checks)
     * @return the policy
     * @throws RuleSetException naming the rule and pointer of the first problem
     */
    public static RoutingPolicy parse(String json) {
        if (json.length() > MAX_CHARS) {
            throw new RuleSetException("", -1, null, "a rule set may have at most " + MAX_CHARS
                    + " characters, but has " + json.length());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            var loc = e.getLocation();
            throw new RuleSetException("", -1, null, "not well-formed JSON"
                    + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr()));
        }
        return new RuleSetParser().ruleSet(root);
    }

    private RuleSetException error(String pointer, String problem) {
        return new RuleSetException(pointer, ruleIndex, ruleName, problem);
    }

    private void onlyKeys(JsonNode node, String pointer, Set<String> allowed) {
        if (!node.isObject()) {
            throw error(pointer, "must be an object");
        }
        Iterator<String> names = node.propertyNames().iterator();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw error(pointer + "/" + escape(n), "unknown key; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static String escape(String name) {
        String safe = name.replace("~", "~0").replace("/", "~1");
        return safe.length() > 64 ? safe.substring(0, 64) + "..." : safe;
    }

    private String code(JsonNode node, String pointer) {
        if (node == null || !node.isString() || !CODE.matcher(node.asString()).matches()) {
            throw error(pointer, ModelLimits.CODE_MESSAGE + ", but was " + given(node));
        }
        return node.asString();
    }

    private RoutingPolicy ruleSet(JsonNode root) {
        onlyKeys(root, "", TOP);
        String name = code(root.get("name"), "/name");
        JsonNode tiersNode = root.get("tiers");
        if (tiersNode != null) {
            customTiers(tiersNode);
        }
        JsonNode rulesNode = root.get("rules");
        if (rulesNode == null || !rulesNode.isArray()) {
            throw error("/rules", "must be an array of rules");
        }
        if (rulesNode.size() > MAX_RULES) {
            throw error("/rules", "at most " + MAX_RULES + " rules, but got " + rulesNode.size());
        }
        List<RuleSetPolicy.Rule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rulesNode.size(); i++) {
            ruleIndex = i;
            ruleName = null;
            RuleSetPolicy.Rule rule = rule(rulesNode.get(i), "/rules/" + i, name);
            if (!names.add(rule.name())) {
                throw error("/rules/" + i + "/name", "duplicate rule name");
            }
            rules.add(rule);
        }
        ruleIndex = -1;
        ruleName = null;
        RoutingPolicy otherwise = otherwise(root.get("otherwise"), name);
        return new RuleSetPolicy(name, rules, otherwise);
    }

    private void customTiers(JsonNode node) {
        if (!node.isArray()) {
            throw error("/tiers", "must be an array of {code, rank}");
        }
        for (int i = 0; i < node.size(); i++) {
            String p = "/tiers/" + i;
            JsonNode t = node.get(i);
            onlyKeys(t, p, Set.of("code", "rank"));
            String code = code(t.get("code"), p + "/code");
            JsonNode rank = t.get("rank");
            if (rank == null || !rank.isInt() || rank.asInt() < 0 || rank.asInt() > 1000) {
                throw error(p + "/rank", "must be an integer between 0 and 1000");
            }
            if (tiers.containsKey(code)) {
                throw error(p + "/code", "the tier " + code + " is already defined; custom tiers need new codes");
            }
            tiers.put(code, Tier.of(code, rank.asInt()));
        }
    }

    private RuleSetPolicy.Rule rule(JsonNode node, String p, String setName) {
        onlyKeys(node, p, RULE);
        String name = code(node.get("name"), p + "/name");
        ruleName = name;
        JsonNode when = node.get("when");
        List<BiPredicate<Escalation, RoutingContext>> conditions = when == null ? List.of() : conditions(when, p + "/when");
        JsonNode then = node.get("then");
        if (then == null) {
            throw error(p + "/then", "a rule needs an action");
        }
        RuleSetPolicy.Action action = action(then, p + "/then");
        Reason reason = reason(node.get("because"), p + "/because", name, setName);
        return new RuleSetPolicy.Rule(name, conditions, action, reason);
    }

    private Reason reason(@Nullable JsonNode because, String p, String name, String setName) {
        if (because == null) {
            return Reason.of(name, setName + "/" + name).with("rule", name);
        }
        if (!because.isObject() || because.isEmpty()) {
            throw error(p, "must be an object of language tags to texts, e.g. {\"ja\": \"...\", \"en\": \"...\"}");
        }
        java.util.Map<java.util.Locale, String> texts = new java.util.LinkedHashMap<>();
        for (var e : because.properties()) {
            String tag = e.getKey();
            String at = tag.matches("[A-Za-z0-9-]{1,35}") ? p + "/" + tag : p + "/(tag withheld)";
            java.util.Locale locale;
            try {
                locale = new java.util.Locale.Builder().setLanguageTag(tag).build();
            } catch (java.util.IllformedLocaleException ex) {
                throw error(at, "must be a well-formed BCP 47 language tag");
            }
            if (!locale.toLanguageTag().equals(tag) || locale.getLanguage().isEmpty()) {
                throw error(at, "must be a language tag in its canonical form, e.g. ja or zh-TW");
            }
            texts.put(locale, text(e.getValue(), at));
        }
        return Reason.of(name, setName + "/" + name, io.escalation.model.LocalizedText.of(texts));
    }

    private String text(@Nullable JsonNode node, String p) {
        if (node == null || !node.isString() || node.asString().isBlank()
                || node.asString().length() > ModelLimits.LABEL_MAX) {
            throw error(p, "must be a non-blank string of at most " + ModelLimits.LABEL_MAX + " characters");
        }
        return node.asString();
    }

    private <E extends Enum<E>> E enumValue(@Nullable JsonNode node, String p, Class<E> type) {
        if (node != null && node.isString()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(node.asString())) {
                    return constant;
                }
            }
        }
        throw error(p, "must be one of " + EnumSet.allOf(type) + ", but was " + given(node));
    }

    /** Describes a rejected value of the rule set (configuration, not personal data), shortened. */
    private static String given(@Nullable JsonNode node) {
        if (node == null) {
            return "missing";
        }
        if (!node.isString()) {
            return "a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }
        String text = node.asString();
        return "\"" + (text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text) + "\"";
    }

    private <E extends Enum<E>> Set<E> enumSet(JsonNode node, String p, Class<E> type) {
        if (!node.isArray() || node.isEmpty()) {
            throw error(p, "must be a non-empty array of " + EnumSet.allOf(type));
        }
        Set<E> out = EnumSet.noneOf(type);
        for (int i = 0; i < node.size(); i++) {
            out.add(enumValue(node.get(i), p + "/" + i, type));
        }
        return out;
    }

    private List<BiPredicate<Escalation, RoutingContext>> conditions(JsonNode when, String p) {
        onlyKeys(when, p, WHEN);
        List<BiPredicate<Escalation, RoutingContext>> out = new ArrayList<>();
        for (Iterator<String> it = when.propertyNames().iterator(); it.hasNext();) {
            String key = it.next();
            JsonNode v = when.get(key);
            String q = p + "/" + key;
            switch (key) {
                case "temperatureAtLeast" -> {
                    Temperature t = enumValue(v, q, Temperature.class);
                    out.add((e, c) -> e.customerState().temperature().isAtLeast(t));
                }
                case "kindIn" -> {
                    Set<RequestKind> kinds = enumSet(v, q, RequestKind.class);
                    out.add((e, c) -> kinds.contains(e.inquiry().kind()));
                }
                case "handlingTimeOver" -> {
                    Duration d = duration(v, q);
                    out.add((e, c) -> c.handlingTimeOf(e).compareTo(d) > 0);
                }
                case "experienceIs" -> {
                    Set<ExperienceLevel> levels = enumSet(v, q, ExperienceLevel.class);
                    out.add((e, c) -> levels.contains(c.operatorOf(e).experience()));
                }
                case "categoryIn" -> {
                    Set<String> codes = codes(v, q);
                    out.add((e, c) -> e.inquiry().category() != null && codes.contains(e.inquiry().category().code()));
                }
                case "faultIs" -> {
                    Set<FaultAttribution> faults = enumSet(v, q, FaultAttribution.class);
                    out.add((e, c) -> faults.contains(e.fault()));
                }
                case "demandedSupervisor" -> {
                    if (!v.isBoolean()) {
                        throw error(q, "must be true or false");
                    }
                    boolean wanted = v.asBoolean();
                    out.add((e, c) -> e.customerState().demandedSupervisor() == wanted);
                }
                case "repeatContactsAtLeast" -> {
                    if (!v.isInt() || v.asInt() < 0 || v.asInt() > 999) {
                        throw error(q, "must be an integer between 0 and 999");
                    }
                    int n = v.asInt();
                    out.add((e, c) -> e.customerState().urgency().repeatContacts() >= n);
                }
                case "timeOfDayIn" -> out.add(timeOfDay(v, q));
                default -> throw error(q, "unknown condition");
            }
        }
        return out;
    }

    private Duration duration(JsonNode v, String q) {
        if (!v.isString()) {
            throw error(q, "must be an ISO-8601 duration such as PT15M, but was " + given(v));
        }
        try {
            Duration d = Duration.parse(v.asString());
            if (d.isNegative()) {
                throw error(q, "must not be negative, but was " + given(v));
            }
            return d;
        } catch (DateTimeParseException e) {
            throw error(q, "must be an ISO-8601 duration such as PT15M, but was " + given(v));
        }
    }

    private Set<String> codes(JsonNode v, String q) {
        if (!v.isArray() || v.isEmpty()) {
            throw error(q, "must be a non-empty array of category codes");
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(code(v.get(i), q + "/" + i));
        }
        return Set.copyOf(out);
    }

    private BiPredicate<Escalation, RoutingContext> timeOfDay(JsonNode v, String q) {
        onlyKeys(v, q, Set.of("from", "to", "zone"));
        LocalTime from = time(v.get("from"), q + "/from");
        LocalTime to = time(v.get("to"), q + "/to");
        if (from.equals(to)) {
            throw error(q + "/to", "must differ from 'from'");
        }
        ZoneId zone = v.get("zone") == null ? null : zone(v.get("zone"), q + "/zone");
        return (e, c) -> {
            LocalTime now = c.now().atZone(zone != null ? zone : c.zone()).toLocalTime();
            return from.isBefore(to) ? !now.isBefore(from) && now.isBefore(to) : !now.isBefore(from) || now.isBefore(to);
        };
    }

    private ZoneId zone(JsonNode v, String q) {
        if (v.isString()) {
            try {
                return ZoneId.of(v.asString());
            } catch (DateTimeException e) {
                // reported below
            }
        }
        throw error(q, "must be a time-zone id such as Asia/Tokyo, but was " + given(v));
    }

    private LocalTime time(@Nullable JsonNode v, String q) {
        if (v == null || !v.isString()) {
            throw error(q, "must be a local time such as 22:00, but was " + given(v));
        }
        try {
            return LocalTime.parse(v.asString());
        } catch (DateTimeParseException e) {
            throw error(q, "must be a local time such as 22:00, but was " + given(v));
        }
    }

    private RuleSetPolicy.Action action(JsonNode then, String p) {
        onlyKeys(then, p, THEN);
        String tierCode = code(then.get("tier"), p + "/tier");
        Tier tier = tiers.get(tierCode);
        if (tier == null) {
            throw error(p + "/tier", "unknown tier; known: " + new java.util.TreeSet<>(tiers.keySet())
                    + " (declare custom tiers under /tiers)");
        }
        RoutingMode mode = enumValue(then.get("mode"), p + "/mode", RoutingMode.class);
        Priority priority = then.get("priority") == null ? Priority.NORMAL
                : enumValue(then.get("priority"), p + "/priority", Priority.class);
        Department department = then.get("department") == null ? null
                : Department.of(code(then.get("department"), p + "/department"));
        if (mode == RoutingMode.REFER_TO_DEPARTMENT && department == null) {
            throw error(p + "/department", "REFER_TO_DEPARTMENT needs a department");
        }
        return new RuleSetPolicy.Action(tier, mode, priority, department);
    }

    private RoutingPolicy otherwise(@Nullable JsonNode node, String setName) {
        if (node == null || (node.isString() && node.asString().equals(StandardPolicy.NAME))) {
            return new StandardPolicy();
        }
        if (node.isString()) {
            throw error("/otherwise", "must be \"standard\" or an action object");
        }
        RuleSetPolicy.Action a = action(node, "/otherwise");
        Reason reason = Reason.of("otherwise", setName + "/otherwise");
        return (e, c) -> io.escalation.routing.ResponderSelector.standard().staff(new RoutingDecision(a.tier(),
                a.mode(), a.department(), a.mode() == RoutingMode.NEEDS_CLIENT_APPROVAL, null, Staffing.UNSTAFFED,
                a.priority(), FrozenList.one(reason)), e, c);
    }
}
