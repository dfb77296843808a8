package org.jiefen.mediatorpool.domain;

/**
 * How a party signed: on paper in person, on the mobile app, on a video session, electronically.
 */
public enum SignatureChannel {
  IN_PERSON,
  MOBILE,
  VIDEO,
  ELECTRONIC
}
