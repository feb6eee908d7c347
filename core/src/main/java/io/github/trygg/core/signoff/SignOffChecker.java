package io.github.trygg.core.signoff;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.dpia.DpiaScreener;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.Organisation;
import io.github.trygg.core.register.Register;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Records sign-offs against one register and checks recorded ones: a sign-off holds while every
 * field it approved has the same value, and needs renewal — with the fields that changed — as soon
 * as one does not. Fields outside what a kind approves (a justification reworded, a review date)
 * never make it lapse.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SignOffChecker {
  private final Register register;
  private final DpiaScreener screener;
  private final Jurisdiction jurisdiction;

  private SignOffChecker(Register register, DpiaScreener screener, Jurisdiction jurisdiction) {
    this.register = register;
    this.screener = screener;
    this.jurisdiction = jurisdiction;
  }

  /**
   * Against {@code register}, with the bundled DPIA lists and the register organisation's
   * jurisdiction. Whose rules apply is never guessed: a register that names no organisation needs
   * {@link #of(Register, DpiaScreener, Jurisdiction)}.
   *
   * @param register the register as it is now
   * @return the checker
   * @throws IllegalArgumentException when the register names no organisation, so no jurisdiction
   */
  public static SignOffChecker of(Register register) {
    Jurisdiction jurisdiction = register.organisation().map(Organisation::jurisdiction).orElseThrow(() -> new IllegalArgumentException(
        "the register names no organisation, so no jurisdiction; give one with SignOffChecker.of(register, screener, jurisdiction)"));
    return of(register, DpiaScreener.bundled(), jurisdiction);
  }

  /**
   * Against {@code register}, with this screener and jurisdiction.
   *
   * @param register the register as it is now
   * @param screener the DPIA screener whose outcome a DPIA decision approves
   * @param jurisdiction whose rules the screening follows
   * @return the checker
   */
  public static SignOffChecker of(Register register, DpiaScreener screener, Jurisdiction jurisdiction) {
    return new SignOffChecker(register, screener, jurisdiction);
  }

  /**
   * A sign-off of {@code subject} as the register has it now.
   *
   * @param id the new sign-off's id
   * @param kind what is signed off: a classification, a decision, an opinion
   * @param subject the register entry signed off
   * @param signedBy who signed: a person or a body
   * @param role in what role
   * @param signedOn when
   * @return the sign-off with what is approved filled in from the register
   * @throws IllegalArgumentException when the register does not hold the subject or the kind cannot be about it
   */
  public SignOff sign(String id, SignOffKind kind, EntryRef subject, String signedBy, String role, LocalDate signedOn) {
    if (!kind.subjects().contains(subject.kind())) {
      throw new IllegalArgumentException("a " + kind + " sign-off cannot be about " + subject);
    }
    Map<String, String> approved = Snapshots.of(kind, subject, register, screener, jurisdiction)
        .orElseThrow(() -> new IllegalArgumentException("the register holds no " + subject));
    return SignOff.builder().id(id).kind(kind).subject(subject).signedBy(signedBy).role(role).signedOn(signedOn).approved(approved).build();
  }

  /**
   * Compares a sign-off with the register as it is now.
   *
   * @param signOff the sign-off
   * @return the sign-off with its status and each approved field that changed
   */
  public SignOffReview check(SignOff signOff) {
    Optional<Map<String, String>> now = Snapshots.of(signOff.kind(), signOff.subject(), register, screener, jurisdiction);
    if (now.isEmpty()) {
      return new SignOffReview(signOff, SignOffStatus.SUBJECT_MISSING, List.of());
    }
    if (Snapshots.fingerprint(now.get()).equals(signOff.fingerprint())) {
      return new SignOffReview(signOff, SignOffStatus.VALID, List.of());
    }
    Set<String> fields = new LinkedHashSet<>(signOff.approved().keySet());
    fields.addAll(now.get().keySet());
    List<SignOffReview.FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      Optional<String> then = Optional.ofNullable(signOff.approved().get(field));
      Optional<String> current = Optional.ofNullable(now.get().get(field));
      if (!then.equals(current)) {
        changes.add(new SignOffReview.FieldChange(field, then, current));
      }
    }
    return new SignOffReview(signOff, SignOffStatus.NEEDS_RENEWAL, changes);
  }

  /**
   * Compares every sign-off with the register as it is now.
   *
   * @param signOffs the sign-offs
   * @return one review per sign-off, in file order
   */
  public List<SignOffReview> check(SignOffs signOffs) {
    return signOffs.signOffs().stream().map(this::check).toList();
  }
}
