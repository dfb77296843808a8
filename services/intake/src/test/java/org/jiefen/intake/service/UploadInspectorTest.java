package org.jiefen.intake.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jiefen.intake.domain.UploadedFile;
import org.jiefen.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadInspectorTest {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
  static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes();
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, 0};

  @TempDir Path dir;

  private final UploadInspector inspector =
      new UploadInspector(64, Set.of("image/png", "image/jpeg", "application/pdf"));

  private Path file(byte[] bytes) throws IOException {
    return Files.write(Files.createTempFile(dir, "u", ".bin"), bytes);
  }

  @Test
  void theTypeComesFromTheBytesAndTheHashFromTheContent() throws IOException {
    UploadedFile png = inspector.inspect(file(PNG), "现场照片.jpg");
    assertEquals("image/png", png.mediaType());
    assertEquals(PNG.length, png.size());
    assertEquals("现场照片.jpg", png.fileName());
    assertEquals(64, png.sha256().length());
    assertEquals("application/pdf", inspector.inspect(file(PDF), "合同.png").mediaType());
  }

  @Test
  void anExecutableCalledAPhotoIsRefusedAs415NamingTheFile() {
    ProblemException e =
        assertThrows(ProblemException.class, () -> inspector.inspect(file(EXE), "photo.jpg"));
    assertEquals(415, e.status());
    assertEquals("file", e.errors().get(0).field());
  }

  @Test
  void emptyAndOversizedFilesAreRefused() {
    assertEquals(
        400,
        assertThrows(ProblemException.class, () -> inspector.inspect(file(new byte[0]), "a"))
            .status());
    assertEquals(
        413,
        assertThrows(ProblemException.class, () -> inspector.inspect(file(new byte[65]), "a"))
            .status());
  }

  @Test
  void fileNamesLoseTheirPathsAndControlCharacters() {
    assertEquals("passwd.png", UploadInspector.safeName("../../etc/passwd.png"));
    assertEquals("合同.pdf", UploadInspector.safeName("C:\\Users\\张三\\合同.pdf"));
    assertEquals("ab.jpg", UploadInspector.safeName("a\u0000b\n.jpg"));
    assertEquals("attachment", UploadInspector.safeName(".."));
    assertEquals("attachment", UploadInspector.safeName(null));
    assertEquals(200, UploadInspector.safeName("名".repeat(300)).length());
  }
}
