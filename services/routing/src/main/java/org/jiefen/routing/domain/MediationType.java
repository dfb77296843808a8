package org.jiefen.routing.domain;

/** 人民调解, 行政调解, 行业性专业性调解, 委派调解. */
public enum MediationType {
  PEOPLES,
  ADMINISTRATIVE,
  INDUSTRY_PROFESSIONAL,
  COURT_DELEGATED
}
