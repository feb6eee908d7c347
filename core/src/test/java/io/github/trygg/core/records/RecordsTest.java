package io.github.trygg.core.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Language;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.core.register.Organisation;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SampleRegisters;
import io.github.trygg.core.register.Vendor;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecordsTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 24);
  private final Register register = SampleRegisters.exempelkommun();

  @Test
  void recordHasTheControllerAndOneSectionPerActivity() {
    DraftDocument record = Records.recordOfProcessing(register, ON);
    assertEquals("controller", record.sections().get(0).id());
    assertEquals(register.activities().size() + 1, record.sections().size());
    DraftSection alarm = section(record, "trygghetslarm");
    assertTrue(item(alarm, "purposes").values().get(1).en().contains("Art. 9(2): health or social care"));
    assertTrue(item(alarm, "purposes").values().get(1).sv().contains("art. 9.2: hälso- och sjukvård eller social omsorg"));
    assertTrue(item(alarm, "recipients").values().stream().anyMatch(v -> v.en().startsWith("Larmkraft AB (processor, SE)")));
    assertTrue(item(alarm, "recipients").values().stream().anyMatch(v -> v.en().startsWith("Nordmoln AB (sub-processor")), "sub-processors reached through their processor");
    assertTrue(item(alarm, "data").values().stream().anyMatch(v -> v.en().equals("special category (Art. 9)")));
  }

  @Test
  void eachCommitteeIsControllerOfItsOwnProcessingAndKeepsItsRecord() {
    DraftDocument whole = Records.recordOfProcessing(register, ON);
    assertEquals(List.of("Socialnämnden (Exempelkommun), socialnamnden@exempelkommun.example",
            "Kommunstyrelsen (Exempelkommun), kommunstyrelsen@exempelkommun.example"),
        item(whole.sections().get(0), "controllers").values().stream().map(v -> v.sv()).toList(), "committees, not the municipality");
    assertTrue(item(section(whole, "uppfoljning"), "controller").values().get(0).sv().startsWith("Kommunstyrelsen"));
    assertTrue(item(section(whole, "nattillsyn"), "controller").values().get(0).sv().startsWith("Socialnämnden"));

    List<DraftDocument> records = Records.recordsOfProcessing(register, ON);
    assertEquals(List.of("Socialnämnden", "Kommunstyrelsen"), records.stream().map(DraftDocument::subject).toList());
    DraftDocument board = records.get(1);
    assertEquals("Kommunstyrelsen (Exempelkommun)", item(board.sections().get(0), "controller").values().get(0).sv());
    assertEquals(List.of("controller", "uppfoljning"), board.sections().stream().map(DraftSection::id).toList(), "only the board's own processing");
    assertEquals(List.of(), board.missing(), "the board's record is complete; its DPO is the organisation's");
    // Without units the organisation is the controller, in one record.
    Register noUnits = Register.builder().from(register)
        .organisation(Organisation.builder().from(register.organisation().orElseThrow()).units(List.of()).build()).build();
    List<DraftDocument> one = Records.recordsOfProcessing(noUnits, ON);
    assertEquals(1, one.size());
    assertEquals("Exempelkommun", item(one.get(0).sections().get(0), "controller").values().get(0).sv());
    assertEquals(register.activities().size() + 1, one.get(0).sections().size());
  }

  @Test
  void theProcessorAgreementNamesTheControllingCommittee() {
    DraftDocument larmkraft = Records.processorAgreement(register, "larmkraft", ON);
    assertEquals(List.of("Socialnämnden (Exempelkommun), socialnamnden@exempelkommun.example"),
        item(section(larmkraft, "A"), "controller").values().stream().map(v -> v.sv()).toList());
    DraftDocument insight = Records.processorAgreement(register, "insight", ON);
    assertTrue(item(section(insight, "A"), "controller").values().get(0).sv().startsWith("Kommunstyrelsen"), "the warehouse serves the board's follow-up");
  }

  @Test
  void transfersNameTheThirdCountryAndItsSafeguard() {
    DraftItem transfers = item(section(Records.recordOfProcessing(register, ON), "uppfoljning"), "transfers");
    assertFalse(transfers.isMissing());
    assertTrue(transfers.values().stream().anyMatch(v -> v.en().startsWith("Insight Analytics Inc. (US): standard contractual clauses, supplementary measures")), transfers.values().toString());
    assertTrue(transfers.values().stream().anyMatch(v -> v.en().startsWith("CloudScale Inc. (US)")), transfers.values().toString());
    assertTrue(transfers.values().stream().anyMatch(v -> v.en().contains("data stored in US") && v.sv().contains("data lagras i US")));
  }

  @Test
  void missingRegisterFieldsAreListedNotInvented() {
    Register bare = Register.builder().from(register)
        .organisation(Organisation.builder().name("Exempelkommun").jurisdiction(io.github.trygg.core.Jurisdiction.SWEDEN).build())
        .activities(register.activities().stream()
            .map(a -> io.github.trygg.core.register.ProcessingActivity.builder().from(a).retention(java.util.Optional.empty()).build())
            .collect(Collectors.toList()))
        .vendors(register.vendors().stream()
            .map(v -> v.id().equals("insight") ? Vendor.builder().from(v).safeguards(List.of()).build() : v).collect(Collectors.toList()))
        .build();
    DraftDocument record = Records.recordOfProcessing(bare, ON);
    List<String> gaps = record.missing().stream().map(g -> g.sectionId() + "/" + g.item().key()).collect(Collectors.toList());
    assertTrue(gaps.containsAll(List.of("controller/contact", "controller/dpo", "trygghetslarm/retention", "uppfoljning/transfers")), gaps.toString());
    assertFalse(gaps.contains("controller/controller"));
    // The complete sample has no gaps in the record at all.
    assertEquals(List.of(), Records.recordOfProcessing(register, ON).missing());
  }

  @Test
  void agreementDraftsFollowAppendicesAToD() {
    List<DraftDocument> drafts = Records.processorAgreements(register, ON);
    assertEquals(register.vendors().stream().filter(v -> v.role() == io.github.trygg.core.register.VendorRole.PROCESSOR).count(), drafts.size());
    DraftDocument larmkraft = drafts.stream().filter(d -> d.subject().equals("larmkraft")).findFirst().orElseThrow();
    assertEquals(List.of("A", "B", "C", "D"), larmkraft.sections().stream().map(DraftSection::id).collect(Collectors.toList()));
    assertEquals("Nordmoln AB (SE, inom EU/EES, avtal 2023-11-01)", item(section(larmkraft, "B"), "approved").values().get(0).sv());
    assertEquals("SE", item(section(larmkraft, "C"), "C.5").values().get(0).en());
    assertTrue(item(section(larmkraft, "C"), "C.3").values().get(0).en().contains("API https://api.larmkraft.example/dsr/v1"));
    List<String> gaps = larmkraft.missing().stream().map(g -> g.sectionId() + "/" + g.item().key()).collect(Collectors.toList());
    assertEquals(List.of("A/duration", "B/notice", "C/C.7", "C/C.8", "D/terms"), gaps, "contract terms are never in a register");
  }

  @Test
  void aVendorWithoutContactHasItsBreachContactMissing() {
    DraftDocument journalia = Records.processorAgreement(register, "journalia", ON);
    assertTrue(journalia.missing().stream().anyMatch(g -> g.item().key().equals("C.3-breach")));
    assertEquals("nobody", assertThrows(UnknownProcessorException.class, () -> Records.processorAgreement(register, "nobody", ON)).vendorId());
  }

  @Test
  void rendersMarkdownInEachLanguageAndJson() {
    DraftDocument draft = Records.processorAgreement(register, "insight", ON);
    assertTrue(draft.toMarkdown(Language.SWEDISH).startsWith("# Personuppgiftsbiträdesavtal med Insight Analytics Inc."));
    assertTrue(draft.toMarkdown(Language.NORWEGIAN_BOKMAL).contains("## Bilag B – Underdatabehandlere"));
    String en = draft.toMarkdown(Language.ENGLISH);
    assertTrue(en.contains("## To be completed"), en);
    assertTrue(en.contains("CloudScale Inc. (US, third country"), en);
    SourceObject json = (SourceObject) SourceReader.read("draft.json", draft.toJson(), Format.JSON);
    assertEquals("processor-agreement", json.get("kind").map(n -> ((io.github.trygg.core.internal.json.SourceScalar) n).text()).orElseThrow());
    assertEquals(String.valueOf(draft.missing().size()), ((io.github.trygg.core.internal.json.SourceScalar) json.get("missingCount").orElseThrow()).text());
  }

  private static DraftSection section(DraftDocument doc, String id) {
    return doc.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no section " + id));
  }

  private static DraftItem item(DraftSection section, String key) {
    return section.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError("no item " + key + " in " + section.id()));
  }
}
