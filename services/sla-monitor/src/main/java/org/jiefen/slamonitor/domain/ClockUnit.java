package org.jiefen.slamonitor.domain;

/** 日 (calendar days), 工作日 (working days), 月 (months). */
public enum ClockUnit {
  CALENDAR_DAYS,
  WORKING_DAYS,
  MONTHS
}
