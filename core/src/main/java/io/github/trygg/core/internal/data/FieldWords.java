package io.github.trygg.core.internal.data;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import java.util.HashMap;
import java.util.Map;


/** Words for the fields of register entries that change lists and sign-offs name. */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.1")
public final class FieldWords {
  private static final Map<String, LocalizedText> LABELS = new HashMap<>();

  static {
    put("name", "namn", "navn", "name");
    put("owner", "ägare", "eier", "owner");
    put("personalData", "personuppgifter", "personopplysninger", "personal data");
    put("specialCategory", "känsliga personuppgifter", "særlige kategorier", "special category");
    put("volume", "omfattning", "omfang", "volume");
    put("dataCategories", "uppgiftskategorier", "opplysningskategorier", "data categories");
    put("profile", "profil", "profil", "profile");
    put("confidentiality", "konfidentialitet", "konfidensialitet", "confidentiality");
    put("integrity", "riktighet", "integritet", "integrity");
    put("availability", "tillgänglighet", "tilgjengelighet", "availability");
    put("traceability", "spårbarhet", "sporbarhet", "traceability");
    put("vendor", "leverantör", "leverandør", "vendor");
    put("hostedOn", "driftas på", "driftes på", "hosted on");
    put("clearedFor", "godkänd för", "godkjent for", "cleared for");
    put("authentication", "autentisering", "autentisering", "authentication");
    put("assetsStored", "lagrar", "lagrer", "stores");
    put("assetsProcessed", "behandlar", "behandler", "processes");
    put("dataLocations", "lagringsländer", "lagringsland", "data locations");
    put("features", "funktioner", "funksjoner", "features");
    put("internetExposed", "nåbar från internet", "eksponert mot internett", "internet exposed");
    put("source", "från", "fra", "source");
    put("target", "till", "til", "target");
    put("assetsSent", "skickar", "sender", "sends");
    put("assetsReceived", "tar emot", "mottar", "receives");
    put("transport", "transportskydd", "transportbeskyttelse", "transport");
    put("crossesOpenNetwork", "över öppet nät", "over åpent nett", "crosses an open network");
    put("protocol", "protokoll", "protokoll", "protocol");
    put("country", "land", "land", "country");
    put("role", "roll", "rolle", "role");
    put("processorOf", "underbiträde till", "underleverandør til", "sub-processor of");
    put("agreementDate", "avtalsdatum", "avtaledato", "agreement date");
    put("safeguards", "skyddsåtgärder", "garantier", "safeguards");
    put("safeguardEvidence", "underlag för skyddsåtgärder", "dokumentasjon av garantier", "safeguard evidence");
    put("euRepresentative", "företrädare i EU", "representant i EU", "EU representative");
    put("purpose", "ändamål", "formål", "purpose");
    put("legalBasis", "rättslig grund", "behandlingsgrunnlag", "legal basis");
    put("specialCategoryBasis", "undantag art. 9", "unntak art. 9", "Art. 9 basis");
    put("nationalLegalBasis", "nationell grund", "nasjonalt grunnlag", "national basis");
    put("dataSubjectCategories", "registrerade", "registrerte", "data subjects");
    put("assets", "informationsmängder", "informasjonsmengder", "assets");
    put("systems", "system", "systemer", "systems");
    put("recipients", "mottagare", "mottakere", "recipients");
    put("retention", "bevarande", "lagringstid", "retention");
    put("archiveStatus", "arkivstatus", "arkivstatus", "archive status");
    put("inherent", "inneboende risk", "iboende risiko", "inherent risk");
    put("residual", "kvarstående risk", "gjenværende risiko", "residual risk");
    put("acceptance", "acceptans", "aksept", "acceptance");
    put("status", "status", "status", "status");
    put("due", "klart senast", "frist", "due");
    put("resolved", "löst av analysen", "løst av analysen", "resolved by the analysis");
    put("consumer", "beroende system", "avhengig system", "consumer");
    put("supplier", "leverantörssystem", "leverandørsystem", "supplier");
    put("aspects", "aspekter", "aspekter", "aspects");
    put("outcome", "utfall av bedömningen", "utfall av vurderingen", "screening outcome");
    put("criteria", "kriterier (WP248)", "kriterier (WP248)", "criteria (WP248)");
    put("listItems", "förteckningens punkter", "listens punkter", "list items");
    put("severity", "allvarlighetsgrad", "alvorlighetsgrad", "severity");
    put("finding", "brist", "funn", "finding");
  }

  private FieldWords() {}

  private static void put(String field, String sv, String nb, String en) {
    LABELS.put(field, new LocalizedText(sv, nb, en));
  }

  public static String label(String field, Language language) {
    LocalizedText t = LABELS.get(field);
    return t == null ? field : t.in(language);
  }
}
