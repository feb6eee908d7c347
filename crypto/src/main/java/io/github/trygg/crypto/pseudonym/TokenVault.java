package io.github.trygg.crypto.pseudonym;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Stores random tokens and their sealed values: the lookup table of document-randomised and fully
 * randomised pseudonyms. Implementations keep {@link VaultEntry}s and never need keys. Trygg ships
 * {@link InMemoryTokenVault} and {@link FileTokenVault}; a host with many millions of tokens
 * implements this over its database. Implementations must be safe to call from several threads.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface TokenVault {

  /**
   * Stores the entry and returns its token — unless the entry has a lookup digest and an entry with
   * the same domain and lookup is stored already: then nothing is stored and that entry's token is
   * returned. Atomic.
   *
   * @param entry the entry to store
   * @return the token handed out: this entry's, or the stored one with the same lookup
   */
  String putIfAbsent(VaultEntry entry);

  /**
   * The entry of a token.
   *
   * @param domain the domain's name
   * @param token the token
   * @return the entry; empty if the vault holds no such token
   */
  Optional<VaultEntry> find(String domain, String token);

  /**
   * Removes one token for good: afterwards it cannot be re-identified, and the value gets a new
   * token next time.
   *
   * @return whether there was such a token
   * @param domain the domain's name
   * @param token the token
   */
  boolean delete(String domain, String token);

  /**
   * Removes every token of one value (all entries with this subject digest), for erasure.
   *
   * @return how many were removed
   * @param domain the domain's name
   * @param subject the subject digest of the value
   */
  int deleteSubject(String domain, byte[] subject);

  /**
   * Makes everything stored so far durable. Called before a pseudonymisation run reports success,
   * so no output ever holds a token the vault could lose.
   */
  default void flush() {}
}
