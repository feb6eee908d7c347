package io.github.trygg.core.identity;

import org.jspecify.annotations.Nullable;
import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.DataFormat;
import io.github.trygg.core.internal.data.Citations;
import io.github.trygg.core.internal.data.DataFiles;
import io.github.trygg.core.internal.data.Texts;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceObject;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The named mapping from login methods to assurance levels ({@code trygg-login-methods/1}). The
 * bundled file covers BankID, Freja eID Plus, Skatteverket's e-ID and SITHS in Sweden; MinID,
 * BankID, Buypass, Commfides and the ID-porten levels in Norway; and password with SMS code,
 * password alone, an e-mailed code, a letter and an identity document shown in person anywhere.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LoginMethods {
  static final String FORMAT = "trygg-login-methods/1";
  private static final LoginMethods BUNDLED = DataFiles.bundled(LoginMethods.class, "login-methods.yaml", FORMAT, LoginMethods::read);

  private final String version;
  private final Map<String, LoginMethod> byId;

  private LoginMethods(String version, List<LoginMethod> methods) {
    this.version = version;
    Map<String, LoginMethod> map = new LinkedHashMap<>();
    methods.forEach(m -> map.put(m.id(), m));
    this.byId = java.util.Collections.unmodifiableMap(map);
  }

  /** {@return the mapping shipped with Trygg} */
  public static LoginMethods bundled() {
    return BUNDLED;
  }

  /**
   * A host's own mapping; a malformed file is rejected whole, with locations.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the mapping
   */
  public static LoginMethods read(Path file) {
    return DataFiles.file(file, FORMAT, LoginMethods::read);
  }

  /**
   * A mapping from a stream, which is not closed.
   *
   * @param source names the input in every problem's location
   * @param in the file's bytes
   * @param format JSON or YAML
   * @return the mapping
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static LoginMethods read(String source, InputStream in, DataFormat format) {
    return DataFiles.read(source, in, Format.of(format), FORMAT, LoginMethods::read);
  }

  /** {@return the version of the mapping's data file} */
  public String version() {
    return version;
  }

  /** {@return every method, in file order} */
  public List<LoginMethod> methods() {
    return List.copyOf(byId.values());
  }

  /**
   * The method with this id.
   *
   * @param id the method's id
   * @return the method; empty if there is none
   */
  public Optional<LoginMethod> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The method with this id; an unknown id is an error that lists the known ones.
   *
   * @param id the method's id
   * @return the method
   */
  public LoginMethod method(String id) {
    LoginMethod m = byId.get(id);
    if (m == null) {
      throw new IllegalArgumentException("unknown login method '" + id + "'; expected one of " + String.join(", ", byId.keySet()));
    }
    return m;
  }

  /**
   * The assurance level the method gives.
   *
   * @param id the method's id
   * @return the method's assurance level
   */
  public AssuranceLevel levelOf(String id) {
    return method(id).level();
  }

  private static @Nullable LoginMethods read(SourceObject o, Problems p) {
    o.allowOnly(p, "format", "version", "methods");
    String version = Texts.nonBlank(o, "version", p);
    Set<String> ids = new HashSet<>();
    List<LoginMethod> methods = o.objects("methods", p).stream().map(m -> {
      m.allowOnly(p, "id", "label", "level", "scope", "sources");
      String id = Texts.id(m, "id", p);
      if (!ids.add(id)) {
        p.add("duplicate-id", m.keyLocation("id"), "login method '" + id + "' appears twice", "unique ids");
      }
      AssuranceLevel level = m.requireEnum("level", AssuranceLevel.class, p).orElse(AssuranceLevel.NONE);
      List<io.github.trygg.core.LegalReference> sources = Citations.readAll(m, "sources", p);
      if (m.has("sources") && sources.isEmpty()) {
        p.add("no-sources", m.keyLocation("sources"), "a login method without a source", "at least one citation");
      }
      return new LoginMethod(id, Texts.requireText(m, "label", p), level, Citations.requireScope(m, "scope", p), sources);
    }).toList();
    return p.isEmpty() ? new LoginMethods(version, methods) : null;
  }
}
