package org.jiefen.mediatorpool.domain;

/** 网格调解员, 专职/专业调解员 and experts, center staff who also mediate. */
public enum MediatorKind {
  GRID,
  PROFESSIONAL,
  STAFF
}
