package io.github.trygg.dsr.access;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.register.Countries;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Recipient;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SystemFeature;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.register.VendorRole;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.request.TaskKind;
import io.github.trygg.dsr.routing.LegalGround;
import io.github.trygg.dsr.routing.LegalGrounds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Builds the access package of a request from its tasks and the register.
 *
 * <p>Per system: its status and outcome (with the legal ground of a refusal or restriction), the
 * files it delivered, and the Art. 15(1) information for what it holds — purposes and legal bases
 * (b), categories of data (c), recipients and processors (c), retention (d), sources when not
 * collected from the subject (g), automated decision-making (h) — and Art. 15(2) transfers to third
 * countries with their safeguards. A summary repeats the union, with the rights the subject has
 * (e) and the supervisory authority to complain to (f).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AccessPackages {
  private AccessPackages() {}

  /**
   * Builds the access package of a request from its tasks and the register.
   *
   * @param register the register the request was routed through
   * @param request the request
   * @param tasks the request's tasks
   * @param grounds the legal grounds the tasks cite
   * @param generatedAt when the package is made
   * @param delivered files each system delivered, by system id (names or references in the host's
   *     file exchange; the files themselves travel separately)
   * @return the package: per system and in summary, what the subject is entitled to know
   */
  public static AccessPackage build(
      Register register, DataSubjectRequest request, List<SystemTask> tasks, LegalGrounds grounds, Instant generatedAt,
      Map<String, List<String>> delivered) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", AccessPackage.FORMAT);
    root.put("requestId", request.id());
    root.put("generatedAt", generatedAt.toString());
    root.put("controller", controller(register, request.jurisdiction()));
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("category", request.subjectCategory());
    subject.put("reference", request.subjectRef());
    root.put("subject", subject);
    root.put("rights", request.types().stream().map(WireNames::of).toList());
    root.put("received", request.deadline().received().toString());
    root.put("due", request.deadline().due().toString());

    Set<String> purposes = new LinkedHashSet<>();
    Set<String> categories = new LinkedHashSet<>();
    Set<String> recipients = new LinkedHashSet<>();
    Set<String> retention = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    List<Object> transfers = new ArrayList<>();
    boolean automated = false;

    List<Object> systems = new ArrayList<>();
    for (SystemTask t : tasks) {
      if (t.kind() != TaskKind.FULFIL || (t.right() != RequestType.ACCESS && t.right() != RequestType.PORTABILITY)) {
        continue;
      }
      Optional<InformationSystem> sys = register.system(t.systemId());
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("system", t.systemId());
      s.put("name", sys.map(InformationSystem::name).orElse(t.systemId()));
      s.put("right", WireNames.of(t.right()));
      s.put("status", WireNames.of(t.status()));
      t.outcome().ifPresent(o -> s.put("outcome", WireNames.of(o)));
      t.legalGround().flatMap(grounds::find).ifPresent(g -> s.put("legalGround", ground(g)));
      t.externalRef().ifPresent(r -> s.put("reference", r));
      s.put("files", delivered.getOrDefault(t.systemId(), List.of()));
      if (sys.isPresent()) {
        InformationSystem system = sys.get();
        List<InformationAsset> held = system.assetsStored().stream().map(register::asset).flatMap(Optional::stream)
            .filter(InformationAsset::personalData).toList();
        List<Object> assets = new ArrayList<>();
        for (InformationAsset a : held) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", a.id());
          m.put("name", a.name());
          m.put("dataCategories", a.dataCategories());
          m.put("specialCategory", a.specialCategory());
          assets.add(m);
          categories.addAll(a.dataCategories());
        }
        s.put("assets", assets);
        List<Object> acts = new ArrayList<>();
        for (ProcessingActivity act : register.activities()) {
          if (!act.systems().contains(system.id())) {
            continue;
          }
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("activity", act.id());
          m.put("name", act.name());
          m.put("purpose", act.purpose());
          m.put("legalBasis", WireNames.of(act.legalBasis()));
          act.specialCategoryBasis().ifPresent(b -> m.put("specialCategoryBasis", WireNames.of(b)));
          act.nationalLegalBasis().ifPresent(n -> m.put("nationalLegalBasis", n));
          m.put("recipients", act.recipientsUnderArticle4().stream().map(Recipient::name).toList());
          act.retention().ifPresent(r -> {
            m.put("retention", r.rule());
            retention.add(r.rule());
          });
          m.put("archiveStatus", WireNames.of(act.archiveStatus()));
          acts.add(m);
          purposes.add(act.purpose());
          act.recipientsUnderArticle4().forEach(x -> recipients.add(x.name()));
        }
        s.put("purposes", acts);
        List<Object> processors = new ArrayList<>();
        for (Vendor v : chainOfVendors(register, system)) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("vendor", v.name());
          m.put("role", WireNames.of(v.role()));
          m.put("country", v.country());
          processors.add(m);
          if (v.processesOnBehalf()) {
            recipients.add(v.name() + " (" + WireNames.of(v.role()) + ")");
          }
          if (!v.inEuEea()) {
            Map<String, Object> tr = new LinkedHashMap<>();
            tr.put("system", system.id());
            tr.put("to", v.name());
            tr.put("country", v.country());
            tr.put("safeguards", v.safeguards().stream().map(WireNames::of).toList());
            transfers.add(tr);
          }
        }
        s.put("processors", processors);
        s.put("locations", system.dataLocations());
        for (String loc : system.dataLocations()) {
          if (!Countries.isEuEea(loc) && transfers.stream().noneMatch(x -> system.id().equals(((Map<?, ?>) x).get("system")))) {
            Map<String, Object> tr = new LinkedHashMap<>();
            tr.put("system", system.id());
            tr.put("country", loc);
            tr.put("safeguards", List.of());
            transfers.add(tr);
          }
        }
        List<String> from = new ArrayList<>();
        for (Integration i : register.integrations()) {
          if (i.target().equals(system.id()) && i.assetsSent().stream().anyMatch(system.assetsStored()::contains)) {
            from.add(register.system(i.source()).map(InformationSystem::name).orElse(i.source()));
          }
          if (i.source().equals(system.id()) && i.assetsReceived().stream().anyMatch(system.assetsStored()::contains)) {
            from.add(register.system(i.target()).map(InformationSystem::name).orElse(i.target()));
          }
        }
        s.put("sources", from);
        sources.addAll(from);
        boolean adm = system.has(SystemFeature.AUTOMATED_DECISION) || system.has(SystemFeature.PROFILING);
        s.put("automatedDecisionMaking", adm);
        automated |= adm;
      }
      systems.add(s);
    }
    root.put("systems", systems);

    Map<String, Object> art15 = new LinkedHashMap<>();
    art15.put("purposes", new ArrayList<>(purposes));
    art15.put("categoriesOfData", new ArrayList<>(categories));
    art15.put("recipients", new ArrayList<>(recipients));
    art15.put("retention", new ArrayList<>(retention));
    art15.put("rights", text(new LocalizedText(
        "Du har rätt att begära rättelse eller radering, begränsning av behandlingen och att invända mot den.",
        "Du har rett til å kreve retting eller sletting, begrensning av behandlingen og til å protestere mot den.",
        "You may ask for rectification or erasure, restriction of processing, and object to it.")));
    art15.put("complaint", complaint(request.jurisdiction()));
    art15.put("sources", new ArrayList<>(sources));
    art15.put("automatedDecisionMaking", automated);
    art15.put("transfers", transfers);
    root.put("article15", art15);
    return new AccessPackage(request.id(), root);
  }

  /** The system's vendor, the platforms it runs on and their vendors, and the processor's sub-processors. */
  private static List<Vendor> chainOfVendors(Register register, InformationSystem system) {
    Map<String, Vendor> out = new LinkedHashMap<>();
    Optional<InformationSystem> s = Optional.of(system);
    Set<String> seen = new LinkedHashSet<>();
    while (s.isPresent() && seen.add(s.get().id())) {
      s.get().vendor().flatMap(register::vendor).ifPresent(v -> out.putIfAbsent(v.id(), v));
      s = s.get().hostedOn().flatMap(register::system);
    }
    for (Vendor v : List.copyOf(out.values())) {
      if (v.role() == VendorRole.PROCESSOR) {
        for (Vendor sub : register.vendors()) {
          if (sub.processorOf().map(v.id()::equals).orElse(false)) {
            out.putIfAbsent(sub.id(), sub);
          }
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  private static Map<String, Object> controller(Register register, Jurisdiction j) {
    Map<String, Object> m = new LinkedHashMap<>();
    register.organisation().ifPresent(o -> {
      m.put("name", o.name());
      o.organisationNumber().ifPresent(n -> m.put("organisationNumber", n));
      o.contact().ifPresent(c -> m.put("contact", c));
      o.dpoContact().ifPresent(c -> m.put("dataProtectionOfficer", c));
    });
    m.put("jurisdiction", j.countryCode());
    return m;
  }

  private static Map<String, Object> complaint(Jurisdiction j) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (j == Jurisdiction.NORWAY) {
      m.put("authority", "Datatilsynet");
      m.put("url", "https://www.datatilsynet.no/");
    } else {
      m.put("authority", "Integritetsskyddsmyndigheten (IMY)");
      m.put("url", "https://www.imy.se/");
    }
    m.put("reference", "GDPR Art. 15(1)(f), Art. 77");
    return m;
  }

  private static Map<String, Object> ground(LegalGround g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", g.id());
    m.put("citation", g.reference().citation());
    m.put("verification", WireNames.of(g.reference().status()));
    m.put("text", text(g.text()));
    return m;
  }

  private static Map<String, Object> text(LocalizedText t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sv", t.sv());
    m.put("nb", t.nb());
    m.put("en", t.en());
    return m;
  }
}
