/**
 * The demo, the trygg command-line tool and quick-start code. {@link
 * io.github.trygg.examples.ModulePathConsumer} runs on the module path to prove that the published
 * modules export what a consumer needs; the tool itself runs from a plain jar, so its own libraries
 * are only needed at compile time here.
 */
module io.github.trygg.examples {
  requires io.github.trygg.core;
  requires io.github.trygg.crypto;
  requires io.github.trygg.dsr;
  requires static io.github.trygg.export;
  requires static info.picocli;
  requires static com.samskivert.jmustache;
  requires static org.eclipse.elk.core;
  requires static org.eclipse.elk.graph;
  requires static org.eclipse.elk.alg.layered;
  requires static org.eclipse.emf.common;

  opens io.github.trygg.examples.cli to
      info.picocli;
}
