/** The demo and quick-start code. Runs on the module path, which proves the descriptors of the
 * published modules export and open what a consumer needs. */
module io.github.trygg.examples {
  requires io.github.trygg.core;
  requires io.github.trygg.crypto;
  requires io.github.trygg.dsr;
}
