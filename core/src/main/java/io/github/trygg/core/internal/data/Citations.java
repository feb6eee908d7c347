package io.github.trygg.core.internal.data;

import io.github.trygg.core.CitationKind;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.OrganisationKind;
import io.github.trygg.core.Scope;
import io.github.trygg.core.Sector;
import io.github.trygg.core.VerificationStatus;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceScalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The one way every Trygg data file writes a citation and a scope, shared by the readers of core
 * and dsr:
 *
 * <pre>
 * {citation: "HSLF-FS 2016:40 3 kap. 15 §", kind: regulation, status: secondary, url: …,
 *  scope: {jurisdictions: [sweden], sectors: [healthcare]}}
 * </pre>
 *
 * A scope is {@code general} (binds everyone) or an object whose {@code jurisdictions},
 * {@code sectors} and {@code organisations} each narrow it; a dimension left out is not narrowed.
 * Kind, status and scope are required, so no citation reaches a reader without them.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Citations {
  private Citations() {}

  /** A citation object; {@code alsoAllowed} names members the caller reads itself (an {@code id}, say). */
  public static LegalReference read(SourceObject o, Problems p, String... alsoAllowed) {
    List<String> allowed = new ArrayList<>(List.of("citation", "kind", "status", "url", "scope"));
    allowed.addAll(Arrays.asList(alsoAllowed));
    o.allowOnly(p, allowed.toArray(String[]::new));
    String citation = Texts.nonBlank(o, "citation", p);
    CitationKind kind = o.requireEnum("kind", CitationKind.class, p).orElse(CitationKind.TRYGG_POLICY);
    VerificationStatus status = o.requireEnum("status", VerificationStatus.class, p).orElse(VerificationStatus.UNVERIFIED);
    String url = o.optionalString("url", p).orElse("");
    Scope scope = requireScope(o, "scope", p);
    return new LegalReference(citation, kind, status, url, scope);
  }

  /** Every citation in the array {@code name} of {@code parent}. */
  public static List<LegalReference> readAll(SourceObject parent, String name, Problems p) {
    return parent.objects(name, p).stream().map(o -> read(o, p)).toList();
  }

  /** The required scope {@code name} of {@code parent}. */
  public static Scope requireScope(SourceObject parent, String name, Problems p) {
    Optional<SourceNode> node = parent.get(name);
    if (node.isEmpty()) {
      p.add("missing-scope", parent.location(), "missing required property '" + name + "'",
          "whom it binds: 'general' or {jurisdictions, sectors, organisations}");
      return Scope.general();
    }
    return scope(node.get(), p);
  }

  /** The scope {@code name} of {@code parent} when present. */
  public static Optional<Scope> optionalScope(SourceObject parent, String name, Problems p) {
    return parent.get(name).map(n -> scope(n, p));
  }

  /** {@code general}, or {@code {jurisdictions?, sectors?, organisations?}}. */
  public static Scope scope(SourceNode node, Problems p) {
    if (node instanceof SourceScalar s) {
      if (!"general".equals(s.text())) {
        p.add("bad-scope", node.location(), "scope '" + s.text() + "'", "'general' or {jurisdictions, sectors, organisations}");
      }
      return Scope.general();
    }
    Optional<SourceObject> o = SourceObject.asObject(node, p);
    if (o.isEmpty()) {
      return Scope.general();
    }
    SourceObject s = o.get();
    s.allowOnly(p, "jurisdictions", "sectors", "organisations");
    List<Jurisdiction> js = s.enums("jurisdictions", Jurisdiction.class, p);
    List<Sector> sectors = s.enums("sectors", Sector.class, p);
    List<OrganisationKind> kinds = s.enums("organisations", OrganisationKind.class, p);
    return new Scope(new java.util.HashSet<>(js), new java.util.HashSet<>(sectors), new java.util.HashSet<>(kinds));
  }
}
