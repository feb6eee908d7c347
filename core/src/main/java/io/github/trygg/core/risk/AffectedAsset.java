package io.github.trygg.core.risk;

import io.github.trygg.core.classification.SecurityAspect;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An information asset a risk threatens, and which of its aspects.
 *
 * @param assetId the asset's id in the register
 * @param aspects the aspects the risk threatens; at least one
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AffectedAsset(String assetId, Set<SecurityAspect> aspects) {
  /**
   * Copies the aspects.
   *
   * @param assetId the asset's id in the register
   * @param aspects the aspects the risk threatens; at least one
   * @throws IllegalArgumentException if no aspect is given
   */
  public AffectedAsset {
    if (aspects.isEmpty()) {
      throw new IllegalArgumentException("an affected asset needs at least one aspect");
    }
    aspects = Set.copyOf(EnumSet.copyOf(aspects));
  }

  /**
   * An asset and the aspects the risk threatens.
   *
   * @param assetId the asset's id in the register
   * @param first one aspect
   * @param more any others
   * @return the affected asset
   */
  public static AffectedAsset of(String assetId, SecurityAspect first, SecurityAspect... more) {
    return new AffectedAsset(assetId, EnumSet.of(first, more));
  }
}
