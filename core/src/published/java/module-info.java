/**
 * The descriptor of the published trygg-core jar. Jackson 3, jackson-annotations and
 * snakeyaml-engine are relocated into {@code io.github.trygg.core.internal.shaded} inside that jar,
 * so this module requires no Jackson module: the host's Jackson 2 or Jackson 3, and its dependency
 * management, never meet Trygg's. The shaded packages belong to this module and are not exported.
 *
 * <p>Keep in step with {@code src/main/java/module-info.java}, which the build and the tests use:
 * the same lines, without the two {@code requires tools.jackson…}, plus the JDK modules that
 * Jackson's own descriptors require ({@code PublishedModuleDescriptorTest} checks this).
 */
module io.github.trygg.core {
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires org.slf4j;

  // What the relocated Jackson databind requires of the JDK.
  requires java.xml;
  requires static java.desktop;
  requires static java.sql;
  requires static java.sql.rowset;
  uses java.nio.file.spi.FileSystemProvider;

  exports io.github.trygg.core;
  exports io.github.trygg.core.changes;
  exports io.github.trygg.core.classification;
  exports io.github.trygg.core.dpia;
  exports io.github.trygg.core.identity;
  exports io.github.trygg.core.message;
  exports io.github.trygg.core.plan;
  exports io.github.trygg.core.propagation;
  exports io.github.trygg.core.questionnaire;
  exports io.github.trygg.core.records;
  exports io.github.trygg.core.requirements;
  exports io.github.trygg.core.risk;
  exports io.github.trygg.core.signoff;
  exports io.github.trygg.core.register;

  exports io.github.trygg.core.internal.data to
      io.github.trygg.dsr;
  exports io.github.trygg.core.internal.json to
      io.github.trygg.crypto,
      io.github.trygg.dsr,
      io.github.trygg.examples;
  exports io.github.trygg.core.internal.value to
      io.github.trygg.crypto,
      io.github.trygg.dsr;
}
