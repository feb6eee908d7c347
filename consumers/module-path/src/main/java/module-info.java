/** A modular host: it reads only what Trygg's descriptors export. */
module org.example.host {
  requires io.github.trygg.core;
  requires io.github.trygg.crypto;
  requires io.github.trygg.dsr;
  // The test certificates are made with Bouncy Castle's certificate builder.
  requires org.bouncycastle.provider;
  requires org.bouncycastle.pkix;
}
