package io.newswire.testkit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Gives tests the {@link NewswireStack}: started on first demand, then shared by every test class of the JVM and
 * stopped when the test run ends. It comes as a parameter of type {@code NewswireStack} (tests, {@code @BeforeAll},
 * constructors) and in fields of that type that are still {@code null} (static ones before {@code @BeforeAll}).
 *
 * <p>The system property {@value #STACK_PROPERTY} chooses the stack: {@code embedded} (the default: the project's own
 * broker and registry, no Docker) or {@code testcontainers} (Apache Kafka and Confluent's schema registry in Docker;
 * images set with {@code newswire.stack.kafka-image} and {@code newswire.stack.schema-registry-image}).
 */
public final class NewswireStackExtension implements BeforeAllCallback, TestInstancePostProcessor, ParameterResolver {

    /** The system property that chooses the kind of stack. */
    public static final String STACK_PROPERTY = "newswire.stack";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NewswireStackExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        injectFields(context, null, context.getRequiredTestClass());
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        injectFields(context, testInstance, testInstance.getClass());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == NewswireStack.class;
    }

    @Override
    public NewswireStack resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return stack(extensionContext);
    }

    /** The run's stack, started by the first caller; the root store closes it when the run ends. */
    private static NewswireStack stack(ExtensionContext context) {
        // The root context's store lives as long as the whole run and is shared by all test classes.
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(StackStart.class, key -> StackStart.attempt(), StackStart.class)
                .stack();
    }

    /**
     * The outcome of the one attempt to start the run's stack. A failure is kept too, so that the other test classes
     * fail at once with its cause instead of each waiting for a start that fails the same way.
     */
    private record StackStart(SharedStack started, RuntimeException failure) implements AutoCloseable {

        static StackStart attempt() {
            try {
                return new StackStart(startStack(), null);
            } catch (RuntimeException e) {
                return new StackStart(null, e);
            }
        }

        SharedStack stack() {
            if (failure != null) {
                throw new IllegalStateException("The test stack did not start: " + failure.getMessage(), failure);
            }
            return started;
        }

        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }

    private static SharedStack startStack() {
        String kind = System.getProperty(STACK_PROPERTY, "embedded");
        return switch (kind) {
            case "embedded" -> EmbeddedStack.start();
            case "testcontainers" -> ContainerStack.start();
            default -> throw new IllegalArgumentException(
                    "-D" + STACK_PROPERTY + " must be 'embedded' (the default) or 'testcontainers', not '" + kind + "'");
        };
    }

    /** Fills the null fields of type {@link NewswireStack}: the static ones if {@code instance} is null, else the others. */
    private static void injectFields(ExtensionContext context, Object instance, Class<?> type) throws IllegalAccessException {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                boolean isStatic = Modifier.isStatic(field.getModifiers());
                if (field.getType() == NewswireStack.class && isStatic == (instance == null)
                        && !Modifier.isFinal(field.getModifiers()) && field.trySetAccessible()
                        && field.get(instance) == null) {
                    field.set(instance, stack(context));
                }
            }
        }
    }
}
