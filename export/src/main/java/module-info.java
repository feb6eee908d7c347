/**
 * Trygg export: XLSX and DOCX files from Trygg's data, written with Apache POI. POI 5 ships real
 * module descriptors ({@code org.apache.poi.poi}, {@code org.apache.poi.ooxml}), so this is a named
 * module too; only commons-math3 (which POI requires) is an automatic module.
 */
module io.github.trygg.export {
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires transitive io.github.trygg.core;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;

  exports io.github.trygg.export;
}
