package io.github.trygg.examples.guide;

import io.github.trygg.core.ReadLimits;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import java.nio.file.Path;
import java.util.List;

/** docs/limits.md: a register larger than the default limits allow, read with raised ones. */
public final class Limits {
  private Limits() {}

  public static Register readLarge(Path profile, Path usage) {
    // snippet:start limits-raised
    ReadLimits large = ReadLimits.builder().maxInputBytes(256L << 20).maxValues(20_000_000).build();
    Register register = RegisterReader.read(List.of(profile, usage), large);
    // snippet:end
    return register;
  }
}
