/**
 * Trygg crypto: the only module that uses Bouncy Castle. It never installs Bouncy Castle as a global
 * JCA provider.
 */
module io.github.trygg.crypto {
  requires transitive io.github.trygg.core;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires org.slf4j;
  requires org.bouncycastle.provider;
  requires org.bouncycastle.pkix;
  requires org.bouncycastle.util;

  exports io.github.trygg.crypto;
  exports io.github.trygg.crypto.pseudonym;
  exports io.github.trygg.crypto.record;
  exports io.github.trygg.crypto.seal;
  exports io.github.trygg.crypto.send;
  exports io.github.trygg.crypto.split;
}
