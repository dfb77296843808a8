package org.jiefen.intake.domain;

/** What an upload turned out to be once checked: its safe name, detected type, size and hash. */
public record UploadedFile(String fileName, String mediaType, long size, String sha256) {}
