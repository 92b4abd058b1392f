package org.rapporteur.query.report.render;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A DOCX read back with POI: all its text (body, tables, footnotes), and LibreOffice's PDF of it when installed. */
final class DocxReading {

    private DocxReading() {
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static String allText(XWPFDocument doc) {
        Stream<String> body = doc.getParagraphs().stream().map(XWPFParagraph::getText);
        Stream<String> tables = doc.getTables().stream().map(XWPFTable::getText);
        Stream<String> notes = doc.getFootnotes().stream().map(XWPFAbstractFootnoteEndnote::getParagraphs)
                .flatMap(List::stream).map(XWPFParagraph::getText);
        return Stream.of(body, tables, notes).flatMap(s -> s).collect(Collectors.joining("\n"));
    }

    static String header(XWPFDocument doc, org.apache.poi.wp.usermodel.HeaderFooterType type) {
        XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
        return switch (type) {
            case DEFAULT -> policy.getDefaultHeader().getText();
            case EVEN -> policy.getEvenPageHeader().getText();
            case FIRST -> policy.getFirstPageHeader().getText();
        };
    }

    /** The DOCX converted to PDF by LibreOffice, or empty when LibreOffice is not installed. */
    static Optional<byte[]> viaLibreOffice(byte[] docx, Path dir, String name) throws IOException, InterruptedException {
        Optional<String> soffice = Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice")
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst();
        if (soffice.isEmpty()) {
            return Optional.empty();
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".docx").toAbsolutePath();
        Files.write(file, docx);
        Path profile = Files.createTempDirectory("lo-profile");
        Process p = new ProcessBuilder(soffice.get(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toAbsolutePath().toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".libreoffice.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not convert " + file + " in 3 minutes");
        }
        Path pdf = dir.resolve(name + ".pdf");
        if (p.exitValue() != 0 || !Files.exists(pdf)) {
            throw new IllegalStateException("LibreOffice could not convert " + file + ": " + Files.readString(dir.resolve(name + ".libreoffice.log")));
        }
        return Optional.of(Files.readAllBytes(pdf));
    }
}
