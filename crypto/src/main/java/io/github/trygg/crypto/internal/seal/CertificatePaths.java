package io.github.trygg.crypto.internal.seal;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * PKIX path building and validation with the JDK, to the given trust anchors at a given time, plus
 * the key-usage check PKIX leaves to the application for the end entity.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CertificatePaths {
  /** keyUsage bits (RFC 5280 4.2.1.3). */
  public static final int DIGITAL_SIGNATURE = 0;
  public static final int NON_REPUDIATION = 1;
  public static final int KEY_ENCIPHERMENT = 2;
  public static final int KEY_AGREEMENT = 4;

  private CertificatePaths() {}

  /**
   * The time window in which a validated path stays valid: the latest notBefore and the earliest
   * notAfter of its certificates. Without revocation checking, the same certificate validates the
   * same way at any instant inside it.
   */
  public record Window(Instant from, Instant until) {
    public boolean contains(Instant t) {
      return !t.isBefore(from) && !t.isAfter(until);
    }
  }

  /**
   * Throws a {@link CmsFailure} unless {@code entity} chains to an anchor at {@code at} and allows
   * one of {@code usages} (when it restricts usage at all).
   */
  public static Window validate(X509Certificate entity, Collection<X509Certificate> intermediates, Set<TrustAnchor> anchors, Instant at, int... usages) {
    return validate(entity, intermediates, anchors, List.of(), at, usages);
  }

  private static java.security.cert.CertPathBuilderResult build(X509Certificate entity, List<X509Certificate> certificates, Set<TrustAnchor> anchors,
      boolean checkRevocation, Collection<X509CRL> crls, Date when) throws GeneralSecurityException {
    X509CertSelector target = new X509CertSelector();
    target.setCertificate(entity);
    PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
    params.setDate(when);
    List<Object> store = new ArrayList<>(certificates);
    if (!checkRevocation) {
      params.setRevocationEnabled(false);
    } else {
      store.addAll(crls);
      // CRLs given here only: no OCSP, no fetching from distribution points.
      PKIXRevocationChecker checker = (PKIXRevocationChecker) CertPathBuilder.getInstance("PKIX").getRevocationChecker();
      checker.setOptions(EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS, PKIXRevocationChecker.Option.NO_FALLBACK));
      params.addCertPathChecker(checker);
      params.setRevocationEnabled(true);
    }
    params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
    return CertPathBuilder.getInstance("PKIX").build(params);
  }

  private static boolean buildsWithoutRevocation(X509Certificate entity, List<X509Certificate> certificates, Set<TrustAnchor> anchors, Date when) {
    try {
      build(entity, certificates, anchors, false, List.of(), when);
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /**
   * As {@link #validate(X509Certificate, Collection, Set, Instant, int...)}, and with {@code crls}
   * not empty also checks revocation against them, and only them (no OCSP, no fetching of
   * distribution points): every certificate of the path needs a current list from its issuer. The
   * window then also ends at the earliest next update of the lists.
   */
  public static Window validate(X509Certificate entity, Collection<X509Certificate> intermediates, Set<TrustAnchor> anchors, Collection<X509CRL> crls,
      Instant at, int... usages) {
    Date when = Date.from(at);
    List<X509Certificate> all = new ArrayList<>(intermediates);
    all.add(entity);
    for (X509Certificate c : all) {
      try {
        c.checkValidity(when);
      } catch (CertificateExpiredException e) {
        if (c == entity) {
          throw new CmsFailure(CmsFailure.Kind.EXPIRED, "the certificate expired before " + at, e);
        }
      } catch (CertificateNotYetValidException e) {
        if (c == entity) {
          throw new CmsFailure(CmsFailure.Kind.NOT_YET_VALID, "the certificate is not valid until after " + at, e);
        }
      }
    }
    boolean[] keyUsage = entity.getKeyUsage();
    if (keyUsage != null && usages.length > 0) {
      boolean any = false;
      for (int u : usages) {
        any |= u < keyUsage.length && keyUsage[u];
      }
      if (!any) {
        throw new CmsFailure(CmsFailure.Kind.WRONG_KEY_USAGE, "the certificate's key usage does not allow this operation");
      }
    }
    if (anchors.isEmpty()) {
      throw new CmsFailure(CmsFailure.Kind.UNTRUSTED_CHAIN, "no trust anchors are configured");
    }
    try {
      // A stale list counts as no list, so the status is unknown rather than good.
      List<X509CRL> current = crls.stream().filter(c -> c.getNextUpdate() == null || !c.getNextUpdate().before(when)).toList();
      java.security.cert.CertPathBuilderResult result = build(entity, all, anchors, !crls.isEmpty(), current, when);
      Instant from = entity.getNotBefore().toInstant();
      Instant until = entity.getNotAfter().toInstant();
      for (java.security.cert.Certificate c : result.getCertPath().getCertificates()) {
        X509Certificate x = (X509Certificate) c;
        from = x.getNotBefore().toInstant().isAfter(from) ? x.getNotBefore().toInstant() : from;
        until = x.getNotAfter().toInstant().isBefore(until) ? x.getNotAfter().toInstant() : until;
      }
      if (result instanceof java.security.cert.PKIXCertPathBuilderResult pkix && pkix.getTrustAnchor().getTrustedCert() != null) {
        X509Certificate anchor = pkix.getTrustAnchor().getTrustedCert();
        from = anchor.getNotBefore().toInstant().isAfter(from) ? anchor.getNotBefore().toInstant() : from;
        until = anchor.getNotAfter().toInstant().isBefore(until) ? anchor.getNotAfter().toInstant() : until;
      }
      for (X509CRL crl : current) {
        Date next = crl.getNextUpdate();
        if (next != null && next.toInstant().isBefore(until)) {
          until = next.toInstant();
        }
      }
      return new Window(from, until);
    } catch (CertPathBuilderException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof CertPathValidatorException v && v.getReason() == CertPathValidatorException.BasicReason.REVOKED) {
          throw new CmsFailure(CmsFailure.Kind.REVOKED, "a certificate of the path is revoked", e);
        }
      }
      // The builder does not say why no path passed the revocation check; if one passes without
      // it, the status was what was missing.
      if (!crls.isEmpty() && buildsWithoutRevocation(entity, all, anchors, when)) {
        throw new CmsFailure(CmsFailure.Kind.REVOCATION_UNKNOWN, "no current revocation list from the issuer covers a certificate of the path", e);
      }
      for (X509Certificate c : intermediates) {
        if (c.getNotAfter().before(when)) {
          throw new CmsFailure(CmsFailure.Kind.EXPIRED, "an issuing certificate expired before " + at, e);
        }
      }
      throw new CmsFailure(CmsFailure.Kind.UNTRUSTED_CHAIN, "no valid path to a trust anchor", e);
    } catch (GeneralSecurityException e) {
      throw new CmsFailure(CmsFailure.Kind.UNTRUSTED_CHAIN, "the path could not be checked (" + e.getClass().getSimpleName() + ")", e);
    }
  }
}
