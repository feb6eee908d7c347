package io.github.trygg.core.records;

import io.github.trygg.core.TryggException;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.register.VendorRole;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The vendor a processor document was asked for is not in the register, or is there with a role
 * that does not process personal data on anyone's behalf. The message names the vendor id and the
 * processors the register does hold; vendor ids are register keys, never personal data.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class UnknownProcessorException extends TryggException {
  private static final long serialVersionUID = 1L;

  private final String vendorId;
  private final @Nullable VendorRole role;

  UnknownProcessorException(String vendorId, @Nullable VendorRole role, List<String> processors) {
    super(message(vendorId, role, processors));
    this.vendorId = vendorId;
    this.role = role;
  }

  /** {@return the id that was asked for} */
  public String vendorId() {
    return vendorId;
  }

  /** {@return the role the register gives the vendor; empty when the register has no vendor with this id} */
  public Optional<VendorRole> role() {
    return Optional.ofNullable(role);
  }

  private static String message(String vendorId, @Nullable VendorRole role, List<String> processors) {
    String known = processors.isEmpty() ? "the register has no processors" : "processors in the register: " + String.join(", ", processors);
    return role == null
        ? "no vendor '" + vendorId + "' in the register; " + known
        : "vendor '" + vendorId + "' is a " + WireNames.of(role) + " in the register, not a processor or sub-processor; " + known;
  }
}
