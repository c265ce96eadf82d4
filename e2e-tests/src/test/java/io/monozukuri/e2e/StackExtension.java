package io.monozukuri.e2e;

import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the {@link Stack} once for all end-to-end tests and injects it into static fields of type Stack. */
public class StackExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        Stack stack = Stack.get(context);
        for (Field field : context.getRequiredTestClass().getDeclaredFields()) {
            if (field.getType() == Stack.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                field.set(null, stack);
            }
        }
    }
}
