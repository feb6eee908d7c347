/**
 * Trygg core: the pure domain. No cryptography; reads and writes its data files with Jackson, which
 * the published jar carries relocated (see {@code src/published/java/module-info.java}).
 */
module io.github.trygg.core {
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires org.slf4j;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;

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
