package org.jiefen.intake.domain;

/** Partner platforms that hand disputes in: 人社局, 信访局, court-delegated 委派调解. */
public enum SourcePlatform {
  HRSS,
  PETITION,
  COURT
}
