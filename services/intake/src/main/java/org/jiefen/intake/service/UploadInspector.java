package org.jiefen.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.tika.Tika;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.intake.domain.UploadedFile;
import org.jiefen.platform.problem.Problem.FieldError;
import org.jiefen.platform.problem.ProblemException;

/**
 * Checks an upload before anything is stored: not empty, not over the size limit, and of an allowed
 * type as detected from its bytes (Apache Tika's magic numbers) — the client's declared type and
 * the file's extension are not trusted.
 */
@ApplicationScoped
public class UploadInspector {

  static final int MAX_NAME = 200;

  private final Tika tika = new Tika();
  private final long maxBytes;
  private final Set<String> allowedTypes;

  UploadInspector(
      @ConfigProperty(name = "jiefen.intake.attachments.max-bytes") long maxBytes,
      @ConfigProperty(name = "jiefen.intake.attachments.types") Set<String> allowedTypes) {
    this.maxBytes = maxBytes;
    this.allowedTypes = allowedTypes;
  }

  public UploadedFile inspect(Path file, String clientFileName) {
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw ProblemException.invalidField("file", "is empty");
      }
      if (size > maxBytes) {
        throw new ProblemException(
            413,
            "Payload Too Large",
            "an attachment may be at most " + maxBytes + " bytes",
            List.of(new FieldError("file", "is larger than " + maxBytes + " bytes")));
      }
      String type;
      try (InputStream in = Files.newInputStream(file)) {
        type = tika.detect(in);
      }
      if (!allowedTypes.contains(type)) {
        throw new ProblemException(
            415,
            "Unsupported Media Type",
            "attachments may be photos (JPEG, PNG, HEIC, WebP) or PDF documents",
            List.of(new FieldError("file", "is " + type + ", which is not accepted")));
      }
      return new UploadedFile(safeName(clientFileName), type, size, sha256(file));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the uploaded file", e);
    }
  }

  /** The last path segment, without control characters, at most 200 characters. */
  static String safeName(String name) {
    if (name == null) {
      return "attachment";
    }
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String clean = last.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
      return "attachment";
    }
    return clean.codePointCount(0, clean.length()) <= MAX_NAME
        ? clean
        : clean.substring(0, clean.offsetByCodePoints(0, MAX_NAME));
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
