package io.github.trygg.core.signoff;

import org.jspecify.annotations.Nullable;
import io.github.trygg.core.internal.data.Texts;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Sign-off files ⇄ {@link SignOffs}. */
final class SignOffCodec {
  private SignOffCodec() {}

  static @Nullable SignOffs read(SourceObject o, Problems p) {
    o.allowOnly(p, "format", "signOffs");
    List<SignOff> list = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (SourceObject s : o.objects("signOffs", p)) {
      int before = p.size();
      s.allowOnly(p, "id", "kind", "subject", "signedBy", "role", "signedOn", "statement", "reference", "approved", "fingerprint");
      String id = Texts.id(s, "id", p);
      if (s.has("id") && !ids.add(id)) {
        p.add("duplicate-id", s.keyLocation("id"), "sign-off '" + id + "' appears twice", "unique sign-off ids");
      }
      Optional<SignOffKind> kind = s.requireEnum("kind", SignOffKind.class, p);
      String subjectText = Texts.nonBlank(s, "subject", p);
      Optional<EntryRef> subject = subject(subjectText);
      if (s.has("subject") && subject.isEmpty()) {
        p.add("bad-reference", s.keyLocation("subject"), "'" + subjectText + "' names no register entry", "kind:id, for example asset:brukaruppgifter");
      } else if (subject.isPresent() && kind.isPresent() && !kind.get().subjects().contains(subject.get().kind())) {
        p.add("wrong-subject", s.keyLocation("subject"), "a " + WireNames.of(kind.get()) + " sign-off cannot be about " + subject.get(),
            "an entry of kind " + String.join(" or ", kind.get().subjects().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList()));
      }
      String signedBy = Texts.nonBlank(s, "signedBy", p);
      String role = Texts.nonBlank(s, "role", p);
      Optional<LocalDate> signedOn = s.optionalDate("signedOn", p);
      if (!s.has("signedOn")) {
        p.add("missing-property", s.location(), "missing required property 'signedOn'", "an ISO date such as 2026-01-31");
      }
      Map<String, String> approved = new LinkedHashMap<>();
      SourceObject a = s.requireObject("approved", p);
      for (Map.Entry<String, SourceNode> e : a.members().entrySet()) {
        SourceObject.asString(e.getValue(), p).ifPresent(v -> approved.put(e.getKey(), v));
      }
      String fingerprint = Texts.nonBlank(s, "fingerprint", p);
      if (s.has("fingerprint") && s.has("approved") && !fingerprint.equals(Snapshots.fingerprint(approved))) {
        p.add("fingerprint-mismatch", s.keyLocation("fingerprint"), "the fingerprint does not match what the sign-off says was approved",
            "the fingerprint written when it was signed; sign again instead of editing what was approved");
      }
      if (p.size() == before) {
        SignOff.Builder b = SignOff.builder().id(id).kind(kind.orElseThrow()).subject(subject.orElseThrow()).signedBy(signedBy).role(role)
            .signedOn(signedOn.orElseThrow()).approved(approved).location(s.location());
        s.optionalString("statement", p).ifPresent(b::statement);
        s.optionalString("reference", p).ifPresent(b::reference);
        list.add(b.build());
      }
    }
    return p.isEmpty() ? SignOffs.builder().signOffs(list).build() : null;
  }

  static Optional<EntryRef> subject(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      return Optional.empty();
    }
    String kind = text.substring(0, colon).toUpperCase(Locale.ROOT);
    for (EntryKind k : EntryKind.values()) {
      if (k.name().equals(kind)) {
        return Optional.of(new EntryRef(k, text.substring(colon + 1)));
      }
    }
    return Optional.empty();
  }

  static Map<String, Object> write(SignOffs signOffs) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", SignOffs.FORMAT);
    List<Object> list = new ArrayList<>();
    for (SignOff s : signOffs.signOffs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.id());
      m.put("kind", WireNames.of(s.kind()));
      m.put("subject", s.subject().toString());
      m.put("signedBy", s.signedBy());
      m.put("role", s.role());
      m.put("signedOn", s.signedOn().toString());
      s.statement().ifPresent(v -> m.put("statement", v));
      s.reference().ifPresent(v -> m.put("reference", v));
      m.put("approved", new LinkedHashMap<>(s.approved()));
      m.put("fingerprint", s.fingerprint());
      list.add(m);
    }
    root.put("signOffs", list);
    return root;
  }
}
