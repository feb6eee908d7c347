package io.github.trygg.core.register;

import io.github.trygg.core.internal.value.TryggStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A vendor: its role (processor, sub-processor of whom, controller …), its country, its agreement
 * and the safeguards for transfers out of the EU/EEA.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class Vendor implements RegisterEntry {
  @Override
  public abstract String id();

  /** {@return the vendor's name} */
  public abstract String name();

  /** {@return ISO 3166-1 alpha-2 code of the country the vendor processes from} */
  public abstract String country();

  /** {@return whether the vendor is a controller, a joint controller, a processor, a sub-processor or a supplier} */
  public abstract VendorRole role();

  /**
   * For a sub-processor: the id of the processor it works for.
   *
   * @return for a sub-processor, the id of the processor it works for
   */
  public abstract Optional<String> processorOf();

  /**
   * {@return when the processing agreement (personuppgiftsbiträdesavtal, databehandleravtale) was
   * signed}
   */
  public abstract Optional<LocalDate> agreementDate();

  /** {@return safeguards for a transfer to a third country} */
  public abstract List<TransferSafeguard> safeguards();

  /** {@return where the safeguard is documented, for example the transfer impact assessment} */
  public abstract Optional<String> safeguardEvidence();

  /** {@return a functional contact at the vendor (a mailbox or a role)} */
  public abstract Optional<String> contact();

  /**
   * {@return the vendor's data protection officer (Art. 37): a mailbox or a role, or a note that
   * none is designated}
   */
  public abstract Optional<String> dpoContact();

  /**
   * For a vendor established outside the EU/EEA: its representative in the Union (Art. 27), name and contact.
   *
   * @return for a vendor outside the EU/EEA, its representative in the Union (Art. 27), name and contact
   */
  public abstract Optional<String> euRepresentative();

  @Override
  public abstract Optional<Review> review();

  @Override
  public final EntryKind kind() {
    return EntryKind.VENDOR;
  }

  /**
   * Inside the EU/EEA, where no Chapter V safeguard is needed.
   *
   * @return whether the vendor is inside the EU/EEA, where no Chapter V safeguard is needed
   */
  public final boolean inEuEea() {
    return Countries.isEuEea(country());
  }

  /** {@return whether the vendor processes personal data on the organisation's behalf (a processor or sub-processor)} */
  public final boolean processesOnBehalf() {
    return role() == VendorRole.PROCESSOR || role() == VendorRole.SUB_PROCESSOR;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Vendor}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableVendor.Builder {}
}
