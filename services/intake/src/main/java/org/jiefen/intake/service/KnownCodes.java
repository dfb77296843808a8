package org.jiefen.intake.service;

/** The reference data a report is checked against: the org tree and the category list. */
public interface KnownCodes {

  /** True when the code names a community center of the org tree. */
  boolean isCommunity(String code);

  /** True when the code names a category that new reports may use. */
  boolean isActiveCategory(String code);
}
