package io.github.trygg.crypto.internal.seal;

import java.security.Provider;
import java.security.Security;
import org.apiguardian.api.API;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The one Bouncy Castle provider instance, passed explicitly to every operator; never registered. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Bc {
  public static final Provider PROVIDER = new BouncyCastleProvider();

  private Bc() {}

  /** The JDK's own AES-GCM provider, or null to let the JCA choose. */
  static @org.jspecify.annotations.Nullable Provider jdkCipherProvider() {
    return Security.getProvider("SunJCE");
  }
}
