package io.github.trygg.core.internal.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Trygg value type.
 *
 * <p>Source retention, so consumers never need Immutables on their path. Implementations are
 * package-private and reached through a public nested {@code Builder}, so generated classes never
 * become API that must stay compatible.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface TryggStyle {}
