package io.github.trygg.core.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.VerificationStatus;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.SourceArray;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.core.internal.json.SourceScalar;
import io.github.trygg.core.message.SensitiveContentDetector;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.Organisation;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SampleRegisters;
import io.github.trygg.core.register.TransferSafeguard;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.register.VendorRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Art. 30(2) record on the sample register "Exempelkommun", item by item. */
class ProcessorRecordTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 24);
  private final Register register = SampleRegisters.exempelkommun();

  @Test
  void processorSectionNamesTheProcessorAndListsWhatTheRegisterCannotTell() {
    DraftDocument record = Records.processorRecord(register, "larmkraft", ON);
    assertEquals(DraftDocument.Kind.PROCESSOR_RECORD, record.documentKind());
    assertEquals("larmkraft", record.subject());
    assertEquals("Processor's record of processing activities – Larmkraft AB", record.title().en());
    assertEquals(List.of("processor", "Exempelkommun"), record.sections().stream().map(DraftSection::id).toList());

    DraftSection processor = section(record, "processor");
    assertEquals(ProcessorRecordDraft.ART_30_2, processor.reference().orElseThrow());
    assertEquals(VerificationStatus.SECONDARY, processor.reference().orElseThrow().status());
    assertEquals(List.of("Larmkraft AB"), en(item(processor, "processor")));
    assertEquals(List.of(new EntryRef(EntryKind.VENDOR, "larmkraft")), item(processor, "processor").sources());
    assertEquals("Art. 30(2)(a)", item(processor, "processor").reference().orElseThrow());
    assertEquals(List.of("dataskydd@larmkraft.example"), en(item(processor, "contact")));
    assertEquals(List.of("Not applicable – established in the EU/EEA (SE)"), en(item(processor, "representative")));
    assertEquals(List.of("dataskyddsombud@larmkraft.example"), en(item(processor, "dpo")));
    assertEquals("Art. 30(2)(a), Art. 37", item(processor, "dpo").reference().orElseThrow());
  }

  @Test
  void controllerSectionCoversArticle30_2_aToD() {
    DraftSection kommun = section(Records.processorRecord(register, "larmkraft", ON), "Exempelkommun");
    assertEquals("Controller: Exempelkommun", kommun.title().en());
    assertEquals("Behandlingsansvarlig: Exempelkommun", kommun.title().nb());
    // (a) the controller on whose behalf the processor acts: the committee the alarm service belongs to
    assertEquals(List.of("Socialnämnden (Exempelkommun)"), en(item(kommun, "controller")));
    assertEquals(List.of("socialnamnden@exempelkommun.example"), en(item(kommun, "controller-contact")));
    assertEquals(List.of("dataskyddsombud@exempelkommun.example"), en(item(kommun, "controller-dpo")));
    assertEquals(List.of("Not applicable – established in the EU/EEA (SE)"), en(item(kommun, "controller-representative")));
    // (b) categories of processing: only the activity that uses Larmkraft's systems, with what each system does
    DraftItem processing = item(kommun, "processing");
    assertEquals("Art. 30(2)(b)", processing.reference().orElseThrow());
    assertEquals(1, processing.values().size(), en(processing).toString());
    String line = processing.values().get(0).en();
    assertTrue(line.startsWith("Trygghetslarm (Ta emot och åtgärda larm"), line);
    assertTrue(line.contains("Larmkraft Trygghetslarmplattform (stores Larmhändelser)"), line);
    assertTrue(line.contains("Fallsensorer (processes Larmhändelser)"), line);
    assertTrue(processing.values().get(0).sv().contains("Larmkraft Trygghetslarmplattform (lagrar Larmhändelser)"));
    assertTrue(processing.values().get(0).nb().contains("Fallsensorer (behandler Larmhändelser)"));
    assertFalse(line.contains("Vakta"), "the alarm centre is another processor's system");
    assertTrue(processing.sources().containsAll(List.of(new EntryRef(EntryKind.ACTIVITY, "trygghetslarm"), new EntryRef(EntryKind.SYSTEM, "larmplattform"))));
    assertEquals(List.of("health", "activity and movement", "special category (Art. 9)", "national identity numbers (Art. 87)"), en(item(kommun, "data")));
    assertEquals(List.of("care recipients"), en(item(kommun, "subjects")));
    // (c) no third country anywhere in the chain: Larmkraft, Nordmoln and the platform are in Sweden
    DraftItem transfers = item(kommun, "transfers");
    assertEquals("Art. 30(2)(c)", transfers.reference().orElseThrow());
    assertFalse(transfers.isMissing());
    assertEquals(List.of(), transfers.values());
    assertEquals(List.of("Larmkraft Trygghetslarmplattform: SE"), en(item(kommun, "locations")), "the alarm devices sit in the home and have no location of their own");
    // (d) technical measures from the register, organisational ones missing
    List<String> measures = en(item(kommun, "measures"));
    assertEquals("Art. 30(2)(d), Art. 32(1)", item(kommun, "measures").reference().orElseThrow());
    assertTrue(measures.contains("Larmkraft Trygghetslarmplattform: cleared for C3 I3 A3 T3; user authentication substantial; restored within 15 minutes"), measures.toString());
    assertTrue(item(kommun, "measures").values().stream().anyMatch(v -> v.sv().equals(
        "Larmkraft Trygghetslarmplattform: godkänt för K3 R3 T3 S3; inloggning på nivå väsentlig; återställs inom 15 minuter")), "levels, level and time in words");
    assertTrue(measures.contains("Larm från larmenhet: encrypted hop by hop (TLS), client certificates (mutual TLS)"), measures.toString());
    assertTrue(measures.contains("Larm till larmcentral: encrypted hop by hop (TLS), client certificates (mutual TLS)"),
        "flows leaving the processor's systems count too: " + measures);
    assertTrue(item(kommun, "organisational").isMissing());
  }

  @Test
  void theMissingListIsExactlyWhatTheRegisterDoesNotHold() {
    assertEquals(List.of("Exempelkommun/organisational"), gaps(Records.processorRecord(register, "larmkraft", ON)));
    // Journalia has no contact in the register.
    assertEquals(List.of("processor/contact", "processor/dpo", "Exempelkommun/organisational"), gaps(Records.processorRecord(register, "journalia", ON)));
    // Insight is established in the US and the sample names its representative in the Union, not its DPO.
    assertEquals(List.of("processor/contact", "processor/dpo", "Exempelkommun/organisational"), gaps(Records.processorRecord(register, "insight", ON)));
  }

  @Test
  void unknownLocationsAndUnusedSystemsAreMissingNotAssumed() {
    Register noLocations = Register.builder().from(register)
        .systems(register.systems().stream().map(s -> InformationSystem.builder().from(s).dataLocations(List.of()).build()).toList())
        .build();
    DraftItem locations = item(section(Records.processorRecord(noLocations, "larmkraft", ON), "Exempelkommun"), "locations");
    assertTrue(locations.isMissing());
    assertEquals("the countries where data are kept or processed for Larmkraft Trygghetslarmplattform (dataLocations, its own or its platform's)",
        locations.missing().orElseThrow().en(), "the devices in the home are not asked for");
    // With its own location gone, a system hosted on a platform takes the platform's.
    Register platformOnly = Register.builder().from(register)
        .systems(register.systems().stream().map(s -> s.id().equals("journal") ? InformationSystem.builder().from(s).dataLocations(List.of()).build() : s).toList())
        .build();
    assertEquals(List.of("Verksamhetssystem socialtjänst (journal): SE"),
        en(item(section(Records.processorRecord(platformOnly, "journalia", ON), "Exempelkommun"), "locations")), "inherited from the municipality's data centre");

    Register unused = Register.builder().from(register)
        .activities(register.activities().stream().filter(a -> !a.id().equals("trygghetslarm")).toList()).build();
    DraftSection kommun = section(Records.processorRecord(unused, "larmkraft", ON), "Exempelkommun");
    assertTrue(item(kommun, "processing").isMissing(), "no activity uses Larmkraft's systems");
    assertFalse(item(kommun, "data").isMissing(), "the systems still hold the alarm events");
  }

  @Test
  void thirdCountryTransfersNameTheCountryTheToolAndItsDocumentation() {
    DraftSection kommun = section(Records.processorRecord(register, "insight", ON), "Exempelkommun");
    List<String> transfers = en(item(kommun, "transfers"));
    assertTrue(transfers.contains("Insight Analytics Inc. (US): standard contractual clauses, supplementary measures – TIA-2026-02 (överföringsanalys); pseudonymisering med nyckel hos kommunen"),
        transfers.toString());
    assertTrue(transfers.contains("CloudScale Inc. (US): standard contractual clauses – Modul 3 (biträde till underbiträde) i standardavtalsklausulerna"), transfers.toString());
    assertTrue(transfers.contains("Datalager för uppföljning: data stored in US"), transfers.toString());
    assertEquals(List.of("Datalager för uppföljning: US"), en(item(kommun, "locations")));
  }

  @Test
  void aDerogationWithoutDocumentedSafeguardsIsMissingNotAssumed() {
    Register derogation = withVendor(register, "insight",
        v -> Vendor.builder().from(v).safeguards(List.of(TransferSafeguard.DEROGATION)).safeguardEvidence(Optional.empty()).build());
    DraftItem transfers = item(section(Records.processorRecord(derogation, "insight", ON), "Exempelkommun"), "transfers");
    assertTrue(transfers.isMissing());
    assertTrue(transfers.missing().orElseThrow().en().contains("Art. 49(1) derogation used for Insight Analytics Inc."), transfers.missing().toString());
    DraftSection followUp = section(Records.recordOfProcessing(derogation, ON), "uppfoljning");
    assertTrue(item(followUp, "transfers").isMissing(), "the controller's record, Art. 30(1)(e), asks for the same documentation");
    // Documented, the same derogation is reported with its documentation.
    Register documented = withVendor(register, "insight",
        v -> Vendor.builder().from(v).safeguards(List.of(TransferSafeguard.DEROGATION)).safeguardEvidence("Beslut 2026-07 om art. 49.1 andra stycket").build());
    DraftItem ok = item(section(Records.processorRecord(documented, "insight", ON), "Exempelkommun"), "transfers");
    assertFalse(ok.isMissing());
    assertTrue(en(ok).contains("Insight Analytics Inc. (US): Art. 49 derogation – Beslut 2026-07 om art. 49.1 andra stycket"), en(ok).toString());
  }

  @Test
  void theVendorsDpoAndRepresentativeComeFromTheRegisterWhenRecorded() {
    // Without the fields, both are gaps that name the field to fill.
    Register without = withVendor(register, "insight", v -> Vendor.builder().from(v).dpoContact(Optional.empty()).euRepresentative(Optional.empty()).build());
    DraftSection bare = section(Records.processorRecord(without, "insight", ON), "processor");
    assertTrue(item(bare, "dpo").missing().orElseThrow().en().contains("vendors[].dpoContact"));
    assertTrue(item(bare, "representative").missing().orElseThrow().en().contains("vendors[].euRepresentative"));
    Register filled = withVendor(register, "insight",
        v -> Vendor.builder().from(v).dpoContact("dpo@insight.example").euRepresentative("Insight EU Representative Ltd, Dublin, eurep@insight.example").build());
    DraftDocument record = Records.processorRecord(filled, "insight", ON);
    DraftSection processor = section(record, "processor");
    assertEquals(List.of("dpo@insight.example"), en(item(processor, "dpo")));
    assertEquals(List.of("Insight EU Representative Ltd, Dublin, eurep@insight.example"), en(item(processor, "representative")));
    assertEquals(List.of("processor/contact", "Exempelkommun/organisational"), gaps(record));
    // Inside the EU/EEA a representative is not applicable, whatever the register says.
    Register larmkraft = withVendor(register, "larmkraft", v -> Vendor.builder().from(v).euRepresentative("should not be shown").build());
    assertEquals(List.of("Not applicable – established in the EU/EEA (SE)"), en(item(section(Records.processorRecord(larmkraft, "larmkraft", ON), "processor"), "representative")));
  }

  @Test
  void aHostingSubProcessorIsRecordedForTheControllerThroughTheProcessorThatEngagedIt() {
    DraftDocument record = Records.processorRecord(register, "nordmoln", ON);
    assertEquals("Sub-processor's record of processing activities – Nordmoln AB", record.title().en());
    assertEquals("Underbiträde", section(record, "processor").title().sv());
    DraftSection kommun = section(record, "Exempelkommun");
    assertEquals(List.of("Socialnämnden (Exempelkommun)"), en(item(kommun, "controller")));
    assertEquals(List.of("Larmkraft AB (processor, SE, dataskydd@larmkraft.example)", "Sub-processing agreement: 2023-11-01"), en(item(kommun, "engaged-by")));
    assertEquals("Art. 30(2)(a), Art. 28(4)", item(kommun, "engaged-by").reference().orElseThrow());
    String line = item(kommun, "processing").values().get(0).en();
    assertTrue(line.contains("Larmkraft driftmiljö (hosts Larmkraft Trygghetslarmplattform)"), line);
    assertTrue(line.contains("Larmkraft Trygghetslarmplattform (stores Larmhändelser)"), line);
    assertEquals(List.of("Larmkraft Trygghetslarmplattform: SE", "Larmkraft driftmiljö: SE"), en(item(kommun, "locations")));
    assertEquals(List.of("processor/dpo", "Exempelkommun/organisational"), gaps(record));
  }

  @Test
  void aSubProcessorWithoutSystemsShowsItsProcessorsOperationsAndAsksForItsOwnPart() {
    DraftDocument record = Records.processorRecord(register, "cloudscale", ON);
    DraftSection kommun = section(record, "Exempelkommun");
    assertEquals(List.of("Insight Analytics Inc. (processor, US)", "Sub-processing agreement: 2026-04-10"), en(item(kommun, "engaged-by")));
    String line = item(kommun, "processing").values().get(0).en();
    assertTrue(line.startsWith("Through Insight Analytics Inc.: Uppföljning och statistik"), line);
    assertTrue(item(kommun, "processing").values().get(0).nb().startsWith("Gjennom Insight Analytics Inc.: "));
    assertEquals(List.of("processor/contact", "processor/representative", "processor/dpo", "Exempelkommun/own-operations", "Exempelkommun/organisational"), gaps(record));
    assertTrue(item(kommun, "own-operations").missing().orElseThrow().en().contains("a system with vendor: cloudscale"));
  }

  @Test
  void oneSectionPerControllerWhenTheProcessorWorksForSeveral() {
    Register norwegian = Register.builder().from(register)
        .name("Eksempelkommune – systemoversikt")
        .organisation(Organisation.builder().name("Eksempelkommune").jurisdiction(Jurisdiction.NORWAY).contact("postmottak@eksempelkommune.example").build())
        .build();
    Register unnamed = Register.builder().from(register).organisation(Optional.empty()).name(Optional.empty()).build();
    Register withoutLarmkraft = Register.builder().from(register)
        .vendors(register.vendors().stream().filter(v -> !v.id().equals("larmkraft")).toList()).build();
    DraftDocument record = Records.processorRecord(List.of(register, norwegian, withoutLarmkraft, unnamed), "larmkraft", ON);
    assertEquals(List.of("processor", "Exempelkommun", "Eksempelkommune", "controller-4"), record.sections().stream().map(DraftSection::id).toList(),
        "a register that does not name the vendor has no section");
    DraftSection no = section(record, "Eksempelkommune");
    assertEquals(List.of("Not applicable – established in the EU/EEA (NO)"), en(item(no, "controller-representative")));
    assertEquals(List.of("Exempelkommun/organisational", "Eksempelkommune/controller-dpo", "Eksempelkommune/organisational",
        "controller-4/controller", "controller-4/controller-contact", "controller-4/controller-dpo", "controller-4/organisational"), gaps(record));
  }

  @Test
  void anUnknownOrNonProcessingVendorIsATypedErrorNamingIt() {
    UnknownProcessorException unknown = assertThrows(UnknownProcessorException.class, () -> Records.processorRecord(register, "larmkarft", ON));
    assertEquals("larmkarft", unknown.vendorId());
    assertEquals(Optional.empty(), unknown.role());
    assertTrue(unknown.getMessage().startsWith("no vendor 'larmkarft' in the register; processors in the register: arkivia, cloudscale,"), unknown.getMessage());
    assertTrue(unknown.getMessage().contains("larmkraft"), unknown.getMessage());

    Register supplier = withVendor(register, "vakta", v -> Vendor.builder().from(v).role(VendorRole.SUPPLIER).build());
    UnknownProcessorException notProcessing = assertThrows(UnknownProcessorException.class, () -> Records.processorRecord(supplier, "vakta", ON));
    assertEquals(Optional.of(VendorRole.SUPPLIER), notProcessing.role());
    assertTrue(notProcessing.getMessage().startsWith("vendor 'vakta' is a supplier in the register, not a processor or sub-processor"), notProcessing.getMessage());

    assertThrows(IllegalArgumentException.class, () -> Records.processorRecord(List.of(), "larmkraft", ON));
  }

  @Test
  void rendersMarkdownInEachLanguageAndJsonWithEveryReference() {
    DraftDocument record = Records.processorRecord(register, "nordmoln", ON);
    String sv = record.toMarkdown(Language.SWEDISH);
    assertTrue(sv.startsWith("# Underbiträdets register över behandlingar – Nordmoln AB"), sv);
    assertTrue(sv.contains("_GDPR Art. 30(2) (lag eller EU-förordning; läst i andrahandskälla)_"), sv);
    assertTrue(sv.contains("- **Anlitad av** (Art. 30(2)(a), Art. 28(4)):"), sv);
    assertTrue(sv.contains("## Att komplettera"), sv);
    assertTrue(record.toMarkdown(Language.NORWEGIAN_BOKMAL).contains("## Behandlingsansvarlig: Exempelkommun"));
    assertTrue(record.toMarkdown(Language.ENGLISH).contains("- **Categories of processing** (Art. 30(2)(b)):"));

    SourceObject json = (SourceObject) SourceReader.read("record.json", record.toJson(), Format.JSON);
    assertEquals("processor-record", text(json.get("kind").orElseThrow()));
    assertEquals("nordmoln", text(json.get("subject").orElseThrow()));
    assertEquals(String.valueOf(record.missing().size()), text(json.get("missingCount").orElseThrow()));
    SourceObject controller = (SourceObject) ((SourceArray) json.get("sections").orElseThrow()).elements().get(1);
    SourceObject reference = (SourceObject) controller.get("reference").orElseThrow();
    assertEquals("GDPR Art. 30(2)", text(reference.get("citation").orElseThrow()));
    assertEquals("secondary", text(reference.get("verification").orElseThrow()));
    assertTrue(text(reference.get("url").orElseThrow()).startsWith("https://"));
  }

  /**
   * Only the fields Art. 30(2) needs are copied: identity numbers and credentials planted in fields
   * the record has no use for (descriptions, owners, assessors, flow descriptions) never reach it.
   */
  @Test
  void noPersonalDataOrSecretsReachTheRecord() {
    long seed = Long.getLong("trygg.seed", System.nanoTime());
    Random random = new Random(seed);
    String number = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER,
        LocalDate.of(1930 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28)), random.nextInt(1000)).formatted();
    String secret = "sk_live_" + Long.toHexString(random.nextLong());
    Register planted = Register.builder().from(register)
        .assets(register.assets().stream().map(a -> InformationAsset.builder().from(a).description("Kontakt " + number + " " + secret).build()).toList())
        .systems(register.systems().stream().map(s -> InformationSystem.builder().from(s).owner("Handläggare " + number).description("token " + secret).build()).toList())
        .integrations(register.integrations().stream().map(i -> Integration.builder().from(i).description("api-key=" + secret + " " + number).build()).toList())
        .build();
    SensitiveContentDetector detector = SensitiveContentDetector.identityNumbersOnly();
    for (String vendor : List.of("larmkraft", "nordmoln", "insight", "cloudscale", "journalia")) {
      DraftDocument record = Records.processorRecord(planted, vendor, ON);
      for (String out : List.of(record.toJson(), record.toMarkdown(Language.SWEDISH), record.toMarkdown(Language.NORWEGIAN_BOKMAL), record.toMarkdown(Language.ENGLISH))) {
        assertFalse(out.contains(number) || out.contains(number.replace("-", "")), vendor + ": identity number copied (seed " + seed + ")");
        assertFalse(out.contains(secret), vendor + ": secret copied (seed " + seed + ")");
        assertTrue(detector.scan(out, ON).isEmpty(), vendor + ": " + detector.scan(out, ON) + " (seed " + seed + ")");
      }
    }
  }

  private static Register withVendor(Register register, String id, java.util.function.UnaryOperator<Vendor> change) {
    return Register.builder().from(register)
        .vendors(register.vendors().stream().map(v -> v.id().equals(id) ? change.apply(v) : v).collect(Collectors.toList())).build();
  }

  private static List<String> gaps(DraftDocument doc) {
    return doc.missing().stream().map(g -> g.sectionId() + "/" + g.item().key()).toList();
  }

  private static List<String> en(DraftItem item) {
    return item.values().stream().map(v -> v.en()).toList();
  }

  private static String text(io.github.trygg.core.internal.json.SourceNode node) {
    return ((SourceScalar) node).text();
  }

  private static DraftSection section(DraftDocument doc, String id) {
    return doc.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no section " + id));
  }

  private static DraftItem item(DraftSection section, String key) {
    return section.items().stream().filter(i -> i.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no item " + key + " in " + section.id() + ": " + section.items().stream().map(DraftItem::key).toList()));
  }
}
