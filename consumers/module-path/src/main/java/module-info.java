/** A modular host: it reads only what Trygg's descriptors export, and has a Jackson 3 of its own. */
module org.example.host {
  requires io.github.trygg.core;
  requires io.github.trygg.crypto;
  requires io.github.trygg.dsr;
  requires tools.jackson.databind;
  // The test certificates are made with Bouncy Castle's certificate builder.
  requires org.bouncycastle.provider;
  requires org.bouncycastle.pkix;

  // The host's Jackson writes the summary record.
  opens org.example.host to
      tools.jackson.databind;
}
