package io.escalation.internal.validation;

import io.escalation.Violation;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates the Jakarta constraints the SDK's records declare on their components ({@code NotNull},
 * {@code NotBlank}, {@code Size}, {@code Pattern}, {@code Min}, {@code Max}, {@code DecimalMin},
 * {@code DecimalMax}, also on the elements of a list or set), with the semantics of the Jakarta
 * Bean Validation specification, without bootstrapping a validation provider: no start-up cost, no
 * log line, no Expression Language, and a rejected value is never put into a message.
 *
 * <p>The rules of each record are read once. A record declaring a constraint this class does not
 * know fails when its rules are read (a programming error the tests catch), never silently.
 */
final class Constraints {

    /** The checks of one constructor parameter. */
    private record Rules(String name, List<Annotation> own, List<Annotation> elements) {}

    private static final ClassValue<List<Rules>> RULES = new ClassValue<>() {
        @Override
        protected List<Rules> computeValue(Class<?> type) {
            return read(type);
        }
    };

    private Constraints() {}

    /**
     * Evaluates a record's constraints on the arguments of its canonical constructor.
     *
     * @param type the record
     * @param constructor its canonical constructor
     * @param args the arguments
     * @param out where to add the violations
     */
    static void check(Class<?> type, Constructor<?> constructor, @Nullable Object[] args, List<Violation> out) {
        List<Rules> rules = RULES.get(type);
        for (int i = 0; i < rules.size() && i < args.length; i++) {
            Rules r = rules.get(i);
            Object value = args[i];
            for (Annotation a : r.own()) {
                evaluate(a, value, r.name(), out);
            }
            if (!r.elements().isEmpty() && value instanceof Collection<?> c) {
                int index = 0;
                for (Object element : c) {
                    for (Annotation a : r.elements()) {
                        evaluate(a, element, r.name() + "[" + index + "]", out);
                    }
                    index++;
                }
            }
        }
    }

    private static List<Rules> read(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        Parameter[] parameters;
        try {
            parameters = type.getDeclaredConstructor(types).getParameters();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
        }
        List<Rules> out = new ArrayList<>(components.length);
        for (int i = 0; i < components.length; i++) {
            List<Annotation> own = constraints(type, parameters[i].getAnnotations());
            for (Annotation a : constraints(type, components[i].getAnnotations())) {
                if (own.stream().noneMatch(o -> o.annotationType() == a.annotationType())) {
                    own.add(a);
                }
            }
            List<Annotation> elements = new ArrayList<>();
            AnnotatedType annotated = parameters[i].getAnnotatedType();
            if (annotated instanceof AnnotatedParameterizedType p && p.getAnnotatedActualTypeArguments().length == 1) {
                elements.addAll(constraints(type, p.getAnnotatedActualTypeArguments()[0].getAnnotations()));
            }
            out.add(new Rules(components[i].getName(), List.copyOf(own), List.copyOf(elements)));
        }
        return List.copyOf(out);
    }

    private static List<Annotation> constraints(Class<?> owner, Annotation[] annotations) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : annotations) {
            Class<? extends Annotation> kind = a.annotationType();
            if (kind == NotNull.class || kind == NotBlank.class || kind == Size.class || kind == Pattern.class
                    || kind == Min.class || kind == Max.class || kind == DecimalMin.class || kind == DecimalMax.class) {
                out.add(a);
            } else if (kind.isAnnotationPresent(Constraint.class)) {
                throw new IllegalStateException(owner.getName() + " declares the constraint @" + kind.getSimpleName()
                        + ", which the SDK's validation does not evaluate");
            }
        }
        return out;
    }

    private static void evaluate(Annotation a, @Nullable Object value, String path, List<Violation> out) {
        String rule = a.annotationType().getSimpleName();
        if (a instanceof NotNull n) {
            if (value == null) {
                out.add(violation(path, rule, message(n.message(), "must not be null"), value));
            }
        } else if (a instanceof NotBlank n) {
            if (!(value instanceof CharSequence s) || s.toString().isBlank()) {
                out.add(violation(path, rule, message(n.message(), "must not be blank"), value));
            }
        } else if (value == null) {
            return; // every other constraint accepts null, as the specification says
        } else if (a instanceof Size s) {
            int size = value instanceof CharSequence c ? c.length() : value instanceof Collection<?> c ? c.size()
                    : value instanceof Map<?, ?> m ? m.size() : -1;
            if (size >= 0 && (size < s.min() || size > s.max())) {
                out.add(violation(path, rule, message(s.message(), "size must be between " + s.min() + " and "
                        + s.max()), value));
            }
        } else if (a instanceof Pattern p) {
            if (value instanceof CharSequence c && !Patterns.get(p.regexp()).matcher(c).matches()) {
                out.add(violation(path, rule, message(p.message(), "must match \"" + p.regexp() + "\""), value));
            }
        } else if (a instanceof Min m) {
            if (value instanceof Number n && compare(n, BigDecimal.valueOf(m.value())) < 0) {
                out.add(violation(path, rule, message(m.message(), "must be greater than or equal to " + m.value()),
                        value));
            }
        } else if (a instanceof Max m) {
            if (value instanceof Number n && compare(n, BigDecimal.valueOf(m.value())) > 0) {
                out.add(violation(path, rule, message(m.message(), "must be less than or equal to " + m.value()),
                        value));
            }
        } else if (a instanceof DecimalMin d) {
            if (value instanceof Number n) {
                int c = compare(n, new BigDecimal(d.value()));
                if (c < 0 || (c == 0 && !d.inclusive()) || isNaN(n)) {
                    out.add(violation(path, rule, message(d.message(), "must be greater than "
                            + (d.inclusive() ? "or equal to " : "") + d.value()), value));
                }
            }
        } else if (a instanceof DecimalMax d) {
            if (value instanceof Number n) {
                int c = compare(n, new BigDecimal(d.value()));
                if (c > 0 || (c == 0 && !d.inclusive()) || isNaN(n)) {
                    out.add(violation(path, rule, message(d.message(), "must be less than "
                            + (d.inclusive() ? "or equal to " : "") + d.value()), value));
                }
            }
        }
    }

    private static boolean isNaN(Number n) {
        return (n instanceof Double d && d.isNaN()) || (n instanceof Float f && f.isNaN());
    }

    private static int compare(Number n, BigDecimal bound) {
        if (isNaN(n)) {
            return 0;
        }
        if (n instanceof Double d && d.isInfinite()) {
            return d > 0 ? 1 : -1;
        }
        if (n instanceof Float f && f.isInfinite()) {
            return f > 0 ? 1 : -1;
        }
        BigDecimal v = n instanceof BigDecimal b ? b : n instanceof Double || n instanceof Float
                ? BigDecimal.valueOf(n.doubleValue()) : BigDecimal.valueOf(n.longValue());
        return v.compareTo(bound);
    }

    /** A declared message, or the default when the constraint keeps its specification key. */
    private static String message(String declared, String fallback) {
        return declared.startsWith("{jakarta.validation.constraints.") ? fallback : declared;
    }

    private static Violation violation(String path, String rule, String message, @Nullable Object value) {
        return new Violation(path, rule, message, Violation.kindOf(value));
    }

    /** Compiled patterns, by regular expression. */
    private static final class Patterns {
        private static final java.util.concurrent.ConcurrentMap<String, java.util.regex.Pattern> CACHE =
                new java.util.concurrent.ConcurrentHashMap<>();

        static java.util.regex.Pattern get(String regexp) {
            return CACHE.computeIfAbsent(regexp, java.util.regex.Pattern::compile);
        }
    }
}
