package io.github.trygg.crypto.pseudonym;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.Provider;
import java.security.Security;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A PKCS#12 file. Every version is a secret-key entry holding the master key itself, protected with
 * PBES2 (PBKDF2-HMAC-SHA-256, AES-256-CBC) under the store's password; a change reads the file
 * anew, writes a whole new file and moves it into place.
 */
final class Pkcs12Backend implements KeyStoreBackend {
  /** The JDK's default for PKCS#12 since 17, named so that older defaults cannot weaken it. */
  static final String PROTECTION = "PBEWithHmacSHA256AndAES_256";
  static final String ALGORITHM = "HmacSHA256";

  private final Path file;
  private final char[] password;
  private final String name;

  private Pkcs12Backend(Path file, char[] password) {
    this.file = file;
    this.password = password.clone();
    this.name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  static Pkcs12Backend open(Path file, char[] password) {
    return new Pkcs12Backend(file, password);
  }

  /** Writes a new store holding a fresh random version under {@code alias}, in one write. */
  static Pkcs12Backend create(Path file, char[] password, String alias) {
    Pkcs12Backend backend = new Pkcs12Backend(file, password);
    byte[] material = new byte[MasterKey.MIN_BYTES];
    new SecureRandom().nextBytes(material);
    try {
      KeyStore store = newKeyStore();
      store.load(null, null);
      store.setEntry(alias, new KeyStore.SecretKeyEntry(new SecretKeySpec(material, ALGORITHM)), backend.protection());
      backend.write(store);
    } catch (GeneralSecurityException | IOException e) {
      throw new KeyStoreAccessException(KeyStoreAccessException.Reason.REFUSED, backend.name, alias, e);
    } finally {
      Arrays.fill(material, (byte) 0);
    }
    return backend;
  }

  /**
   * {@return the JDK's own PKCS#12, whatever providers a host has installed before it: another
   * PKCS#12 implementation may not hold secret keys, or protect them differently}
   */
  private static KeyStore newKeyStore() throws KeyStoreException {
    Provider sun = Security.getProvider("SUN");
    return sun != null && sun.getService("KeyStore", "PKCS12") != null
        ? KeyStore.getInstance("PKCS12", sun)
        : KeyStore.getInstance("PKCS12");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "PKCS#12";
  }

  @Override
  public Contents read() {
    KeyStore store = load();
    Set<String> aliases;
    try {
      aliases = new TreeSet<>(Collections.list(store.aliases()));
    } catch (KeyStoreException e) {
      throw new KeyStoreAccessException(KeyStoreAccessException.Reason.UNREADABLE, name, null, e);
    }
    return new Contents() {
      @Override
      public Set<String> aliases() {
        return aliases;
      }

      @Override
      public MasterKey open(String alias, KeyRef ref, KeyStatus status) {
        byte[] material = null;
        try {
          Key key = store.getKey(alias, password);
          if (!(key instanceof SecretKey)) {
            throw new KeyStoreAccessException(KeyStoreAccessException.Reason.INVALID_ENTRY, name, alias, null);
          }
          material = key.getEncoded();
          if (material == null || material.length < MasterKey.MIN_BYTES || material.length > MasterKey.MAX_BYTES) {
            throw new KeyStoreAccessException(KeyStoreAccessException.Reason.INVALID_ENTRY, name, alias, null);
          }
          return MasterKey.of(ref, status, material);
        } catch (UnrecoverableKeyException e) {
          throw new KeyStoreAccessException(KeyStoreAccessException.Reason.LOGIN_REFUSED, name, alias, e);
        } catch (GeneralSecurityException e) {
          throw new KeyStoreAccessException(KeyStoreAccessException.Reason.INVALID_ENTRY, name, alias, e);
        } finally {
          if (material != null) {
            Arrays.fill(material, (byte) 0);
          }
        }
      }
    };
  }

  @Override
  public void generate(String alias) {
    byte[] material = new byte[MasterKey.MIN_BYTES];
    new SecureRandom().nextBytes(material);
    try {
      change(store -> store.setEntry(alias, new KeyStore.SecretKeyEntry(new SecretKeySpec(material, ALGORITHM)), protection()), alias);
    } finally {
      Arrays.fill(material, (byte) 0);
    }
  }

  @Override
  public void put(String alias, MasterKey key) {
    byte[] material = key.material();
    try {
      change(store -> store.setEntry(alias, new KeyStore.SecretKeyEntry(new SecretKeySpec(material, ALGORITHM)), protection()), alias);
    } finally {
      Arrays.fill(material, (byte) 0);
    }
  }

  @Override
  public void destroy(String alias, String marker) {
    byte[] filler = new byte[MasterKey.MIN_BYTES];
    new SecureRandom().nextBytes(filler);
    try {
      change(store -> {
        if (!store.containsAlias(marker)) {
          // PKCS#12 holds keys and certificates only; the marker is a fresh random key never used.
          store.setEntry(marker, new KeyStore.SecretKeyEntry(new SecretKeySpec(filler, ALGORITHM)), protection());
        }
        if (store.containsAlias(alias)) {
          store.deleteEntry(alias);
        }
      }, alias);
    } finally {
      Arrays.fill(filler, (byte) 0);
    }
  }

  private KeyStore.PasswordProtection protection() {
    return new KeyStore.PasswordProtection(password, PROTECTION, null);
  }

  private interface Change {
    void apply(KeyStore store) throws GeneralSecurityException;
  }

  /** Reads the file anew, applies the change and writes the whole file. */
  private void change(Change change, String alias) {
    KeyStore store = load();
    try {
      change.apply(store);
    } catch (GeneralSecurityException e) {
      throw new KeyStoreAccessException(KeyStoreAccessException.Reason.REFUSED, name, alias, e);
    }
    try {
      write(store);
    } catch (GeneralSecurityException e) {
      throw new KeyStoreAccessException(KeyStoreAccessException.Reason.REFUSED, name, alias, e);
    }
  }

  private KeyStore load() {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = newKeyStore();
      store.load(in, password);
      return store;
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UncheckedIOException("no key store " + file, e);
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new KeyStoreAccessException(KeyStoreAccessException.Reason.LOGIN_REFUSED, name, null, null);
      }
      throw new KeyStoreAccessException(KeyStoreAccessException.Reason.UNREADABLE, name, null, e);
    } catch (GeneralSecurityException e) {
      throw new KeyStoreAccessException(KeyStoreAccessException.Reason.UNREADABLE, name, null, e);
    }
  }

  /** A new file, owner-only where POSIX permissions exist, moved into place; never half a file. */
  private void write(KeyStore store) throws GeneralSecurityException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      store.store(buffer, password);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write key store " + file, e);
    }
    byte[] bytes = buffer.toByteArray();
    Path dir = KeyFiles.directoryOf(file);
    try {
      Path temp = dir.getFileSystem().supportedFileAttributeViews().contains("posix")
          ? Files.createTempFile(dir, ".keys", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
          : Files.createTempFile(dir, ".keys", ".tmp");
      try {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
          ByteBuffer b = ByteBuffer.wrap(bytes);
          while (b.hasRemaining()) {
            channel.write(b);
          }
          channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write key store " + file, e);
    }
  }
}
