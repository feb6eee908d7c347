package io.github.trygg.spring.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

/**
 * What every context test shares: a runner with the starter's four auto-configurations, and the
 * few things Spring Boot 3 and 4 keep under different names (the health API, the metrics
 * auto-configuration), looked up by name so that one test source runs on both.
 */
final class Starter {
  static final String HEALTH_INDICATOR = "tryggHealthIndicator";

  private Starter() {}

  static ApplicationContextRunner runner() {
    return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
        TryggAutoConfiguration.class, TryggDsrAutoConfiguration.class, TryggHealthAutoConfiguration.class, TryggMetricsAutoConfiguration.class));
  }

  /** The major version of the Spring Boot on the class path. */
  static int bootMajor() {
    return Integer.parseInt(SpringBootVersion.getVersion().split("\\.")[0]);
  }

  /** Spring Boot's metrics auto-configuration (which binds MeterBinder beans to the registries) for this version. */
  static AutoConfigurations metrics() {
    String base = bootMajor() >= 4 ? "org.springframework.boot.micrometer.metrics.autoconfigure." : "org.springframework.boot.actuate.autoconfigure.metrics.";
    List<Class<?>> classes = new ArrayList<>();
    for (String name : List.of("MetricsAutoConfiguration", "CompositeMeterRegistryAutoConfiguration", "export.simple.SimpleMetricsExportAutoConfiguration")) {
      try {
        classes.add(Class.forName(base + name));
      } catch (ClassNotFoundException e) {
        throw new AssertionError("Spring Boot " + SpringBootVersion.getVersion() + " has no " + base + name, e);
      }
    }
    return AutoConfigurations.of(classes.toArray(Class<?>[]::new));
  }

  /** The packages of Actuator's health API in Spring Boot 3 and 4, to hide them from a context. */
  static String[] healthApiPackages() {
    return new String[] {"org.springframework.boot.actuate.health", "org.springframework.boot.health"};
  }

  /** What the Trygg health indicator says now: its status code and details. */
  static Health health(ApplicationContext context) {
    Object indicator = context.getBean(HEALTH_INDICATOR);
    try {
      Class<?> api = healthIndicatorInterface(indicator.getClass());
      Object health = api.getMethod("health").invoke(indicator);
      Object status = health.getClass().getMethod("getStatus").invoke(health);
      String code = (String) status.getClass().getMethod("getCode").invoke(status);
      @SuppressWarnings("unchecked")
      Map<String, Object> details = (Map<String, Object>) health.getClass().getMethod("getDetails").invoke(health);
      return new Health(code, details);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot call the health indicator " + indicator.getClass(), e);
    }
  }

  private static Class<?> healthIndicatorInterface(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (i.getSimpleName().equals("HealthIndicator")) {
          return i;
        }
      }
    }
    throw new AssertionError(type + " is no HealthIndicator");
  }

  /** A health report, the same on both Spring Boot versions. */
  record Health(String status, Map<String, Object> details) {
    @SuppressWarnings("unchecked")
    Map<String, Object> detail(String name) {
      return (Map<String, Object>) details.get(name);
    }
  }
}
