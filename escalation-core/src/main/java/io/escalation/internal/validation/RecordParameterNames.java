package io.escalation.internal.validation;

import jakarta.validation.ParameterNameProvider;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Names the canonical constructor's parameters of a record after its components. */
final class RecordParameterNames implements ParameterNameProvider {

    @Override
    public List<String> getParameterNames(Constructor<?> constructor) {
        Class<?> type = constructor.getDeclaringClass();
        RecordComponent[] components = type.getRecordComponents();
        if (components != null && components.length == constructor.getParameterCount()) {
            List<String> names = new ArrayList<>(components.length);
            Class<?>[] types = constructor.getParameterTypes();
            for (int i = 0; i < components.length; i++) {
                if (components[i].getType() != types[i]) {
                    return reflective(constructor.getParameters());
                }
                names.add(components[i].getName());
            }
            return names;
        }
        return reflective(constructor.getParameters());
    }

    @Override
    public List<String> getParameterNames(Method method) {
        return reflective(method.getParameters());
    }

    private static List<String> reflective(Parameter[] parameters) {
        List<String> names = new ArrayList<>(parameters.length);
        for (Parameter p : parameters) {
            names.add(p.getName());
        }
        return names;
    }
}
