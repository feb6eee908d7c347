package io.github.trygg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.trygg.core.Language;
import io.github.trygg.core.records.Records;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the files open in a real office suite: LibreOffice converts the workbook, the Art. 30 record
 * and the DPIA to PDF headlessly. The PDFs stay in target/office/ for a person to look at. CI
 * installs LibreOffice and sets TRYGG_REQUIRE_LIBREOFFICE, so there the test cannot be skipped.
 */
class LibreOfficeTest {
  static final Path OUT = Path.of("target", "office").toAbsolutePath();
  static Path soffice;

  @BeforeAll
  static void findLibreOffice() throws IOException {
    soffice = List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice").stream()
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    if (System.getenv("TRYGG_REQUIRE_LIBREOFFICE") != null && soffice == null) {
      throw new AssertionError("TRYGG_REQUIRE_LIBREOFFICE is set but LibreOffice is not installed");
    }
    assumeTrue(soffice != null, "LibreOffice not installed; install libreoffice-writer-nogui and libreoffice-calc-nogui to run this test");
    Files.createDirectories(OUT);
  }

  @Test
  void theWorkbookAndTheDocumentsConvertToPdf() throws Exception {
    Path xlsx = OUT.resolve("trygg-sv.xlsx");
    OfficerWorkbook.of(Language.SWEDISH).write(Sample.workbook(), xlsx);
    Path record = OUT.resolve("art30-sv.docx");
    OfficerDocuments.of(Language.SWEDISH).write(Records.recordOfProcessing(Sample.REGISTER, Sample.TODAY), record);
    Path dpia = OUT.resolve("dpia-gps-larm-behandling-en.docx");
    OfficerDocuments.of(Language.ENGLISH).writeDpia(OfficerDocumentsTest.dpia(), dpia);
    for (Path file : List.of(xlsx, record, dpia)) {
      Path pdf = convert(file);
      byte[] bytes = Files.readAllBytes(pdf);
      assertTrue(bytes.length > 5_000, pdf + " is too small to hold the content");
      assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII), pdf + " is not a PDF");
    }
  }

  private static Path convert(Path file) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(OUT, "profile");
    String name = file.getFileName().toString();
    Path pdf = OUT.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
    Files.deleteIfExists(pdf);
    Path log = OUT.resolve(name + ".log");
    Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
        "--convert-to", "pdf", "--outdir", OUT.toString(), file.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("LibreOffice timed out converting " + name);
    }
    assertEquals(0, p.exitValue(), Files.readString(log));
    assertTrue(Files.exists(pdf), "no PDF from " + name + ": " + Files.readString(log));
    return pdf;
  }
}
