package be.miresem.rebond.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import be.miresem.rebond.testing.TestFiles;
import org.junit.jupiter.api.Test;

/** Documents are judged by their bytes: the name refines a type the bytes established, never replaces it. */
class FileTypesTest {

    @Test
    void aPdfAnImageAnOfficeAndAnOpenDocumentFileAreAccepted() throws IOException {
        assertThat(FileTypes.accepted("cv.pdf", TestFiles.pdf("CV").getBytes(StandardCharsets.ISO_8859_1)))
                .hasValue("application/pdf");
        assertThat(FileTypes.accepted("photo", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}))
                .hasValue("image/png");
        assertThat(FileTypes.accepted("attestation.docx", zip("[Content_Types].xml", "word/document.xml")))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(FileTypes.accepted("contrat.odt", openDocument())).hasValue("application/vnd.oasis.opendocument.text");
    }

    @Test
    void anExecutableAScriptAnSvgAndAZipAreRefusedWhateverTheirNames() throws IOException {
        assertThat(FileTypes.accepted("attestation.pdf", TestFiles.executable())).isEmpty();
        assertThat(FileTypes.accepted("cv.pdf", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileTypes.accepted("logo.png", ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileTypes.accepted("cv.docx", zip("payload.exe"))).as("a plain zip named .docx").isEmpty();
        assertThat(FileTypes.accepted("page.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** An OpenDocument text: its first entry "mimetype", stored uncompressed, as the format requires. */
    private static byte[] openDocument() throws IOException {
        byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
