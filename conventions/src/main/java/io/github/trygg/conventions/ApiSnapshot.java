package io.github.trygg.conventions;

import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The signatures of every public and protected member of every public type in the packages a module
 * exports to everyone, one per line and sorted, so that an API change shows up as a diff of the
 * committed snapshot. Run the build with {@code -Dtrygg.api.accept=true} to write the snapshot after
 * a deliberate change; without it, a difference fails the build and the current API is left in
 * {@code target/api/} for comparison.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ApiSnapshot {
  private static final String HEADER = "# The public API of this module: every public and protected member of every public type in\n"
      + "# its exported packages. Generated; a change here is a change of the API. Update with\n"
      + "# ./mvnw test -Dtrygg.api.accept=true and review the diff.\n";

  private final List<String> lines;

  private ApiSnapshot(List<String> lines) {
    this.lines = lines;
  }

  /** The API of the classes in {@code classes} that live in packages {@code descriptor} exports unqualified. */
  public static ApiSnapshot of(JavaClasses classes, ModuleDescriptor descriptor) {
    Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    TreeSet<String> lines = new TreeSet<>();
    for (JavaClass c : classes) {
      if (!exported.contains(c.getPackageName())) {
        continue;
      }
      Class<?> type = load(c.getName());
      if (!visible(type)) {
        continue;
      }
      lines.add(describeType(type));
      for (Constructor<?> k : type.getDeclaredConstructors()) {
        if (visible(k) && !k.isSynthetic()) {
          lines.add(name(type) + " " + modifiers(k) + "<init>" + params(k));
        }
      }
      for (Method m : allMethods(type)) {
        lines.add(name(type) + " " + modifiers(m) + typeParams(m.getTypeParameters()) + typeName(m.getGenericReturnType()) + " "
            + m.getName() + params(m) + (m.getDeclaringClass() == type ? "" : " (from " + name(m.getDeclaringClass()) + ")"));
      }
      for (Field f : type.getFields()) {
        if (f.getDeclaringClass() == type || !f.getDeclaringClass().getName().startsWith("java.")) {
          lines.add(name(type) + " " + modifiers(f) + typeName(f.getGenericType()) + " " + f.getName());
        }
      }
    }
    return new ApiSnapshot(new ArrayList<>(lines));
  }

  public List<String> lines() {
    return lines;
  }

  /** Compares with the committed file, or writes it when {@code trygg.api.accept} is set. */
  public void check(Path committed) {
    String current = HEADER + String.join("\n", lines) + "\n";
    try {
      if (Boolean.getBoolean("trygg.api.accept")) {
        Files.createDirectories(committed.toAbsolutePath().getParent());
        Files.writeString(committed, current, StandardCharsets.UTF_8);
        return;
      }
      List<String> before = Files.exists(committed)
          ? Files.readAllLines(committed, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).collect(Collectors.toList())
          : List.of();
      if (before.equals(lines)) {
        return;
      }
      Path left = Path.of("target", "api", committed.getFileName().toString());
      Files.createDirectories(left.getParent());
      Files.writeString(left, current, StandardCharsets.UTF_8);
      Set<String> was = new TreeSet<>(before);
      Set<String> now = new TreeSet<>(lines);
      List<String> diff = new ArrayList<>();
      was.stream().filter(l -> !now.contains(l)).forEach(l -> diff.add("- " + l));
      now.stream().filter(l -> !was.contains(l)).forEach(l -> diff.add("+ " + l));
      fail("the API differs from " + committed + " (" + diff.size() + " lines; current API in " + left.toAbsolutePath()
          + "; accept a deliberate change with -Dtrygg.api.accept=true):\n" + String.join("\n", diff.subList(0, Math.min(200, diff.size()))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ApiSnapshot.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("cannot load " + name, e);
    }
  }

  /** Public, or protected in a type a user can extend; and every enclosing type visible too. */
  private static boolean visible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      int m = t.getModifiers();
      if (!(Modifier.isPublic(m) || Modifier.isProtected(m)) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(Member member) {
    int m = member.getModifiers();
    boolean extendable = !Modifier.isFinal(member.getDeclaringClass().getModifiers());
    return Modifier.isPublic(m) || (Modifier.isProtected(m) && extendable);
  }

  /** Declared and inherited public methods, and declared protected ones; what the JDK defines is left out. */
  private static List<Method> allMethods(Class<?> type) {
    List<Method> out = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (!m.isSynthetic() && !m.isBridge() && !m.getDeclaringClass().getName().startsWith("java.")) {
        out.add(m);
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isProtected(m.getModifiers()) && visible(m) && !m.isSynthetic()) {
        out.add(m);
      }
    }
    return out;
  }

  private static String describeType(Class<?> t) {
    String kind = t.isAnnotation() ? "@interface" : t.isInterface() ? "interface" : t.isEnum() ? "enum" : t.isRecord() ? "record" : "class";
    StringBuilder b = new StringBuilder(name(t)).append(" = ").append(modifiers(t.getModifiers() & ~Modifier.INTERFACE & ~Modifier.ABSTRACT
        | (t.isInterface() ? 0 : t.getModifiers() & Modifier.ABSTRACT))).append(kind).append(typeParams(t.getTypeParameters()));
    Type sup = t.getGenericSuperclass();
    if (sup != null && sup != Object.class && !t.isEnum() && !t.isRecord()) {
      b.append(" extends ").append(typeName(sup));
    }
    Type[] interfaces = t.getGenericInterfaces();
    if (interfaces.length > 0) {
      b.append(t.isInterface() ? " extends " : " implements ")
          .append(Arrays.stream(interfaces).map(ApiSnapshot::typeName).sorted().collect(Collectors.joining(", ")));
    }
    API api = t.getAnnotation(API.class);
    if (api != null) {
      b.append(" @").append(api.status());
    }
    return b.toString();
  }

  private static String modifiers(Member m) {
    return modifiers(m.getModifiers());
  }

  private static String modifiers(int m) {
    String s = Modifier.toString(m & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT));
    return s.isEmpty() ? "" : s + " ";
  }

  private static String params(Executable e) {
    return Arrays.stream(e.getGenericParameterTypes()).map(ApiSnapshot::typeName).collect(Collectors.joining(", ", "(", ")"))
        + (e.getGenericExceptionTypes().length == 0 ? ""
            : " throws " + Arrays.stream(e.getGenericExceptionTypes()).map(ApiSnapshot::typeName).sorted().collect(Collectors.joining(", ")));
  }

  private static String typeParams(TypeVariable<?>[] vars) {
    if (vars.length == 0) {
      return "";
    }
    return Arrays.stream(vars).map(v -> v.getName()
            + (v.getBounds().length == 1 && v.getBounds()[0] == Object.class ? ""
                : " extends " + Arrays.stream(v.getBounds()).map(ApiSnapshot::typeName).collect(Collectors.joining(" & "))))
        .collect(Collectors.joining(", ", "<", "> "));
  }

  private static String typeName(Type t) {
    return t instanceof Class<?> c ? name(c) : t.getTypeName().replace("java.lang.", "").replace('$', '.');
  }

  private static String name(Class<?> c) {
    if (c.isArray()) {
      return name(c.getComponentType()) + "[]";
    }
    String n = c.getName().replace('$', '.');
    return n.startsWith("java.lang.") && n.indexOf('.', 10) < 0 ? n.substring(10) : n;
  }
}
