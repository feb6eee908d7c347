package io.github.trygg.core.questionnaire;

import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.Vendor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The register entries a supplier dialogue's answers describe — the vendor's system and the vendor
 * itself — with which question filled each field and which fields the answers left open. The
 * vendor is present only when its name, country and role were answered.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class ProductProfile {
  /** {@return the system entry the answers describe} */
  public abstract InformationSystem system();

  /** {@return the vendor entry, when the answers name one} */
  public abstract Optional<Vendor> vendor();

  /** {@return field → id of the question that filled it} */
  public abstract Map<String, String> filledBy();

  /** {@return fields a product profile should have that no answer filled} */
  public abstract List<String> missing();

  /** {@return a partial register (a product profile file's content) holding the system and the vendor} */
  public final Register toRegister() {
    Register.Builder b = Register.builder().addSystems(system());
    vendor().ifPresent(b::addVendors);
    return b.build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProductProfile}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableProductProfile.Builder {}
}
