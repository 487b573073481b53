package io.newswire.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an integration test class that needs the shared {@link NewswireStack}: take it as a parameter of a test,
 * lifecycle or constructor method, or declare a field of that type (static or not).
 *
 * <pre>{@code
 * @NewswireStackTest
 * class SomethingIT {
 *     @Test
 *     void x(NewswireStack stack) {
 *         stack.bootstrapServers();
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(NewswireStackExtension.class)
@Tag("integration")
public @interface NewswireStackTest {
}
